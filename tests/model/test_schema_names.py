"""The JSON Schema's definitions have names a person can read, and the schema still accepts the
example record."""

from __future__ import annotations

import json

import jsonschema

from sessional.model import record_json_schema
from sessional.model.schema_names import readable_definitions, readable_name

from ..conftest import EXAMPLE


def test_definition_names_are_short_and_say_what_they_hold() -> None:
    schema = record_json_schema()
    names = set(schema["$defs"])
    assert {"FactList_StateCode", "FactList_OrgRef", "FactList_Document", "StateCode",
            "DateRange", "Unknown"} <= names
    assert [n for n in names if len(n) > 40 or "FieldInfo" in n or "Annotated" in n
            or n.endswith("_") or "__" in n] == []
    assert schema["$defs"]["StateCode"] == {"description": "ISO 3166-1 alpha-3 code",
                                            "pattern": "^[A-Z]{3}$", "type": "string"}


def test_the_schema_with_its_new_names_accepts_the_example_and_refuses_a_name() -> None:
    schema = record_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    jsonschema.validate(example, schema)
    example["attendance"]["states_parties"]["items"][3] = "Austria"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(example))
    assert [list(e.absolute_path) for e in errors] == [
        ["attendance", "states_parties", "items", 3]]


def test_references_follow_the_definitions_they_name() -> None:
    schema = {"$defs": {"FactList_OrgRef_": {"type": "object"}, "OrgRef": {}},
              "properties": {"a": {"$ref": "#/$defs/FactList_OrgRef_"},
                             "b": {"items": [{"$ref": "#/$defs/OrgRef"}]}}}
    assert readable_definitions(schema) == {
        "$defs": {"FactList_OrgRef": {"type": "object"}, "OrgRef": {}},
        "properties": {"a": {"$ref": "#/$defs/FactList_OrgRef"},
                       "b": {"items": [{"$ref": "#/$defs/OrgRef"}]}}}
    assert readable_name("ValueIn_FloorRequest_") == "ValueIn_FloorRequest"
    assert readable_name("FactList__Meeting__") == "FactList_Meeting"
