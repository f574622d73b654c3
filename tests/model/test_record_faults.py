"""Faults of a record said in full: an empty list that must hold something, a date written
otherwise than YYYY-MM-DD (the message, the hint, the kind of fault and the value given)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sessional.model import RecordInvalid, record_from_data

Said = tuple[str, str, str, str | None]


def faults_of(data: dict[str, Any]) -> list[Said]:
    with pytest.raises(RecordInvalid) as caught:
        record_from_data(data, "test.json")
    return [(f.path, f.text, f.kind, f.value) for f in caught.value.faults]


def test_a_record_without_bodies_or_sessions(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["bodies"] = []
    assert faults_of(data)[0] == (
        "$.bodies", "a record has no body; give at least one body: its key, name and symbol "
        "series", "too_short", None)
    data = copy.deepcopy(example_data)
    data["sessions"] = []
    assert faults_of(data)[0] == (
        "$.sessions", "a record has no session; give the session of each body: its body key, "
        "and its dates if known", "too_short", None)


def test_a_document_before_no_body_and_a_joint_item_of_one_body(
        example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["documents"]["items"][1]["bodies"] = []
    assert faults_of(data) == [(
        "$.documents.items[1].bodies", "the document is before no body; give the key of at "
        "least one body, such as IC", "too_short", None)]
    data = copy.deepcopy(example_data)
    data["joint_items"][0]["numbers"] = {"IC": "5"}
    assert faults_of(data) == [(
        "$.joint_items[0].numbers", 'a joint item is one of two bodies or more; give the number '
        'each body gives it: {"IC": "5", "TA": "2"}', "too_short", None)]


@pytest.mark.parametrize(("given", "said"), [
    ("9 October 2017", "'9 October 2017' is not a date; write it as 2017-10-09"),
    ("sometime", "'sometime' is not a date; write it as YYYY-MM-DD, such as 2017-10-13"),
    (20171009, "20171009 is not a date; write it as YYYY-MM-DD, such as 2017-10-13"),
])
def test_a_date_written_otherwise_is_refused_with_how_to_write_it(
        example_data: dict[str, Any], given: Any, said: str) -> None:
    data = copy.deepcopy(example_data)
    data["sessions"][0]["dates"]["start"] = given
    assert faults_of(data) == [("$.sessions[0].dates.start", said, "date", str(given))]
