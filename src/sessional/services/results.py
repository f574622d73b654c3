"""What the workspace gives back: records as read, results of edits, reports, refusals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..model.edits import EditConflict
from ..model.wording import Words, marked, say


class Conflict(Exception):
    """Refused so as not to overwrite: `current` is the latest revision, to start again from."""

    def __init__(self, message: str | Words, current: RecordView | None = None) -> None:
        self.words = message if isinstance(message, Words) else None
        super().__init__(say(message) if isinstance(message, Words) else message)
        self.current = current


@dataclass(frozen=True)
class RecordView:
    key: str
    revision: int
    author: str
    saved_at: dt.datetime
    operation: dict[str, Any]
    data: dict[str, Any]


@dataclass(frozen=True)
class EditResult:
    key: str
    revision: int
    changed: bool
    operation: dict[str, Any]


@dataclass(frozen=True)
class ReportFile:
    filename: str
    media_type: str
    content: bytes


class Stale(Exception):
    """A whole-record write made on an earlier revision than the latest: refused as a
    Conflict, which names the latest."""


STALE = marked("revision {latest} is the latest; the change was made on an earlier one and is "
               "refused, not applied on top")
PART_CHANGED = marked("this part of the record changed since revision {base}, on which the "
                      "change was made")


class PartChanged(EditConflict):
    """The part of the record an edit is about changed since the edit's base revision."""

    def __init__(self, base: int) -> None:
        super().__init__(f"changed since revision {base}")
        self.base = base
