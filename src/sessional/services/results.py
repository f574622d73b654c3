"""What the workspace gives back: records as read, results of edits, reports, refusals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


class Conflict(Exception):
    """Refused so as not to overwrite: `current` is the latest revision, to start again from."""

    def __init__(self, message: str, current: RecordView | None = None) -> None:
        super().__init__(message)
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
