"""Validation errors said in words, for the record and for any model of ours: the message, the
hint that says what would be right, the kind of fault and the value given."""

from __future__ import annotations

import copy
from typing import Annotated, Any

import pytest
from pydantic import AfterValidator, Field, TypeAdapter, ValidationError

from sessional.model import RecordInvalid, record_from_data
from sessional.model.messages import explain
from sessional.model.wording import say


def said(shape: Any, value: Any) -> tuple[str, str | None, str, str | None]:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(shape).validate_python(value)
    wording = explain(caught.value.errors()[0])
    return (say(wording.message), say(wording.hint) if wording.hint else None, wording.kind,
            wording.value)


@pytest.mark.parametrize(("shape", "value", "expected"), [
    (Annotated[int, Field(ge=1)], 0, ("0 is too small", "give 1 or more", "greater_than_equal",
                                      "0")),
    (Annotated[int, Field(gt=0)], 0, ("0 is too small", "give 1 or more", "greater_than", "0")),
    (Annotated[int, Field(lt=10)], 10, ("10 is too large", "give 9 or less", "less_than", "10")),
    (Annotated[int, Field(le=9)], 10, ("10 is too large", "give 9 or less", "less_than_equal",
                                       "10")),
    (Annotated[str, Field(max_length=3)], "abcd",
     ("the text is too long", "give at most 3 characters", "string_too_long", "abcd")),
    (Annotated[list[int], Field(max_length=2)], [1, 2, 3],
     ("3 given", "give at most 2", "too_long", "[1, 2, 3]")),
    (Annotated[list[int], Field(min_length=2)], [1],
     ("1 given", "give at least 2", "too_short", "[1]")),
    (bool, "maybe", ("'maybe' is not true or false", "give true or false, without quotes",
                     "bool_parsing", "maybe")),
    (int, "x", ("'x' is not a whole number", "give a number such as 3, without quotes",
                "int_parsing", "x")),
])
def test_a_value_out_of_bounds_is_said_with_the_bound(shape: Any, value: Any,
                                                      expected: tuple[str, ...]) -> None:
    assert said(shape, value) == expected


Said = tuple[str, str, str]


def faults_of(data: Any) -> list[Said]:
    with pytest.raises(RecordInvalid) as caught:
        record_from_data(data, "test.json")
    return [(f.path, f.text, f.kind) for f in caught.value.faults]


def test_a_record_that_is_not_an_object() -> None:
    assert faults_of([1]) == [("$", '[1] is not an object; a record is an object: {"format": '
                                    '"sessional-record", "schema_version": 1, …}', "record")]


@pytest.mark.parametrize(("path", "value", "expected"), [
    (("attendance", "states_parties"), ["AUT"],
     ('$.attendance.states_parties', '["AUT"] is not a list with its status; give {"status": '
      '"complete", "items": […]} ("partial" if more are to come, "unknown" if nothing is known '
      'yet)', "fact_list")),
    (("documents", "items", 0, "title"), "Agenda",
     ("$.documents.items[0].title", "'Agenda' is not text per language; give {\"en\": \"…\"}, "
      "one entry per language (ar, zh, en, fr, es, ru)", "localized_text")),
    (("sessions", 0, "dates"), "2017-10-09",
     ("$.sessions[0].dates", "'2017-10-09' is not a first and last day; give {\"start\": "
      "\"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}, or {\"status\": \"unknown\"} if it is not known "
      "yet", "dates")),
    (("report",), "adopted",
     ("$.report", "'adopted' is not an object; give an object with the fields: symbol, "
      "original_language, status, date, adopted_on, adopted_as_amended, title, job_numbers",
      "object")),
    (("sessions", 0, "meetings", "items", 0, "number"), 0,
     ("$.sessions[0].meetings.items[0].number", "0 is too small; give 1 or more",
      "greater_than_equal")),
])
def test_a_part_of_the_record_of_the_wrong_shape_is_said_with_the_right_one(
        example_data: dict[str, Any], path: tuple[Any, ...], value: Any,
        expected: Said) -> None:
    data = copy.deepcopy(example_data)
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    assert faults_of(data) == [expected]


def test_a_missing_field_says_what_to_give_and_an_unknown_one_names_the_fields(
        example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    del data["sessions"][0]["body"]
    del data["documents"]["items"][0]["symbol"]
    data["sessions"][1]["venue"] = {"de": "Wien"}
    data["officers"][0]["frobnicate"] = 1
    assert faults_of(data) == [
        ("$.sessions[0].body", "required: give the key of a body of the record, such as IC",
         "missing"),
        ("$.sessions[1].venue.de", "'de' is not a language code; must be one of: ar, zh, en, "
         "fr, es, ru", "language"),
        ("$.officers[0].frobnicate", "'frobnicate' is not a field of officer 1; the fields are: "
         "name, name_forms, gender, role, state, bodies, items", "extra_forbidden"),
        ("$.documents.items[0].symbol", "required: give the document symbol, such as "
         "CTOC/COP/WG.3/2017/1", "missing")]


def _even(n: int) -> int:
    if n % 2:
        raise ValueError("must be even")
    return n


def _positive(n: int) -> int:
    if n <= 0:
        raise AssertionError("must be positive")  # not `assert`: pytest rewrites its message
    return n


@pytest.mark.parametrize(("shape", "value", "expected"), [
    (Annotated[int, AfterValidator(_even)], 3, ("must be even", None, "value_error", None)),
    (Annotated[int, AfterValidator(_positive)], -1,
     ("must be positive", None, "assertion_error", None)),
    (Annotated[str, Field(pattern=r"^x+$")], "y",
     ("'y' is not written as this field is", "write it to match the pattern ^x+$", "pattern",
      "y")),
])
def test_a_rule_of_another_validator_is_said_in_its_own_words(shape: Any, value: Any,
                                                              expected: tuple[Any, ...]) -> None:
    """pydantic's 'Value error, ' and 'Assertion failed, ' are not shown."""
    assert said(shape, value) == expected


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["officers"][0].pop("role"),
     ("$.officers[0].role", "required: give the role: chair, vice_chair, president, "
      "vice_president, rapporteur, panellist or moderator", "missing")),
    (lambda d: d["officers"][0].pop("name"),
     ("$.officers[0].name", 'required: give the name, per language: {"en": "…"}', "missing")),
    (lambda d: d["sessions"][0].update(dates={"start": "2017-10-09"}),
     ("$.sessions[0].dates.end", "required: give the last day, as YYYY-MM-DD", "missing")),
    (lambda d: d["officers"][0].update(role="boss"),
     ("$.officers[0].role", "'boss' is not one of the choices; must be one of: chair, "
      "vice_chair, president, vice_president, rapporteur, panellist, moderator", "choice")),
])
def test_a_missing_or_wrong_field_of_a_known_or_unknown_fact_says_what_to_give(
        example_data: dict[str, Any], change: Any, expected: Said) -> None:
    data = copy.deepcopy(example_data)
    change(data)
    assert faults_of(data) == [expected]
