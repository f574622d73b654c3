"""The team's records in the store: create, read, edit, restore, export, report, check.

Every change is a new revision. A whole-record write names the revision it was based on and is
refused when that is no longer the latest one; small edits apply to the latest revision unless
they collide with a change made since their base (see `model.edits`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any

from ..model import Record, record_from_data, record_to_json
from ..model.changes import FactChange, record_changes
from ..model.edits import Edit, EditConflict, EditInvalid, EditTargetMissing, needs_base
from ..model.revise import Version, revise
from ..model.wording import words
from ..store import (
    Change,
    DatabaseUnavailable,
    Latest,
    RecordExists,
    RecordInfo,
    RecordMissing,
    RecordStore,
    Revision,
    RevisionInfo,
    UserStore,
    database_url,
    open_engine,
)
from .access import Accounts, User
from .edit_access import require_edit_allowed, require_own_request
from .reading import CheckResult, check_record
from .records import InputError, NotFound, example_text, input_limits
from .reports import MEDIA_TYPES, file_suffix, render_report
from .results import (
    PART_CHANGED,
    STALE,
    Conflict,
    EditResult,
    PartChanged,
    RecordView,
    ReportFile,
    Stale,
)
from .revisions import compact, dumps, loads, require_base, title, view_of
from .state_codes import require_known_states
from .writer import Watcher, Writer

RECORD_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
DEMO_KEY = "untoc-wg-2017"
SYSTEM_USER = User("sessional", "admin")


Unavailable = DatabaseUnavailable  # the database cannot be reached: try again later


class Workspace:
    def __init__(self, url: str | None = None) -> None:
        try:
            engine = open_engine(database_url(url))
        except DatabaseUnavailable as err:
            raise InputError(f"database: {err}") from None
        self.display_url = engine.url.render_as_string(hide_password=True)
        self.records = RecordStore(engine)
        self.writer = Writer(self.records)
        self._versions: dict[str, tuple[str, Version]] = {}
        self.accounts = Accounts(UserStore(engine))

    def watch(self, watcher: Watcher) -> None:
        """`watcher` is told of every revision committed by this workspace's writer (in its
        thread, before the writers hear; see services/writer.py)."""
        self.writer.committed.append(watcher)

    def _view(self, key: str, number: int | None = None) -> RecordView:
        try:
            rev = self.records.head(key) if number is None else self.records.revision(key, number)
        except RecordMissing:
            what = f"record {key!r}" + (f" has no revision {number}" if number else "")
            raise NotFound(f"no {what}" if number is None else what) from None
        return view_of(rev)

    def changes(self, user: User, key: str, number: int,
                against: int | None = None) -> list[FactChange]:
        """What revision `number` changed, against the one before it (or `against`)."""
        before = against if against is not None else number - 1
        newer = self._view(key, number).data
        older = self._view(key, before).data if before >= 1 else {}
        return record_changes(older, newer)

    def list_records(self, user: User) -> list[RecordInfo]:
        return self.records.all()

    def latest_revision(self, user: User, key: str) -> int:
        try:
            return self.records.info(key).head
        except RecordMissing:
            raise NotFound(f"no record {key!r}") from None

    def view(self, user: User, key: str, number: int | None = None) -> RecordView:
        return self._view(key, number)

    def record(self, user: User, key: str, number: int | None = None) -> Record:
        """The record of the latest revision (or of revision `number`)."""
        return record_from_data(self._view(key, number).data, references=False)

    def history(self, user: User, key: str, offset: int = 0,
                limit: int = 100) -> list[RevisionInfo]:
        try:
            return self.records.revisions(key, offset, limit)
        except RecordMissing:
            raise NotFound(f"no record {key!r}") from None

    def create(self, user: User, key: str, data: Any, operation: str = "create") -> RecordView:
        user.require(user.edits_records, "create records")
        if not RECORD_KEY.match(key):
            raise InputError(words("key '{key}': lower-case letters, digits and '-', at most 64",
                                   key=key))
        record = record_from_data(data, limits=input_limits())
        try:
            revision = self.records.create(key, title(record), Change(
                compact(record), {"action": operation}), user.name)
        except RecordExists:
            raise Conflict(f"a record with key {key!r} exists already", self._view(key)) from None
        return view_of(revision)

    def replace(self, user: User, key: str, base: int, data: Any) -> RecordView:
        """The whole record, written over revision `base`; refused unless `base` is the latest."""
        user.require(user.edits_records, "edit records")
        record = record_from_data(data, limits=input_limits())
        return self._write(user, key, base, lambda latest: record, {"action": "replace"})

    def restore(self, user: User, key: str, number: int, base: int) -> RecordView:
        """Revision `number` again, as a new revision; refused unless `base` is the latest."""
        user.require(user.edits_records, "restore revisions")
        old = self._view(key, number)
        record = record_from_data(old.data, references=False)
        return self._write(user, key, base, lambda latest: record,
                           {"action": "restore", "restored": number})

    def _write(self, user: User, key: str, base: int,
               make: Callable[[Latest], Record], operation: dict[str, Any]) -> RecordView:
        def change(latest: Latest) -> Change | None:
            if latest.revision.number != base:
                raise Stale
            record = make(latest)
            return Change(compact(record), operation | {"base": base}, title(record))

        revision, _ = self._run(key, user, change)
        return view_of(revision)

    def update(self, user: User, key: str, operation: dict[str, Any],
               apply: Callable[[dict[str, Any]], bool], base: int | None = None,
               part: Callable[[dict[str, Any]], Any] | None = None) -> EditResult:
        """Change the latest revision's data in place with `apply` (False: nothing changed),
        validated as a whole record and committed as one revision. With `base` and `part`:
        refused (Conflict) when `part` of the data changed since revision `base`."""
        user.require(user.edits_records, "edit records")

        def change(latest: Latest) -> Change | None:
            data = loads(latest.revision.document)
            require_base(latest, data, base, part)
            if not apply(data):
                return None
            return Change(compact(record_from_data(data, key)), operation)

        revision, changed = self._run(key, user, change)
        return EditResult(key, revision.number, changed, revision.operation)

    def edit(self, user: User, key: str, edit: Edit, base: int | None = None) -> EditResult:
        """Apply one small edit to the latest revision. Returns the revision and whether it
        changed anything (marking a State present twice changes nothing the second time)."""
        return self.settle(key, self.submit_edit(user, key, edit, base))

    async def edit_async(self, user: User, key: str, edit: Edit,
                         base: int | None = None) -> EditResult:
        """`edit` for a server's event loop: waits for the commit without holding a thread."""
        future = self.submit_edit(user, key, edit, base)
        with contextlib.suppress(Exception):  # settle names the refusal
            await asyncio.wrap_future(future)
        return self.settle(key, future)

    def submit_edit(self, user: User, key: str, edit: Edit,
                    base: int | None = None) -> Future[tuple[Revision, bool]]:
        require_edit_allowed(user, edit)
        require_known_states(edit)

        def change(latest: Latest) -> Change | None:
            head = latest.revision
            if base is None and needs_base(edit):
                raise EditInvalid(f"{edit.action} in {edit.collection}: base_revision is "
                                  "required (the revision the edit was made on)")
            require_base(latest, None, base, None)
            version = self.version(head)
            base_data = None
            if base is not None and base != head.number:
                base_data = loads(latest.at(base).document)
            require_own_request(user, edit, version.data)
            revised = revise(version, edit, base_data, input_limits())
            if revised is None:
                return None
            text = dumps(revised.data)
            self.keep(head.record, text, revised)
            description = edit.describe() | ({"base": base} if base is not None else {})
            return Change(text, description)

        return self.writer.submit(key, user.name, change)

    def version(self, head: Revision) -> Version:
        """The latest revision as data and record: kept from the edit that made it, if that
        was this process (the writer thread is the only one to use this)."""
        known = self._versions.get(head.record)
        if known is not None and known[0] == head.document:
            return known[1]
        version = Version.of(loads(head.document))
        self.keep(head.record, head.document, version)
        return version

    def keep(self, record: str, document: str, version: Version) -> None:
        """`version` is what the latest revision of `record` will be, once `document` (its
        JSON) is committed (the writer thread is the only one to use this)."""
        self._versions[record] = (document, version)

    def settle(self, key: str, future: Future[tuple[Revision, bool]]) -> EditResult:
        with self._refusals(key):
            revision, changed = future.result()
        return EditResult(key, revision.number, changed, revision.operation)

    def _run(self, key: str, user: User,
             change: Callable[[Latest], Change | None]) -> tuple[Revision, bool]:
        with self._refusals(key):
            return self.writer.submit(key, user.name, change).result()

    @contextmanager
    def _refusals(self, key: str) -> Iterator[None]:
        """The store's and the edits' refusals, as the services name them."""
        try:
            yield
        except RecordMissing:
            raise NotFound(f"no record {key!r}") from None
        except Stale:
            current = self._view(key)  # named with the revision the answer carries
            raise Conflict(words(STALE, latest=current.revision), current) from None
        except PartChanged as err:
            raise Conflict(words(PART_CHANGED, base=err.base), self._view(key)) from None
        except EditConflict as err:
            raise Conflict(str(err), self._view(key)) from None
        except EditTargetMissing as err:
            raise NotFound(str(err)) from None
        except EditInvalid as err:
            raise InputError(str(err)) from None

    def export(self, user: User, key: str, number: int | None = None) -> tuple[str, str]:
        """The record as a file `sessional validate` accepts: file name and text."""
        view = self._view(key, number)
        record = record_from_data(view.data, references=False)
        return f"{key}.r{view.revision}.json", record_to_json(record)

    def report(self, user: User, key: str, lang: str, fmt: str) -> ReportFile:
        view = self._view(key)
        record = record_from_data(view.data, references=False)
        content = render_report(record, lang, fmt)
        name = f"{key}.r{view.revision}.{lang}.{file_suffix(fmt)}"
        return ReportFile(name, MEDIA_TYPES[fmt], content)

    def check(self, user: User, key: str, lang: str | None = None) -> CheckResult:
        view = self._view(key)
        record = record_from_data(view.data, references=False)
        return check_record(record, f"{key} revision {view.revision}", "record", lang)

    def load_demo(self, user: User) -> RecordView | None:
        """The embedded example, as the first record of an empty database."""
        if self.records.all():
            return None
        return self.create(user, DEMO_KEY, json.loads(example_text()), "demo")


__all__ = [
    "SYSTEM_USER",
    "Conflict",
    "EditResult",
    "NotFound",
    "RecordView",
    "ReportFile",
    "Unavailable",
    "Workspace",
]
