"""A record as the pages show it: one revision, read and checked once.

Revisions never change, so what is worked out from one (the record, its check findings, the
report preview in a language) is kept for the next page that asks for the same revision. Only
the number of the latest revision is read from the store on every page.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .. import refdata
from ..model import Record, record_from_data
from .access import User
from .display import report_preview
from .reading import CheckResult, check_record
from .results import RecordView
from .workspace import Workspace

KEPT = 256
T = TypeVar("T")


@dataclass(frozen=True)
class Snapshot:
    key: str
    view: RecordView
    record: Record
    check: CheckResult


class Snapshots:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self._kept: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def _keep(self, key: tuple[Any, ...], make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                found: T = self._kept[key]
                return found
        value = make()
        with self._lock:
            self._kept[key] = value
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        return value

    def derived(self, snapshot: Snapshot, what: str, lang: str, make: Callable[[], T]) -> T:
        """Something worked out from one revision (a page's view of it), kept like the rest."""
        return self._keep((what, snapshot.key, snapshot.view.revision, lang,
                           refdata.lists_stamp()), make)

    def latest(self, user: User, key: str, lang: str | None = None) -> Snapshot:
        """The latest revision of the record, with its check in `lang` (the original's)."""
        head = self.ws.latest_revision(user, key)

        def make_view() -> tuple[RecordView, Record]:
            view = self.ws.view(user, key, head)
            return view, record_from_data(view.data, key, references=False)

        view, record = self._keep(("record", key, head), make_view)
        check = self._keep(("check", key, head, lang, refdata.lists_stamp()), lambda: check_record(
            record, f"{key} revision {head}", "record", lang))
        return Snapshot(key, view, record, check)

    def preview(self, snapshot: Snapshot, lang: str) -> str:
        return self._keep(("preview", snapshot.key, snapshot.view.revision, lang),
                          lambda: report_preview(snapshot.record, lang))
