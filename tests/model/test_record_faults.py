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


@pytest.mark.parametrize(("letter", "said"), [
    ("B", "'B' is not a sub-item letter; did you mean b?"),
    ("(B)", "'(B)' is not a sub-item letter; did you mean b?"),
    ("abc", "'abc' is not a sub-item letter; write the letter alone, in small letters, such as "
            "a"),
])
def test_a_sub_item_letter_written_otherwise_gets_a_guess_where_there_is_one(
        example_data: dict[str, Any], letter: str, said: str) -> None:
    data = copy.deepcopy(example_data)
    data["sessions"][0]["agenda"]["items"][1]["sub_items"] = [{"letter": letter,
                                                                "title": {"en": "x"}}]
    assert faults_of(data) == [("$.sessions[0].agenda.items[1].sub_items[0].letter", said,
                                "sub_item_letter", letter)]


@pytest.mark.parametrize(("number", "said"), [
    ("item 3", "'item 3' is not an agenda item number; did you mean 3?"),
    ("three", "'three' is not an agenda item number; write the number alone, such as 3"),
])
def test_an_item_number_written_otherwise_gets_a_guess_where_there_is_one(
        example_data: dict[str, Any], number: str, said: str) -> None:
    data = copy.deepcopy(example_data)
    data["sessions"][0]["agenda"]["items"][1]["number"] = number
    assert faults_of(data) == [("$.sessions[0].agenda.items[1].number", said, "item_number",
                                number)]


@pytest.mark.parametrize(("char", "described"), [
    ("\x00", "U+0000 (null)"), ("\x7f", "U+007F (delete)"),
    ("\x9f", "U+009F (control character)"),
    ("\ud800", "U+D800 (a lone surrogate)"), ("\udfff", "U+DFFF (a lone surrogate)"),
    ("\ufffe", "U+FFFE (not a character)"), ("\uffff", "U+FFFF (not a character)"),
])
def test_each_forbidden_character_is_named(char: str, described: str) -> None:
    from sessional.model.limits import describe

    assert describe(char) == described


def test_a_size_limit_is_said_in_mebibytes_from_one_and_in_bytes_below() -> None:
    from sessional.model.limits import megabytes

    assert [megabytes(n) for n in (12_345, 1_048_575, 1_048_576, 5 * 1_048_576)] == [
        "12,345 bytes", "1,048,575 bytes", "1 MiB", "5 MiB"]



def _set(data: dict[str, Any], path: str, value: int) -> None:
    place: Any = data
    *steps, last = path.split(".")
    for step in steps:
        place = place[int(step)] if step.isdigit() else place[step]
    place[last] = value


@pytest.mark.parametrize(("path", "value", "field"), [
    ("sessions.0.meetings_held", -1, "$.sessions[0].meetings_held"),
    ("sessions.0.meetings_held", 0, "$.sessions[0].meetings_held"),
    ("sessions.1.ordinal", 0, "$.sessions[1].ordinal"),
    ("statements.0.statements.items.0.meeting", -3, "$.statements[0].statements.items[0].meeting"),
])
def test_a_count_below_one_is_refused_naming_the_field(
        example_data: dict[str, Any], path: str, value: int, field: str) -> None:
    # "held -1 meetings" or "its 0th session" is no report a secretariat could print
    data = copy.deepcopy(example_data)
    _set(data, path, value)
    said = faults_of(data)
    assert [(s[0], s[2], s[3]) for s in said] == [(field, "greater_than_equal", str(value))], said
