"""One writer thread per workspace. Writes queue up; whatever has queued while the writer was
busy is committed together, one revision per write and one sync to disk per batch (group
commit). Nothing is acknowledged before its revision is committed; whoever watches the commits
(`committed`: the live lists of speakers) is told of each batch's new revisions first."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from ..store import Change, Latest, RecordStore, Revision

MAX_BATCH = 64
LINGER = 0.0005  # seconds to wait for more writes once writes come in together
Make = Callable[[Latest], Change | None]
Watcher = Callable[[str, list[Revision]], None]  # a record's key, its new revisions in order
log = logging.getLogger(__name__)


@dataclass
class _Job:
    key: str
    author: str
    make: Make
    future: Future[tuple[Revision, bool]] = field(default_factory=Future)


class Writer:
    def __init__(self, store: RecordStore) -> None:
        self._store = store
        self._queue: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None  # started by the first write
        self._starting = threading.Lock()
        self.committed: list[Watcher] = []  # called in the writer thread: keep them quick

    def submit(self, key: str, author: str, make: Make) -> Future[tuple[Revision, bool]]:
        job = _Job(key, author, make)
        if self._thread is None:
            with self._starting:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="sessional-writer",
                                                    daemon=True)
                    self._thread.start()
        self._queue.put(job)
        return job.future

    def _run(self) -> None:
        together = False
        while True:
            jobs = [self._queue.get()]
            if together:  # busy: a moment's wait gathers the writes on their way in
                time.sleep(LINGER)
            while len(jobs) < MAX_BATCH:
                try:
                    jobs.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            by_record: dict[str, list[_Job]] = {}
            for job in jobs:
                by_record.setdefault(job.key, []).append(job)
            for key, group in by_record.items():
                self._commit(key, group)
            together = len(jobs) > 1 or not self._queue.empty()

    def _commit(self, key: str, group: list[_Job]) -> None:
        try:
            outcomes = self._store.write_batch(key, [(job.author, job.make) for job in group])
        except Exception as error:  # nothing of the batch was committed; every writer hears it
            for job in group:
                job.future.set_exception(error)
            return
        made = [o[0] for o in outcomes if not isinstance(o, BaseException) and o[1]]
        if made:
            self._tell(key, made)
        for job, outcome in zip(group, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                job.future.set_exception(outcome)
            else:
                job.future.set_result(outcome)

    def _tell(self, key: str, revisions: list[Revision]) -> None:
        """The watchers, before the writers hear: what they publish comes before the answer.
        A watcher that fails is logged; the revisions stay committed and acknowledged."""
        for watcher in self.committed:
            try:
                watcher(key, revisions)
            except Exception:
                log.exception("watcher of the commits of %s failed", key)
