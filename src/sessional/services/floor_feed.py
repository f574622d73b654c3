"""The changes of the lists of speakers, as they happen, for the pages that show them live.

Each record has its own sequence of events: event n carries the lists of the record after the
n-th change published (as JSON, the API's answer to GET …/speakers, each list with the chair's
timer, floor_timer.py: a start or stop of a timer is a change too). The last `keep` events are
kept, so a page that lost its connection asks for every event after the last one it saw and
misses nothing; one that saw an event no longer kept (or one of a former server process) is
sent the latest lists as a snapshot instead. Subscribers of the same process are told at once
(an asyncio broadcast): several server processes would need a shared bus between them.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .floor_timer import Timer, TimerAction, place_key

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
    lists: dict[str, Any] | None = None  # its lists of speakers, as GET …/speakers gives them
    timers: dict[str, Timer] = field(default_factory=dict)  # by place_key
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

    def publish(self, key: str, lists: dict[str, Any],
                resets: Iterable[dict[str, Any]] = ()) -> FloorEvent | None:
        """The lists of the record (`revision` and `lists`, as GET …/speakers gives them),
        sent to every listener; nothing when an event already showed that revision or a later
        one. The timers of the lists at `resets` (places) go back to their limit: a speaker
        got or left the floor there."""
        feed = self._feed(key)
        if lists["revision"] <= feed.revision:
            return None
        feed.revision, feed.lists = lists["revision"], lists
        for place in resets:
            where = place_key(place)
            feed.timers[where] = self.timer(key, where).changed("reset", time.time())
        return self._send(key, feed)

    def timer(self, key: str, where: str) -> Timer:
        return self._feed(key).timers.get(where) or Timer()

    def time(self, key: str, lists: dict[str, Any], place: dict[str, Any],
             action: TimerAction, limit: int | None = None) -> FloorEvent:
        """The timer of the list at `place` started, stopped or reset (`lists`: the lists as
        read before, for the first event of a record)."""
        feed = self._feed(key)
        if lists["revision"] > feed.revision:
            feed.revision, feed.lists = lists["revision"], lists
        where = place_key(place)
        feed.timers[where] = self.timer(key, where).changed(action, time.time(), limit)
        return self._send(key, feed)

    def _send(self, key: str, feed: _RecordFeed) -> FloorEvent:
        feed.sequence += 1
        event = FloorEvent(feed.sequence, self.data(key, feed.lists or {}))
        feed.log.append(event)
        for listener in list(feed.listeners):
            if listener.qsize() >= self.queue:
                feed.listeners.discard(listener)
                listener.put_nowait(None)  # told to stop: it reconnects and catches up
            else:
                listener.put_nowait(event)
        return event

    def data(self, key: str, lists: dict[str, Any]) -> str:
        """The lists as JSON, each with its timer."""
        feed = self._feed(key)
        return json.dumps({**lists, "lists": [
            {**entry, "timer": (feed.timers.get(place_key(entry["place"])) or Timer()).shown()}
            for entry in lists.get("lists", [])]}, ensure_ascii=False, separators=(",", ":"))

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
