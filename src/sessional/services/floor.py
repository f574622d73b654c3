"""The list of speakers as use cases: read the lists, inscribe, withdraw, reorder, call the
next speaker, end a speech, close and reopen a list. Each change is one revision of the record,
made by the model's functions (model/floor.py) on the latest revision, after the access rules
(floor_access.py); what the list refuses (a closed list ...) is raised as the model's
`FloorRefused`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..model import Record, floor_record, record_from_data
from ..model.edits import Edit
from ..model.floor import on_list
from ..model.speakers import FloorRequest, ListPlace
from .access import User
from .edit_access import require_edit_allowed
from .floor_access import FloorAction, require_floor_allowed, require_own
from .results import EditResult
from .revising import revise_async
from .state_codes import require_known_states
from .workspace import Workspace


@dataclass(frozen=True)
class SpeakerList:
    place: ListPlace
    closed: bool
    requests: tuple[tuple[int, FloorRequest], ...]  # in order, each with its index


@dataclass(frozen=True)
class SpeakerLists:
    revision: int
    lists: tuple[SpeakerList, ...]


def speaker_lists(ws: Workspace, user: User, key: str,
                  place: ListPlace | None = None) -> SpeakerLists:
    """Every list of the record (in the order their first request came), or the one named."""
    view = ws.view(user, key)
    return lists_of(view.revision, view.data, place)


def lists_of(revision: int, data: dict[str, Any], place: ListPlace | None = None
             ) -> SpeakerLists:
    """The lists of the record data of `revision`, as `speaker_lists` gives them."""
    record = record_from_data(data, references=False)
    places = [place] if place is not None else _places(record)
    closed = record.speaker_lists
    return SpeakerLists(revision, tuple(
        SpeakerList(p, any(c.same(p) for c in closed), tuple(on_list(record.speakers, p)))
        for p in places))


def _places(record: Record) -> list[ListPlace]:
    places: list[ListPlace] = []
    for candidate in [*(ListPlace.of(r) for r in record.speakers), *record.speaker_lists]:
        place = ListPlace(item=candidate.item, meeting=candidate.meeting)
        if not any(p.same(place) for p in places):
            places.append(place)
    return places


async def inscribe(ws: Workspace, user: User, key: str, request: FloorRequest) -> EditResult:
    """A request for the floor on its list: last, or a point of order ahead of the waiting;
    the time it was made is the server's."""
    request = request.model_copy(update={"requested_at": _now(), "called_at": None,
                                         "ended_at": None})
    edit = Edit("add", "speakers", element=request.model_dump(mode="json",
                                                              exclude_defaults=True))
    require_edit_allowed(user, edit)  # a delegate: its own delegation, and 'waiting'
    require_known_states(edit)
    return await revise_async(ws, user, key, {"action": "inscribe", "collection": "speakers"},
                              lambda record: floor_record.inscribe(record, request))


def _same_request(index: int) -> Callable[[dict[str, Any]], Any]:
    """What must not have changed since the base revision for `index` to name the request
    its author saw: the request there, whatever its status."""
    def request_at(data: dict[str, Any]) -> Any:
        requests = data.get("speakers", [])
        if not 0 <= index < len(requests):
            return None
        return {k: v for k, v in requests[index].items() if k != "status"}

    return request_at


async def withdraw(ws: Workspace, user: User, key: str, index: int,
                   base: int | None = None) -> EditResult:
    """With `base` (the revision its author saw), refused if another request has come to
    `index` since (the list was reordered)."""
    def make(record: Record) -> Record:
        if 0 <= index < len(record.speakers):  # checked on the latest revision
            require_own(user, record.speakers[index].delegation)
        return floor_record.withdraw(record, index)

    return await _change(ws, user, key, "withdraw", make, index, base=base)


Step = Literal["up", "down"]


async def move(ws: Workspace, user: User, key: str, index: int, to: int | Step,
               base: int | None = None) -> EditResult:
    """Move a waiting request up, down, or to a place among the waiting ones (0: next); with
    `base`, refused as `withdraw` is."""
    def make(record: Record) -> Record:
        if to == "up":
            return floor_record.move_up(record, index)
        if to == "down":
            return floor_record.move_down(record, index)
        return floor_record.move(record, index, to)

    return await _change(ws, user, key, "move", make, index, base=base)


async def spoke(ws: Workspace, user: User, key: str, index: int,
                base: int | None = None) -> EditResult:
    """Record that a waiting (or speaking) request was heard: done now, and a statement; with
    `base`, refused as `withdraw` is."""
    return await _change(ws, user, key, "spoke",
                         lambda record: floor_record.spoke(record, index, _now()), index,
                         base=base)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


PLACE_CHANGES: dict[FloorAction, Callable[[Record, ListPlace], Record]] = {
    "call_next": lambda record, place: floor_record.call_next(record, place, _now()),
    "finish": lambda record, place: floor_record.finish(record, place, _now()),
    "close": floor_record.close, "reopen": floor_record.reopen,
}


async def run_list(ws: Workspace, user: User, key: str, action: FloorAction,
                   place: ListPlace) -> EditResult:
    """Call the next speaker, end the speech under way, close or reopen the list."""
    change = PLACE_CHANGES[action]
    return await _change(ws, user, key, action, lambda record: change(record, place), None,
                         place)


async def _change(ws: Workspace, user: User, key: str, action: FloorAction,
                  make: Callable[[Record], Record], index: int | None,
                  place: ListPlace | None = None, base: int | None = None) -> EditResult:
    require_floor_allowed(user, action)
    operation: dict[str, Any] = {"action": action, "collection": "speakers"}
    if index is not None:
        operation["key"] = str(index)
    if place is not None:
        operation["scope"] = place.model_dump(mode="json", exclude_none=True)
    if base is not None:
        operation["base"] = base
    part = _same_request(index) if index is not None else None
    return await revise_async(ws, user, key, operation, make, base, part)
