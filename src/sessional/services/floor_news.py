"""Which commits change a record's lists of speakers, whatever route made them: the speakers
routes, the generic edit or removal of a request, a whole record written over, an old revision
restored, an import.

The workspace's writer tells the watch of each batch of revisions it commits (services/
writer.py). The watch compares the requests for the floor and the closed lists of the batch's
latest revision with those it saw last for the record; when they differ it hands `news` the
lists as they now are, with the places where a speaker got or left the floor (their timers go
back to the limit). The first commit of a record since the server started is always news.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec

from ..store import Revision
from .floor import SpeakerLists, lists_of

FLOOR_PART = ("speakers", "speaker_lists")  # what the lists of speakers are made of
NEW_SPEAKER = frozenset({"call_next", "finish"})  # the actions after which a timer restarts


@dataclass(frozen=True)
class ListsChanged:
    key: str
    lists: SpeakerLists
    resets: tuple[dict[str, Any], ...]  # places (as JSON) where the floor changed hands


class FloorWatch:
    """A watcher of the writer's commits (Workspace.watch); `news` is called in the writer's
    thread, so it hands the change on quickly."""

    def __init__(self, news: Callable[[ListsChanged], None]) -> None:
        self._news = news
        self._seen: dict[str, list[Any]] = {}  # per record, its FLOOR_PART as last seen

    def __call__(self, key: str, revisions: list[Revision]) -> None:
        latest = revisions[-1]
        data = msgspec.json.decode(latest.document)
        part = [data.get(name) for name in FLOOR_PART]
        if self._seen.get(key) == part:
            return
        self._seen[key] = part
        self._news(ListsChanged(key, lists_of(latest.number, data), tuple(
            r.operation["scope"] for r in revisions if _new_speaker(r.operation))))


def _new_speaker(operation: dict[str, Any]) -> bool:
    return (operation.get("collection") == "speakers" and "scope" in operation
            and operation.get("action") in NEW_SPEAKER)
