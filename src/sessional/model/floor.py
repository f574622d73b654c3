"""Running a list of speakers: pure functions from the requests for the floor to new ones.

Requests are addressed by their position in `Record.speakers` (what the API calls the
request's index). A request keeps its place in the order it arrived unless it is a point of
order (heard before the waiting speakers, behind the one who has the floor) or the Secretariat
moves it. Withdrawn and finished requests stay in the sequence, marked so: the list says who
asked, who was called and who spoke.
"""

from __future__ import annotations

import datetime as dt

from .speakers import FloorRequest, ListPlace, SpeakerList
from .wording import Words, marked, say, words

Requests = tuple[FloorRequest, ...]
Lists = tuple[SpeakerList, ...]

LIST_CLOSED = marked("the list of speakers is closed: no new request for the floor is taken "
                     "until the chair reopens it")
ALREADY_WAITING = marked("this delegation is already waiting on this list of speakers: withdraw "
                         "its request first, or ask for a right of reply or a point of order")
NOBODY_WAITING = marked("nobody is waiting on this list of speakers")
NOBODY_SPEAKING = marked("nobody has the floor on this list of speakers")
NO_REQUEST = marked("there is no request for the floor {index}")
NOT_WAITING = marked("request for the floor {index} is no longer waiting: only a waiting "
                     "request can be withdrawn or moved")
WITHDRAWN = marked("request for the floor {index} was withdrawn: it cannot be recorded as "
                   "spoken")


AGAIN = frozenset({"right_of_reply", "point_of_order"})  # kinds a waiting delegation may add


class FloorRefused(ValueError):
    """What the state of the list does not allow (a closed list, nobody to call ...)."""

    def __init__(self, message: Words) -> None:
        self.words = message
        super().__init__(say(message))


class ListClosed(FloorRefused):
    """A new request on a closed list."""


class NoSuchRequest(FloorRefused):
    """The index names no request for the floor."""


def on_list(requests: Requests, place: ListPlace) -> list[tuple[int, FloorRequest]]:
    """The requests of one list, in order, each with its index."""
    return [(i, r) for i, r in enumerate(requests) if place.holds(r)]


def is_closed(lists: Lists, place: ListPlace) -> bool:
    return any(entry.same(place) and entry.closed for entry in lists)


def close(lists: Lists, place: ListPlace) -> Lists:
    if is_closed(lists, place):
        return lists
    return (*reopen(lists, place), SpeakerList(item=place.item, meeting=place.meeting))


def reopen(lists: Lists, place: ListPlace) -> Lists:
    return tuple(entry for entry in lists if not entry.same(place))


def inscribe(requests: Requests, lists: Lists, request: FloorRequest) -> Requests:
    """The request added to its list: last, or for a point of order, after the points of
    order already waiting and before every other waiting speaker. Refused on a closed list."""
    place = ListPlace.of(request)
    if is_closed(lists, place):
        raise ListClosed(words(LIST_CLOSED))
    if request.kind not in AGAIN and any(
            r.status == "waiting" and (r.delegation, r.kind, r.on_behalf_of) == (
                request.delegation, request.kind, request.on_behalf_of)
            for _, r in on_list(requests, place)):
        raise FloorRefused(words(ALREADY_WAITING))  # a second click is not a second speech
    request = request.model_copy(update={"status": "waiting"})
    if request.kind != "point_of_order":
        return (*requests, request)
    ahead = next((i for i, r in on_list(requests, place)
                  if r.status == "waiting" and r.kind != "point_of_order"), len(requests))
    return (*requests[:ahead], request, *requests[ahead:])


def _request(requests: Requests, index: int) -> FloorRequest:
    if not 0 <= index < len(requests):
        raise NoSuchRequest(words(NO_REQUEST, index=index))
    return requests[index]


def _waiting(requests: Requests, index: int) -> FloorRequest:
    request = _request(requests, index)
    if request.status != "waiting":
        raise FloorRefused(words(NOT_WAITING, index=index))
    return request


def _with_status(requests: Requests, index: int, status: str,
                 at: dict[str, dt.datetime | None] | None = None) -> Requests:
    changed = requests[index].model_copy(update={"status": status, **(at or {})})
    return (*requests[:index], changed, *requests[index + 1:])


def withdraw(requests: Requests, index: int) -> Requests:
    """The request marked withdrawn; it keeps its place, as a request nobody will call."""
    if _request(requests, index).status == "withdrawn":
        return requests
    _waiting(requests, index)
    return _with_status(requests, index, "withdrawn")


def position(requests: Requests, index: int) -> int:
    """The place of a waiting request among the waiting ones of its list, from 0."""
    request = _waiting(requests, index)
    waiting = [i for i, r in on_list(requests, ListPlace.of(request)) if r.status == "waiting"]
    return waiting.index(index)


def move(requests: Requests, index: int, to: int) -> Requests:
    """The waiting request moved to place `to` among the waiting requests of its list (0: the
    next to be called; beyond the last: last); the others keep their order."""
    request = _waiting(requests, index)
    rest = (*requests[:index], *requests[index + 1:])
    waiting = [i for i, r in on_list(rest, ListPlace.of(request)) if r.status == "waiting"]
    if not waiting:
        return requests
    at = waiting[max(to, 0)] if to < len(waiting) else waiting[-1] + 1
    return (*rest[:at], request, *rest[at:])


def move_up(requests: Requests, index: int) -> Requests:
    return move(requests, index, max(position(requests, index) - 1, 0))


def move_down(requests: Requests, index: int) -> Requests:
    return move(requests, index, position(requests, index) + 1)


def finish(requests: Requests, place: ListPlace,
           at: dt.datetime | None = None) -> tuple[Requests, list[FloorRequest]]:
    """The speech under way ended (at `at`): the new requests and the speeches that ended."""
    speaking = [i for i, r in on_list(requests, place) if r.status == "speaking"]
    if not speaking:
        raise FloorRefused(words(NOBODY_SPEAKING))
    for i in speaking:
        requests = _with_status(requests, i, "done", {"ended_at": at} if at else None)
    return requests, [requests[i] for i in speaking]


def call_next(requests: Requests, place: ListPlace,
              at: dt.datetime | None = None) -> tuple[Requests, list[FloorRequest]]:
    """The first waiting request given the floor (at `at`); whoever had it has finished
    (those speeches are returned, as `finish` returns them)."""
    waiting = next((i for i, r in on_list(requests, place) if r.status == "waiting"), None)
    if waiting is None:
        raise FloorRefused(words(NOBODY_WAITING))
    ended: list[FloorRequest] = []
    if any(r.status == "speaking" for _, r in on_list(requests, place)):
        requests, ended = finish(requests, place, at)
    return _with_status(requests, waiting, "speaking", {"called_at": at} if at else None), ended


def spoke(requests: Requests, index: int,
          at: dt.datetime | None = None) -> tuple[Requests, list[FloorRequest]]:
    """The Secretariat's record that the request was heard: a waiting or speaking request
    done (ended at `at`), returned as the speech that ended; one already done is left as it
    is (nothing ended). A withdrawn request is refused."""
    request = _request(requests, index)
    if request.status == "done":
        return requests, []
    if request.status == "withdrawn":
        raise FloorRefused(words(WITHDRAWN, index=index))
    requests = _with_status(requests, index, "done", {"ended_at": at} if at else None)
    return requests, [requests[index]]
