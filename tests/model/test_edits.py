"""Small edits: what applies, what collides, and the record they leave."""

from __future__ import annotations

import copy
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
