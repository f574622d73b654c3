"""What changed between two revisions of a record, fact by fact, with JSON paths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

ChangeKind = Literal["added", "removed", "changed"]
_ABSENT = object()


@dataclass(frozen=True)
class FactChange:
    path: str
    kind: ChangeKind
    before: Any = None
    after: Any = None


def record_changes(before: dict[str, Any], after: dict[str, Any]) -> list[FactChange]:
    """Every fact added, removed or changed from `before` to `after` (record JSON data).
    Lists are compared position by position; a list that only grew or shrank at its end shows
    just the entries added or removed."""
    found: list[FactChange] = []
    _compare("$", before, after, found)
    return found


def _compare(path: str, old: Any, new: Any, found: list[FactChange]) -> None:
    if old is _ABSENT:
        found.append(FactChange(path, "added", after=new))
    elif new is _ABSENT:
        found.append(FactChange(path, "removed", before=old))
    elif isinstance(old, dict) and isinstance(new, dict):
        for name in [*old, *(k for k in new if k not in old)]:
            _compare(f"{path}.{name}", old.get(name, _ABSENT), new.get(name, _ABSENT), found)
    elif isinstance(old, list) and isinstance(new, list):
        for index in range(max(len(old), len(new))):
            _compare(f"{path}[{index}]", old[index] if index < len(old) else _ABSENT,
                     new[index] if index < len(new) else _ABSENT, found)
    elif old != new:
        found.append(FactChange(path, "changed", before=old, after=new))
