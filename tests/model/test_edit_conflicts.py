"""Two people editing one record: what collides with a change made meanwhile, what is refused
and how the refusal names the place."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sessional.model.edits import Edit, EditConflict, EditTargetMissing, apply_edit

IC = {"body": "IC"}
OTHER_MATTERS = {"number": "9", "title": {"en": "Other matters"}}


def _items(data: dict[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = data["sessions"][0]["agenda"]["items"]
    return items


def test_the_status_of_a_list_collides_with_its_status_or_note_changed_meanwhile(
        example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    edit = Edit("set_status", "documents", element={"status": "complete", "note": "all"})
    for changed in ({"status": "partial"}, {"note": "checked"}):
        latest = copy.deepcopy(base)
        latest["documents"].update(changed)
        with pytest.raises(EditConflict) as caught:
            apply_edit(edit, latest, base)
        assert caught.value.args == (
            "documents changed since the revision this edit was based on",)
    latest = copy.deepcopy(base)
    latest["documents"]["items"][0]["title"] = {"en": "Provisional agenda"}  # not the status
    assert apply_edit(edit, latest, base) is True
    assert (latest["documents"]["status"], latest["documents"]["note"]) == ("complete", "all")


def test_adding_collides_with_the_same_element_added_meanwhile_only(
        example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    edit = Edit("add", "agenda_items", IC, element=OTHER_MATTERS)
    latest = copy.deepcopy(base)
    _items(latest).append({"number": "8", "title": {"en": "Adoption of the report"}})
    assert apply_edit(edit, latest, base) is True
    assert [i["number"] for i in _items(latest)][-2:] == ["8", "9"]
    latest = copy.deepcopy(base)
    _items(latest).append(OTHER_MATTERS)
    with pytest.raises(EditConflict) as caught:
        apply_edit(edit, latest, base)
    assert caught.value.args == (
        "agenda_items (body IC) changed since the revision this edit was based on",)


def test_replacing_a_document_collides_with_a_change_to_that_document_only(
        example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    latest = copy.deepcopy(base)
    latest["documents"]["items"][1]["title"] = {"en": "changed by someone else"}
    mine = copy.deepcopy(base["documents"]["items"][2]) | {"title": {"en": "Mine"}}
    assert apply_edit(Edit("replace", "documents", {}, mine["symbol"], element=mine),
                      latest, base) is True
    assert latest["documents"]["items"][2] == mine
    same = copy.deepcopy(base["documents"]["items"][1]) | {"title": {"en": "Mine"}}
    with pytest.raises(EditConflict) as caught:
        apply_edit(Edit("replace", "documents", {}, same["symbol"], element=same), latest, base)
    assert caught.value.args == ("documents entry 'CTOC/COP/WG.3/2017/2' changed since the "
                                 "revision this edit was based on",)


@pytest.mark.parametrize(("edit", "message"), [
    (Edit("replace", "agenda_items", IC, "42", element=OTHER_MATTERS),
     "the record has no agenda_items (body IC) entry '42'"),
    (Edit("remove", "documents", {}, "CTOC/X/1"), "the record has no documents entry 'CTOC/X/1'"),
    (Edit("remove", "speakers", {}, "99"), "the record has no speakers entry '99'"),
    (Edit("add", "statements", {"group": "x"}, element={}), "no statement group 'x'"),
    (Edit("add", "statements", {"group": "4"}, element={}),
     "no statement group 4 (the record has 4)"),
    (Edit("add", "statements", {"group": "-1"}, element={}),
     "no statement group -1 (the record has 4)"),
])
def test_an_edit_of_something_the_record_does_not_have_is_refused_naming_it(
        example_data: dict[str, Any], edit: Edit, message: str) -> None:
    """The example has statement groups 0 to 3; its IC agenda, items 1 to 7."""
    with pytest.raises(EditTargetMissing) as caught:
        apply_edit(edit, example_data, copy.deepcopy(example_data))
    assert caught.value.args == (message,)


def test_a_record_without_statements_has_no_group(example_data: dict[str, Any]) -> None:
    del example_data["statements"]
    with pytest.raises(EditTargetMissing) as caught:
        apply_edit(Edit("add", "statements", {"group": "0"}, element={}), example_data, None)
    assert caught.value.args == ("no statement group 0 (the record has 0)",)


def test_replacing_an_agenda_item_changes_it_in_place_or_tells_nothing_changed(
        example_data: dict[str, Any]) -> None:
    second = copy.deepcopy(_items(example_data)[1])
    assert apply_edit(Edit("replace", "agenda_items", IC, "2", element=second),
                      example_data, None) is False
    retitled = second | {"title": {"en": "Organizational matters"}}
    assert apply_edit(Edit("replace", "agenda_items", IC, "2", element=retitled),
                      example_data, None) is True
    assert _items(example_data)[1] == retitled
    renumbered = retitled | {"number": "12"}
    assert apply_edit(Edit("replace", "agenda_items", IC, "2", element=renumbered),
                      example_data, None) is True
    assert [i["number"] for i in _items(example_data)] == ["1", "12", "3", "4", "5", "6", "7"]
    with pytest.raises(EditConflict) as caught:
        apply_edit(Edit("replace", "agenda_items", IC, "12", element=renumbered | {"number": "3"}),
                   example_data, None)
    assert caught.value.args == ("agenda_items: '3' is already there",)


UNITS = {"category": "un_secretariat_units"}
LEGAL = {"name": {"fr": "Bureau des affaires juridiques", "en": "Office of Legal Affairs"}}


def test_an_organization_known_by_its_names_is_one_attendee(example_data: dict[str, Any]) -> None:
    """A Secretariat unit without a key is told apart by its names in every language."""
    add = Edit("add", "attendance", UNITS, element=LEGAL)
    assert add.describe()["key"] == \
        "name:en=Office of Legal Affairs|fr=Bureau des affaires juridiques"
    assert apply_edit(add, example_data, None) is True
    assert apply_edit(add, example_data, None) is False  # present once
    other = {"name": {"en": "Office for Disarmament Affairs"}}
    assert apply_edit(Edit("add", "attendance", UNITS, element=other), example_data, None)
    assert apply_edit(Edit("remove", "attendance", UNITS,
                           "name:en=Office of Legal Affairs|fr=Bureau des affaires juridiques"),
                      example_data, None) is True
    assert example_data["attendance"]["un_secretariat_units"]["items"] == [other]
    unodc = Edit("add", "attendance", {"category": "intergovernmental_organizations"},
                 element={"key": "interpol"})
    assert unodc.describe()["key"] == "interpol"


def test_an_officer_is_addressed_by_position(example_data: dict[str, Any]) -> None:
    """The example's officers: 0 the Chair, 1 the moderator."""
    with pytest.raises(EditTargetMissing, match="officers entry '2'"):
        apply_edit(Edit("remove", "officers", {}, "2"), example_data, None)
    with pytest.raises(EditTargetMissing, match="officers entry 'chair'"):
        apply_edit(Edit("remove", "officers", {}, "chair"), example_data, None)
    assert apply_edit(Edit("remove", "officers", {}, "1"), example_data, None) is True
    assert [o["role"] for o in example_data["officers"]] == ["chair"]
    assert apply_edit(Edit("remove", "officers", {}, "0"), example_data, None) is True
    assert example_data["officers"] == []


def test_a_status_is_set_with_its_note_and_a_note_given_no_more_is_dropped(
        example_data: dict[str, Any]) -> None:
    units = example_data["attendance"]["un_secretariat_units"]
    assert units == {"note": "the seed has no paragraph for Secretariat units"}
    assert apply_edit(Edit("set_status", "attendance", UNITS,
                           element={"status": "complete", "note": "none came"}),
                      example_data, None) is True
    assert units == {"status": "complete", "note": "none came"}
    assert apply_edit(Edit("set_status", "attendance", UNITS,
                           element={"status": "complete", "note": "none came"}),
                      example_data, None) is False
    assert apply_edit(Edit("set_status", "attendance", UNITS, element={"status": "complete"}),
                      example_data, None) is True
    assert units == {"status": "complete"}
    del example_data["attendance"]["specialized_agencies"]
    assert apply_edit(Edit("set_status", "attendance", {"category": "specialized_agencies"},
                           element={"status": "unknown"}), example_data, None) is False
    assert example_data["attendance"]["specialized_agencies"] == {"status": "unknown"}
