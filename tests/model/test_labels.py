"""Field labels in the record's own words, from JSON paths."""

from __future__ import annotations

import json

import pytest

from sessional.model import Record
from sessional.model.labels import FIELD_LABELS, field_label

from ..conftest import EXAMPLE

DATA = json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("path", "label"), [
    ("$.attendance.states_parties.items[3]", "attendance › States parties › entry 4"),
    ("$.sessions[1].dates.end", "session of TA › dates › last day"),
    ("$.sessions[0].agenda.items[2].title", "session of IC › agenda › item 3 › title"),
    ("$.documents.items[0].symbol", "documents › document 1 › symbol"),
    ("$.documents.items[0].items[1].number", "documents › document 1 › agenda item 2 › number"),
    ("$.statements[0].statements.items[2].delegation.state",
     "statement group 1 › statements › statement 3 › delegation › State"),
    ("$.sessions[0].meetings.items[0].items[0]",
     "session of IC › meetings › meeting 1 › agenda item 1"),
    ("$.joint_items[0].numbers.IC", "joint item J1 › numbers › IC"),
    ("$.bodies[1].symbol_series", "body TA › symbol series"),
    ("$.narrative.introduction.items[0].text", "narrative › introduction › paragraph 1 › text"),
    ("$", "the record"),
])
def test_labels_name_fields_as_the_record_does(path: str, label: str) -> None:
    assert field_label(path, DATA) == label


def test_without_the_data_sessions_are_numbered() -> None:
    assert field_label("$.sessions[1].dates.end") == "session 2 › dates › last day"
    assert field_label("$.bodies[0].key") == "body 1 › key"


def test_every_field_of_the_record_has_a_label_to_translate() -> None:
    """A field without one would be shown by its JSON name ("job_numbers") on every page."""
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                names.update(node["properties"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(Record.model_json_schema())
    assert len(names) > 80
    assert sorted(names - set(FIELD_LABELS)) == []
