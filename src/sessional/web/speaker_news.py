"""Every change of a record's lists of speakers, whatever route made it, published to the pages
listening (services/floor_news.py watches the commits; this hands its news to the feed).

The writer's thread must not touch the feed, which belongs to the server's event loop: the
news is handed to that loop (bound by the first request that uses the feed, and so before any
page listens). Without a loop, nobody can be listening and the feed is updated directly.
"""

from __future__ import annotations

import asyncio

from ..services.floor_feed import FloorFeed
from ..services.floor_news import ListsChanged
from .speakers import lists_out


class SpeakerNews:
    def __init__(self, feed: FloorFeed) -> None:
        self.feed = feed
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def __call__(self, change: ListsChanged) -> None:
        """In the writer's thread, before the writers hear: the event is queued on the loop
        ahead of their answers."""
        lists = lists_out(change.lists).model_dump(mode="json")
        loop = self._loop
        if loop is None or loop.is_closed():
            self.feed.publish(change.key, lists, change.resets)
        else:
            loop.call_soon_threadsafe(self.feed.publish, change.key, lists, change.resets)
