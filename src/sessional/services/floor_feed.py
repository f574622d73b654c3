"""The changes of the lists of speakers, as they happen, for the pages that show them live.

Each record has its own sequence of events: event n carries the lists of the record after the
n-th change published (as JSON, the API's answer to GET …/speakers). The last `keep` events are
kept, so a page that lost its connection asks for every event after the last one it saw and
misses nothing; one that saw an event no longer kept (or one of a former server process) is
sent the latest lists as a snapshot instead. Subscribers of the same process are told at once
(an asyncio broadcast): several server processes would need a shared bus between them.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

KEEP = 1000  # events kept per record for pages that reconnect
QUEUE = 1000  # events waiting for one slow page before it is dropped (it reconnects)


@dataclass(frozen=True)
class FloorEvent:
    id: int  # the record's sequence number of the change
    data: str  # the lists of speakers after the change, as JSON
    snapshot: bool = False  # the latest lists, for a page that cannot be given each change


class Dropped(Exception):
    """A subscriber fell so far behind that its events were no longer queued."""


@dataclass
class _RecordFeed:
    keep: int
    sequence: int = 0
    revision: int = 0  # the record's revision the latest event shows
    log: deque[FloorEvent] = field(init=False)
    listeners: set[asyncio.Queue[FloorEvent | None]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.log = deque(maxlen=self.keep)


class FloorFeed:
    """Per record: a sequence of events, the last `keep` kept, and the pages listening."""

    def __init__(self, keep: int = KEEP, queue: int = QUEUE) -> None:
        self.keep, self.queue = keep, queue
        self._feeds: dict[str, _RecordFeed] = {}

    def _feed(self, key: str) -> _RecordFeed:
        return self._feeds.setdefault(key, _RecordFeed(self.keep))

    def publish(self, key: str, revision: int, data: str) -> FloorEvent | None:
        """The lists as of `revision` of the record, sent to every listener; nothing when an
        event already showed that revision or a later one (two changes read after both)."""
        feed = self._feed(key)
        if revision <= feed.revision:
            return None
        feed.revision = revision
        feed.sequence += 1
        event = FloorEvent(feed.sequence, data)
        feed.log.append(event)
        for listener in list(feed.listeners):
            if listener.qsize() >= self.queue:
                feed.listeners.discard(listener)
                listener.put_nowait(None)  # told to stop: it reconnects and catches up
            else:
                listener.put_nowait(event)
        return event

    def latest(self, key: str) -> FloorEvent | None:
        feed = self._feeds.get(key)
        return feed.log[-1] if feed and feed.log else None

    def after(self, key: str, last_id: int | None) -> list[FloorEvent] | None:
        """The events after `last_id`, or None when they are not all kept (a snapshot is
        needed: no id given, one older than the log, or one this process never sent)."""
        feed = self._feed(key)
        if last_id is None or last_id > feed.sequence:
            return None
        kept = [e for e in feed.log if e.id > last_id]
        first = kept[0].id if kept else feed.sequence + 1
        return kept if first == last_id + 1 else None

    @contextmanager
    def listening(self, key: str) -> Iterator[Listener]:
        """A listener of the record's events published from now on, until the block ends."""
        queue: asyncio.Queue[FloorEvent | None] = asyncio.Queue()
        feed = self._feed(key)
        feed.listeners.add(queue)
        try:
            yield Listener(queue, feed.sequence)
        finally:
            feed.listeners.discard(queue)

    def listeners(self, key: str) -> int:
        feed = self._feeds.get(key)
        return len(feed.listeners) if feed else 0


@dataclass
class Listener:
    queue: asyncio.Queue[FloorEvent | None]
    since: int  # the sequence number when it started listening

    async def next(self) -> FloorEvent:
        event = await self.queue.get()
        if event is None:
            raise Dropped
        return event
