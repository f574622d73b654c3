"""The lists of speakers over the API: read them, ask for the floor, withdraw, reorder, call
the next speaker, end a speech, close and reopen a list (services/floor.py).

A request is named by its index in the record's requests for the floor (GET gives it). What a
list refuses (a closed list, nobody waiting) is answered 409 in the language of the user's
pages (their choice, else the browser's), 404 for an index that names no request. Each
change reaches the pages listening (web/speaker_events.py) before its answer is sent, as every
other change of the lists does (web/speaker_news.py).
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from ..model import FloorRequest, ItemRef
from ..model.bodies import KEY_PATTERN
from ..model.floor import FloorRefused, NoSuchRequest
from ..model.sessions import ITEM_NUMBER
from ..model.speakers import ListPlace
from ..model.wording import say
from ..services import floor
from ..services.floor_access import FloorAction
from ..services.floor_feed import FloorFeed
from .auth import CurrentUser, CurrentWorkspace
from .convert import edit_out
from .pages.i18n import LANGUAGE_COOKIE, pick_language, translations
from .records import READ, WRITE, Key
from .schemas import EditOut, Out, ValueIn


async def floor_feed(request: Request) -> FloorFeed:
    """The app's feed; its news (web/speaker_news.py) is handed to this event loop."""
    request.app.state.speaker_news.bind(asyncio.get_running_loop())
    found: FloorFeed = request.app.state.floor_feed
    return found


Feed = Annotated[FloorFeed, Depends(floor_feed)]

router = APIRouter(prefix="/api/records/{key}/speakers", tags=["speakers"])
Index = Annotated[int, Path(ge=0, le=100_000, description="The request's index (GET gives it)")]
Base = Annotated[int | None, Query(ge=1, le=2**31 - 1, description=(
    "The revision the index was read from: refused (409) if another request is there since"))]
REFUSED = WRITE | {409: {"description": "The list does not allow it (closed, nobody waiting "
                              "...): `detail` says why in the user's language"}}


class SpeakerOut(Out):
    index: int = Field(description="Names the request in the actions below")
    request: FloorRequest


class ListOut(Out):
    place: ListPlace
    closed: bool
    speakers: list[SpeakerOut] = Field(description="In the order they will be called")


class ListsOut(Out):
    revision: int
    lists: list[ListOut]


class MoveIn(BaseModel):
    """Exactly one of: `position` among the waiting requests of the list (0: the next to be
    called), or a `step` up or down."""

    position: int | None = Field(default=None, ge=0, le=100_000)
    step: Literal["up", "down"] | None = None

    @model_validator(mode="after")
    def _one(self) -> MoveIn:
        if (self.position is None) == (self.step is None):
            raise ValueError("give either position or step")
        return self


@router.get("", response_model=ListsOut, responses=READ, summary="The lists of speakers")
def get_speakers(
        key: Key, user: CurrentUser, ws: CurrentWorkspace,
        body: Annotated[str | None, Query(pattern=KEY_PATTERN, description="Body of the item")]
        = None,
        item: Annotated[str | None, Query(pattern=ITEM_NUMBER, description="Agenda item")]
        = None,
        meeting: Annotated[int | None, Query(ge=1, le=9999)] = None) -> ListsOut:
    """Every list of the record; with `item` (and `body`) and/or `meeting`, that list only."""
    place = None
    if item is not None or meeting is not None:
        place = ListPlace(item=ItemRef(body=body, number=item) if item else None,
                          meeting=meeting)
    return lists_out(floor.speaker_lists(ws, user, key, place))


def lists_out(found: floor.SpeakerLists) -> ListsOut:
    return ListsOut(revision=found.revision, lists=[
        ListOut(place=s.place, closed=s.closed,
                speakers=[SpeakerOut(index=i, request=r) for i, r in s.requests])
        for s in found.lists])


@router.post("", response_model=EditOut, responses=REFUSED, summary="Ask for the floor")
async def inscribe(key: Key, change: ValueIn[FloorRequest], user: CurrentUser,
                   ws: CurrentWorkspace) -> EditOut:
    """Last on its list, or a point of order ahead of the waiting speakers; refused (409) on
    a closed list. A delegate asks for its own delegation only."""
    return edit_out(await floor.inscribe(ws, user, key, change.value))


@router.post("/{index}/withdraw", response_model=EditOut, responses=REFUSED,
             summary="Withdraw a request for the floor")
async def withdraw(key: Key, index: Index, user: CurrentUser, ws: CurrentWorkspace,
                   base_revision: Base = None) -> EditOut:
    return edit_out(await floor.withdraw(ws, user, key, index, base_revision))


@router.post("/{index}/spoken", response_model=EditOut, responses=REFUSED,
             summary="Record that a request was heard (the secretariat)")
async def spoken(key: Key, index: Index, user: CurrentUser, ws: CurrentWorkspace,
                 base_revision: Base = None) -> EditOut:
    """The request done and entered among the statements, as a speech the chair ended."""
    return edit_out(await floor.spoke(ws, user, key, index, base_revision))


@router.post("/{index}/move", response_model=EditOut, responses=REFUSED,
             summary="Move a waiting request")
async def move(key: Key, index: Index, to: MoveIn, user: CurrentUser,
               ws: CurrentWorkspace, base_revision: Base = None) -> EditOut:
    target = to.step if to.step is not None else to.position
    assert target is not None
    return edit_out(await floor.move(ws, user, key, index, target, base_revision))


def _place_route(path: str, action: FloorAction, summary: str) -> None:
    async def endpoint(key: Key, user: CurrentUser, ws: CurrentWorkspace,
                       place: Annotated[ListPlace, Body()]) -> EditOut:
        return edit_out(await floor.run_list(ws, user, key, action, place))

    endpoint.__name__ = action
    router.add_api_route(path, endpoint, methods=["POST"], response_model=EditOut,
                         responses=REFUSED, summary=summary)


_place_route("/list/call-next", "call_next", "Call the next speaker (the speech under way ends)")
_place_route("/list/finish", "finish", "End the speech under way")
_place_route("/list/close", "close", "Close a list of speakers")
_place_route("/list/reopen", "reopen", "Reopen a list of speakers")


async def floor_refused(request: Request, err: Exception) -> Response:
    assert isinstance(err, FloorRefused)
    lang = pick_language(request.cookies.get(LANGUAGE_COOKIE),
                         request.headers.get("accept-language"))
    status = 404 if isinstance(err, NoSuchRequest) else 409
    detail = str(err) if lang == "en" else say(err.words, lang, translations(lang))
    return JSONResponse({"detail": detail},
                        status_code=status, headers={"Content-Language": lang})
