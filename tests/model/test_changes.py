from __future__ import annotations

import copy
from typing import Any

from sessional.model.changes import FactChange, record_changes


def test_changes_between_two_revisions(example_data: dict[str, Any]) -> None:
    after = copy.deepcopy(example_data)
    after["attendance"]["states_parties"]["items"].append("ISL")
    after["sessions"][0]["venue"] = {"en": "Vienna"}
    del after["officers"][1]
    changes = record_changes(example_data, after)
    venue = example_data["sessions"][0]["venue"]
    assert FactChange("$.attendance.states_parties.items[76]", "added", after="ISL") in changes
    assert any(c.path.startswith("$.sessions[0].venue.") and c.kind == "added"
               for c in changes) == ("en" not in venue)
    assert FactChange("$.officers[1]", "removed", before=example_data["officers"][1]) in changes
    assert record_changes(example_data, copy.deepcopy(example_data)) == []


def test_every_kind_of_change_is_said_with_its_path_before_and_after() -> None:
    before = {"report": {"adopted_on": "2017-10-13", "original_language": "zh"},
              "officers": [{"role": "chair"}], "note": "x"}
    after = {"report": {"adopted_on": "2017-10-12", "original_language": "zh",
                        "adopted_as_amended": True},
             "officers": [{"role": "chair"}, {"role": "rapporteur"}], "note": ["x"]}
    assert record_changes(before, after) == [
        FactChange("$.report.adopted_on", "changed", before="2017-10-13", after="2017-10-12"),
        FactChange("$.report.adopted_as_amended", "added", after=True),
        FactChange("$.officers[1]", "added", after={"role": "rapporteur"}),
        FactChange("$.note", "changed", before="x", after=["x"])]
    assert record_changes(after, before) == [
        FactChange("$.report.adopted_on", "changed", before="2017-10-12", after="2017-10-13"),
        FactChange("$.report.adopted_as_amended", "removed", before=True),
        FactChange("$.officers[1]", "removed", before={"role": "rapporteur"}),
        FactChange("$.note", "changed", before=["x"], after="x")]


def test_a_fact_that_became_a_list_or_an_object_is_one_change() -> None:
    assert record_changes({"a": {"b": 1}}, {"a": 5}) == [
        FactChange("$.a", "changed", before={"b": 1}, after=5)]
    assert record_changes({"a": 5}, {"a": [5]}) == [
        FactChange("$.a", "changed", before=5, after=[5])]
    assert record_changes({"a": None}, {}) == [FactChange("$.a", "removed", before=None)]
    assert record_changes({}, {"a": None}) == [FactChange("$.a", "added", after=None)]
