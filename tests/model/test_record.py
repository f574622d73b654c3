"""The record format: the example loads, malformed records are refused with JSON paths."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import jsonschema
import pytest

from sessional.model import (
    DateRange,
    RecordInvalid,
    Unknown,
    record_from_data,
    record_json_schema,
    record_to_json,
)

from ..conftest import EXAMPLE


def faults_of(data: dict[str, Any]) -> list[str]:
    with pytest.raises(RecordInvalid) as caught:
        record_from_data(data, "test.json")
    return [f"{f.path}: {f.text}" for f in caught.value.faults]


def test_example_holds_the_seed_facts(example_data: dict[str, Any],
                                      seed_facts: dict[str, Any]) -> None:
    record = record_from_data(example_data)
    ic, ta = record.session_of("IC"), record.session_of("TA")
    assert ic is not None and ta is not None
    assert ic.meetings_held == 8
    assert isinstance(ta.meetings_held, Unknown)
    assert [i.number for i in ic.agenda.items] == [i["n"] for i in seed_facts["bodies"]["IC"]
                                                   ["agenda"]]
    assert {j.key: j.numbers for j in record.joint_items} == seed_facts["joint_items"]
    parties = record.attendance.states_parties
    assert parties.status == "partial"
    assert list(parties.items) == seed_facts["attendance"]["states_parties"]["iso3"]
    assert list(record.attendance.signatories.items) == ["IRN"]
    speakers = [s.delegation.state for s in record.statements[0].statements.items]
    assert speakers == seed_facts["bodies"]["IC"]["speakers"]["states"]
    listed = sorted((b, str(d.symbol.first_for(record.body(b).symbol_series)))  # type: ignore[union-attr]
                    for d in record.documents.items for b in d.bodies)
    expected = sorted((k, d["symbol"]) for k in ("IC", "TA")
                      for d in seed_facts["bodies"][k]["documents"])
    assert listed == expected
    assert record.report.adopted_on.isoformat() == seed_facts["report_adopted"]  # type: ignore[union-attr]
    assert record.narrative.introduction.items[0].text["zh"].startswith("联合国打击跨国有")


def test_example_is_valid_against_the_published_schema(example_data: dict[str, Any]) -> None:
    jsonschema.validate(example_data, record_json_schema())


def test_example_file_is_in_normal_form(example_data: dict[str, Any]) -> None:
    """The committed example is exactly what the writer produces (no hand-edited drift)."""
    record = record_from_data(example_data)
    assert json.loads(record_to_json(record)) == example_data


def test_wrong_date_is_refused_with_its_path(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["sessions"][1]["dates"]["start"] = "2017-10-32"
    assert any(f.startswith("$.sessions[1].dates.start:") for f in faults_of(data))


def test_dates_out_of_order_are_refused(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["sessions"][0]["dates"] = {"start": "2017-10-13", "end": "2017-10-09"}
    assert faults_of(data) == ["$.sessions[0].dates: the last day (2017-10-09) is before the "
                               "first day (2017-10-13); give the first day as start and the "
                               "last as end"]


def test_unknown_category_is_refused_with_its_path(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["attendance"]["friends_of_the_chair"] = {"items": []}
    assert faults_of(data) == [
        "$.attendance.friends_of_the_chair: 'friends_of_the_chair' is not a field of attendance; "
        "the fields are: states_parties, signatories, observer_states, "
        "regional_economic_integration_organizations, un_secretariat_units, "
        "un_funds_and_programmes, specialized_agencies, intergovernmental_organizations, "
        "non_governmental_organizations"]


def test_bad_symbol_is_refused_with_its_path(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["documents"]["items"][2]["symbol"] = "CTOC/COP/WG.3/2017/ 3"
    faults = faults_of(data)
    assert len(faults) == 1
    assert faults[0].startswith("$.documents.items[2].symbol: ")


def test_every_fault_is_reported_at_once(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["attendance"]["states_parties"]["items"][3] = "Argentina"
    data["report"]["original_language"] = "de"
    data["sessions"][0]["meetings_held"] = "eight"
    paths = {f.split(":")[0] for f in faults_of(data)}
    assert paths == {"$.attendance.states_parties.items[3]", "$.report.original_language",
                     "$.sessions[0].meetings_held"}


def test_references_must_name_something_in_the_record(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["sessions"][1]["body"] = "XX"
    faults = faults_of(data)
    assert "$.sessions[1].body: no body with key 'XX'; the bodies are: IC, TA" in faults
    assert "$.bodies[1]: body 'TA' has no session" in faults
    data = copy.deepcopy(example_data)
    data["statements"][2]["items"]["items"][0]["number"] = "9"
    data["officers"][1]["bodies"] = ["IC", "WG"]
    assert faults_of(data) == ["$.statements[2].items.items[0].number: body 'TA' has no agenda "
                               "item 9", "$.officers[1].bodies[1]: no body with key 'WG'; "
                               "the bodies are: IC, TA"]


def test_a_joint_item_must_match_the_agendas(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["joint_items"][0]["numbers"]["TA"] = "3"
    assert faults_of(data) == [
        "$.joint_items[0].numbers.TA: agenda item 3 of 'TA' is not marked joint 'J1'",
        "$.sessions[1].agenda.items[1].joint: joint item 'J1' gives 'TA' number 3, not 2",
    ]


def test_unknown_list_cannot_hold_items(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["attendance"]["specialized_agencies"] = {"status": "unknown", "items": [{"key": "who"}]}
    assert faults_of(data) == [
        '$.attendance.specialized_agencies: a list whose status is "unknown" has no entries, and '
        'this one has 1; give the status "partial" if more are to come, or "complete"']


def test_not_json_names_line_and_column() -> None:
    from sessional.model import record_from_json

    with pytest.raises(RecordInvalid) as caught:
        record_from_json('{"format": \n  "sessional-record",,}', "x.json")
    fault = caught.value.faults[0]
    assert fault.path == "$" and fault.message.startswith("not JSON:")
    assert "line 2" in str(fault)


def test_a_day_is_in_a_session_from_its_first_to_its_last_day() -> None:
    dates = DateRange(start=dt.date(2017, 10, 9), end=dt.date(2017, 10, 13))  # the seed's
    assert dt.date(2017, 10, 9) in dates and dt.date(2017, 10, 13) in dates
    assert dt.date(2017, 10, 8) not in dates and dt.date(2017, 10, 14) not in dates
    assert "2017-10-10" not in dates  # text is no day


def test_the_published_schema_names_itself_and_its_draft() -> None:
    schema = record_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://sessional.invalid/schema/record-1.json"
    assert schema["title"] == "sessional record, format version 1"
    assert schema["required"] == ["format", "schema_version", "bodies", "sessions", "report"]


def test_the_committed_example_is_written_back_byte_for_byte() -> None:
    """The writer's form: format and schema version first, one space of indent, text as it is
    (not \\u escapes), a new line at the end."""
    from sessional.model import record_from_json

    text = EXAMPLE.read_text(encoding="utf-8")
    written = record_to_json(record_from_json(text))
    assert written == text
    assert written.startswith('{\n "format": "sessional-record",\n "schema_version": 1,\n')
    assert written.endswith("}\n") and "联合国打击跨国有" in written


def test_a_long_value_in_a_message_is_cut_to_sixty_characters() -> None:
    from sessional.model.messages import quoted

    assert quoted("x" * 70) == "'" + "x" * 56 + "…"
    assert quoted("x" * 58) == "'" + "x" * 58 + "'"  # 60 characters: whole
    assert quoted({"a": "é"}) == '{"a": "é"}'
    assert quoted(3) == "3"


def test_a_name_the_model_does_not_have_is_refused_by_name() -> None:
    import sessional.model as model

    assert model.__getattr__("Record") is model.record.Record
    with pytest.raises(AttributeError) as refused:
        model.__getattr__("Nothing")
    assert refused.value.args == ("module 'sessional.model' has no attribute 'Nothing'",)
    assert "Record" in dir(model) and "DocumentSymbol" in model.__dir__()
