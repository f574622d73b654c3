"""What a colliding edit touches, as the latest revision has it (shown beside the user's own
version on the editing page)."""

from __future__ import annotations

import copy
from typing import Any

from sessional.model.conflicts import element_of
from sessional.model.edits import Edit

IC = {"body": "IC"}


def test_the_element_a_replace_touches_is_shown_as_the_record_has_it(
        example_data: dict[str, Any]) -> None:
    second = copy.deepcopy(example_data["sessions"][0]["agenda"]["items"][1])
    mine = second | {"title": {"en": "Mine"}}
    assert element_of(Edit("replace", "agenda_items", IC, "2", element=mine),
                      example_data) == second
    assert element_of(Edit("replace", "agenda_items", IC, "42", element=mine),
                      example_data) is None


def test_the_element_an_add_touches_is_the_same_one_added_meanwhile(
        example_data: dict[str, Any]) -> None:
    item = {"number": "9", "title": {"en": "Other matters"}}
    edit = Edit("add", "agenda_items", IC, element=item)
    assert element_of(edit, example_data) is None
    theirs = item | {"title": {"en": "Any other business"}}
    example_data["sessions"][0]["agenda"]["items"].append(theirs)
    assert element_of(edit, example_data) == theirs


def test_a_status_is_shown_as_the_record_has_it(example_data: dict[str, Any]) -> None:
    edit = Edit("set_status", "attendance", {"category": "states_parties"},
                element={"status": "complete"})
    assert element_of(edit, example_data) == "partial"  # the seed's list of 22 is partial
    example_data["attendance"]["specialized_agencies"] = {"status": "unknown"}
    assert element_of(Edit("set_status", "attendance", {"category": "specialized_agencies"},
                           element={"status": "complete"}), example_data) == "unknown"


def test_nothing_is_shown_for_a_place_the_record_does_not_have(
        example_data: dict[str, Any]) -> None:
    assert element_of(Edit("replace", "agenda_items", {"body": "XX"}, "1", element={}),
                      example_data) is None
    assert element_of(Edit("remove", "documents", {}, "CTOC/X/1"), example_data) is None


def test_showing_what_collides_changes_nothing_in_the_record(
        example_data: dict[str, Any]) -> None:
    before = copy.deepcopy(example_data)
    element_of(Edit("add", "paragraphs", {"place": "deliberations:J3"}, element={}),
               example_data)
    assert example_data == before
