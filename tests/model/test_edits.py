"""Small edits: what applies, what collides, and the record they leave."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from sessional.model import RecordInvalid, record_from_data, record_to_data
from sessional.model.edits import (
    Edit,
    EditConflict,
    EditInvalid,
    EditTargetMissing,
    apply_edit,
    needs_base,
)
from sessional.model.revise import Version, revise

STATES = {"category": "states_parties"}


def _agenda(data: dict[str, Any], body: str = "IC") -> list[dict[str, Any]]:
    session = next(s for s in data["sessions"] if s["body"] == body)
    items: list[dict[str, Any]] = session["agenda"]["items"]
    return items


def test_adding_an_existing_key_collides(example_data: dict[str, Any]) -> None:
    item = {"number": "1", "title": {"en": "Opening"}}
    with pytest.raises(EditConflict, match="already there"):
        apply_edit(Edit("add", "agenda_items", {"body": "IC"}, element=item), example_data, None)


def test_marking_present_twice_changes_nothing(example_data: dict[str, Any]) -> None:
    present = Edit("add", "attendance", STATES, "ISL", "ISL")
    assert apply_edit(present, example_data, None) is True
    assert apply_edit(present, example_data, None) is False
    absent = Edit("remove", "attendance", STATES, "ISL")
    assert apply_edit(absent, example_data, None) is True
    assert apply_edit(absent, example_data, None) is False
    assert not needs_base(absent)


def test_adding_to_an_unknown_list_makes_it_partial(example_data: dict[str, Any]) -> None:
    category = {"category": "specialized_agencies"}
    example_data["attendance"]["specialized_agencies"] = {"status": "unknown",
                                                          "note": "seed para 25: [……]"}
    apply_edit(Edit("add", "attendance", category, element={"key": "unodc"}), example_data, None)
    agencies = example_data["attendance"]["specialized_agencies"]
    assert agencies["status"] == "partial" and agencies["items"] == [{"key": "unodc"}]
    assert agencies["note"] == "seed para 25: [……]"  # what was noted of the gap stays


def test_a_replace_collides_only_with_a_change_to_its_own_element(
        example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    _agenda(example_data)[1]["title"] = {"en": "changed by someone else"}
    first = dict(_agenda(base)[0], title={"en": "Opening of the meeting"})
    apply_edit(Edit("replace", "agenda_items", {"body": "IC"}, "1", first), example_data, base)
    assert _agenda(example_data)[0]["title"] == {"en": "Opening of the meeting"}
    second = dict(_agenda(base)[1], title={"en": "mine"})
    with pytest.raises(EditConflict, match="changed since"):
        apply_edit(Edit("replace", "agenda_items", {"body": "IC"}, "2", second),
                   example_data, base)


def test_a_positional_removal_collides_with_any_change_to_its_list(
        example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    apply_edit(Edit("add", "officers", element={"name": "B", "role": "rapporteur"}),
               example_data, None)
    with pytest.raises(EditConflict):
        apply_edit(Edit("remove", "officers", key="0"), example_data, base)
    assert needs_base(Edit("remove", "officers", key="0"))


def test_appending_never_collides(example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    for name in ("A", "B"):
        apply_edit(Edit("add", "speakers", element={"delegation": {"state": "FRA"},
                                                    "on_behalf_of": name}), example_data, base)
    assert [s["on_behalf_of"] for s in example_data["speakers"]] == ["A", "B"]


def test_statements_collide_when_their_group_is_no_longer_the_same(
        example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    example_data["statements"].insert(0, copy.deepcopy(example_data["statements"][1]))
    speaker = {"delegation": {"state": "ISL"}}
    with pytest.raises(EditConflict):
        apply_edit(Edit("add", "statements", {"group": "0"}, element=speaker), example_data, base)
    assert needs_base(Edit("add", "statements", {"group": "0"}, element=speaker))


def test_narrative_places(example_data: dict[str, Any]) -> None:
    paragraph = {"text": {"en": "Text."}, "source_language": "en"}
    apply_edit(Edit("add", "paragraphs", {"place": "deliberations:IC:9"}, element=paragraph),
               example_data, None)
    assert {"body": "IC", "item": "9", "paragraphs": {"status": "partial",
                                                      "items": [paragraph]}} \
        in example_data["narrative"]["deliberations"]
    for place in ("summary", "deliberations:XX:1", "deliberations"):
        with pytest.raises(EditTargetMissing):
            apply_edit(Edit("add", "paragraphs", {"place": place}, element=paragraph),
                       example_data, None)


def test_a_list_with_entries_cannot_be_called_unknown(example_data: dict[str, Any]) -> None:
    with pytest.raises(EditConflict, match="has entries"):
        apply_edit(Edit("set_status", "attendance", STATES, element={"status": "unknown"}),
                   example_data, None)
    assert apply_edit(Edit("set_status", "attendance", STATES,
                           element={"status": "complete"}), example_data, None)


def test_unknown_collections_and_scopes_are_refused(example_data: dict[str, Any]) -> None:
    with pytest.raises(EditInvalid, match="no collection"):
        apply_edit(Edit("add", "minutes", element={}), example_data, None)
    with pytest.raises(EditInvalid, match="body missing"):
        apply_edit(Edit("add", "agenda_items", element={}), example_data, None)
    with pytest.raises(EditTargetMissing, match="session of body 'XX'"):
        apply_edit(Edit("add", "agenda_items", {"body": "XX"}, element={}), example_data, None)


def test_revise_refuses_an_invalid_part_with_its_path(example_data: dict[str, Any]) -> None:
    version = Version.of(example_data)
    bad = {"number": "9", "title": {"en": "x"}, "kind": "lunch"}
    with pytest.raises(RecordInvalid) as refused:
        revise(version, Edit("add", "agenda_items", {"body": "IC"}, element=bad), None)
    assert refused.value.faults[0].path.startswith("$.sessions[0].agenda.items[")


def test_revise_refuses_a_new_dangling_reference_not_an_old_one(
        example_data: dict[str, Any]) -> None:
    version = Version.of(example_data)
    document = {"symbol": "CTOC/COP/WG.2/2017/9", "title": {"en": "x"}, "bodies": ["ZZ"]}
    with pytest.raises(RecordInvalid, match="ZZ"):
        revise(version, Edit("add", "documents", element=document), None)
    example_data["officers"] = [{"name": "A", "role": "chair", "bodies": ["QQ"]}]
    dangling = Version.of(example_data)
    assert dangling.faults  # recorded, not refused: it was there before
    after = revise(dangling, Edit("add", "attendance", STATES, "ISL", "ISL"), None)
    assert after is not None and after.faults == dangling.faults


EDITS = [
    Edit("add", "attendance", STATES, "ISL", "ISL"),
    Edit("remove", "attendance", STATES, "FRA"),
    Edit("add", "speakers", element={"delegation": {"organization": {"key": "unodc"}}}),
    Edit("add", "officers", element={"name": "<b>Ms. Ö</b>", "role": "panellist"}),
    Edit("add", "meetings", {"body": "TA"}, element={"number": 9, "date": "2017-10-13"}),
    Edit("set_status", "documents", element={"status": "partial", "note": "more"}),
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: f"{e.action}-{e.collection}")
def test_revise_gives_what_validating_the_whole_record_gives(
        example_data: dict[str, Any], edit: Edit) -> None:
    revised = revise(Version.of(example_data), edit, None)
    assert revised is not None
    whole = record_from_data(json.loads(json.dumps(revised.data)))
    assert whole == revised.record
    assert record_to_data(whole) == record_to_data(revised.record)


def test_the_history_names_what_was_added() -> None:
    item = Edit("add", "agenda_items", {"body": "IC"}, element={"number": "9", "title": {}})
    assert item.describe() == {"action": "add", "collection": "agenda_items",
                               "scope": {"body": "IC"}, "key": "9"}
    speaker = Edit("add", "speakers", element={"delegation": {"state": "FRA"}})
    assert speaker.describe() == {"action": "add", "collection": "speakers"}


PARAGRAPH = {"text": {"en": "Text."}, "source_language": "en"}


def _add_paragraph(data: dict[str, Any], place: str) -> None:
    apply_edit(Edit("add", "paragraphs", {"place": place}, element=PARAGRAPH), data, None)


def test_a_paragraph_goes_to_its_place_of_the_narrative(example_data: dict[str, Any]) -> None:
    """The example's narrative: deliberations of IC items 2-4, TA item 3, joint items J1 and
    J2; recommendations of IC (partial) and TA."""
    _add_paragraph(example_data, "recommendations:IC")
    ic = example_data["narrative"]["recommendations"][0]
    assert ic["body"] == "IC" and ic["paragraphs"]["items"] == [PARAGRAPH]
    _add_paragraph(example_data, "deliberations:J1")
    j1 = [e for e in example_data["narrative"]["deliberations"] if e.get("joint_item") == "J1"]
    assert len(j1) == 1 and j1[0]["paragraphs"]["items"][-1] == PARAGRAPH
    _add_paragraph(example_data, "deliberations:J3")
    assert example_data["narrative"]["deliberations"][-1] == {
        "joint_item": "J3", "paragraphs": {"status": "partial", "items": [PARAGRAPH]}}
    _add_paragraph(example_data, "deliberations:TA")
    assert example_data["narrative"]["deliberations"][-1] == {
        "body": "TA", "paragraphs": {"status": "partial", "items": [PARAGRAPH]}}


def test_the_first_paragraph_of_a_record_without_narrative(example_data: dict[str, Any]) -> None:
    del example_data["narrative"]
    _add_paragraph(example_data, "introduction")
    assert example_data["narrative"] == {"introduction": {"status": "partial",
                                                          "items": [PARAGRAPH]}}


def test_a_record_without_joint_items_has_places_for_its_bodies(
        example_data: dict[str, Any]) -> None:
    del example_data["joint_items"]
    _add_paragraph(example_data, "deliberations:TA:3")
    ta3 = [e for e in example_data["narrative"]["deliberations"]
           if (e.get("body"), e.get("item")) == ("TA", "3")]
    assert len(ta3) == 1 and ta3[0]["paragraphs"]["items"][-1] == PARAGRAPH


@pytest.mark.parametrize(("place", "message"), [
    ("introduction:IC", "no narrative place 'introduction:IC'"),
    ("summary", "no narrative place 'summary'"),
    ("recommendations", "no narrative place 'recommendations'"),
    ("deliberations:XX:1", "no body or joint item 'XX'"),
])
def test_a_place_that_is_not_in_the_narrative_is_refused_by_name(
        example_data: dict[str, Any], place: str, message: str) -> None:
    with pytest.raises(EditTargetMissing) as caught:
        _add_paragraph(example_data, place)
    assert caught.value.args == (message,)


def test_without_bodies_no_place_of_a_body(example_data: dict[str, Any]) -> None:
    del example_data["bodies"]
    with pytest.raises(EditTargetMissing) as caught:
        _add_paragraph(example_data, "deliberations:IC")
    assert caught.value.args == ("no body or joint item 'IC'",)


def test_the_history_names_what_was_removed_and_nothing_for_a_status() -> None:
    assert Edit("remove", "attendance", STATES, "ISL").describe() == {
        "action": "remove", "collection": "attendance", "scope": STATES, "key": "ISL"}
    assert Edit("set_status", "attendance", STATES, element={"status": "complete"}).describe() \
        == {"action": "set_status", "collection": "attendance", "scope": STATES}


def _refused(version: Version, edit: Edit) -> RecordInvalid:
    with pytest.raises(RecordInvalid) as refused:
        revise(version, edit, None)
    return refused.value


def test_revise_refuses_a_forbidden_character_naming_it_and_its_place(
        example_data: dict[str, Any]) -> None:
    item = {"number": "9", "title": {"en": "Other\x00 matters"}}
    refused = _refused(Version.of(example_data), Edit("add", "agenda_items", {"body": "IC"},
                                                      element=item))
    assert (refused.source, refused.on) == ("record", dt.date(2017, 10, 9))  # the first day
    assert [str(f) for f in refused.faults] == [
        "session 1 › agenda › item 8 › title › en: U+0000 (null) at character 6 is not allowed "
        "in text (only tab and new line among control characters) "
        "($.sessions[0].agenda.items[7].title.en)"]


def test_revise_refuses_an_invalid_part_naming_the_session_by_its_body(
        example_data: dict[str, Any]) -> None:
    bad = {"number": "9", "title": {"en": "x"}, "kind": "lunch"}
    refused = _refused(Version.of(example_data), Edit("add", "agenda_items", {"body": "IC"},
                                                      element=bad))
    assert (refused.source, refused.on) == ("record", dt.date(2017, 10, 9))
    assert [str(f) for f in refused.faults] == [
        "session of IC › agenda › item 8 › kind: 'lunch' is not one of the choices; must be "
        "one of: organizational, substantive, adoption_of_report "
        "($.sessions[0].agenda.items[7].kind)"]


def test_revise_refuses_an_edit_that_collides_with_a_change_made_meanwhile(
        example_data: dict[str, Any]) -> None:
    base = copy.deepcopy(example_data)
    example_data["documents"]["status"] = "partial"
    with pytest.raises(EditConflict):
        revise(Version.of(example_data), Edit("set_status", "documents",
                                               element={"status": "complete"}), base)


def test_revise_refuses_a_new_dangling_reference_with_the_whole_fault(
        example_data: dict[str, Any]) -> None:
    document = {"symbol": "CTOC/COP/WG.2/2017/9", "title": {"en": "x"}, "bodies": ["ZZ"]}
    refused = _refused(Version.of(example_data), Edit("add", "documents", element=document))
    assert (refused.source, refused.on) == ("record", dt.date(2017, 10, 9))
    assert [str(f) for f in refused.faults] == [
        "documents › document 5 › body 1: no body with key 'ZZ'; the bodies are: IC, TA "
        "($.documents.items[4].bodies[0])"]
