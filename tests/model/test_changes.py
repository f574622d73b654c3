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
