"""The lists of speakers as they change, pushed to the pages (Server-Sent Events).

`GET /api/records/{key}/speakers/events` streams one event per change of the record's lists
(`id`: the record's sequence number of the change; `data`: the lists after it, as
`GET …/speakers` gives them). A page that reconnects with `Last-Event-ID` is sent every event
after that one; one the server no longer keeps (or never sent) gets a `snapshot` event with
the lists as they are. Every page gets a snapshot first when it gives no id.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Body, Header
from pydantic import BaseModel, Field
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from ..model.speakers import ListPlace
from ..services import User, Workspace, floor
from ..services.floor_access import require_floor_allowed
from ..services.floor_feed import Dropped, FloorEvent, FloorFeed, Listener
from ..services.floor_timer import TimerAction
from .auth import CurrentUser, CurrentWorkspace
from .records import READ, WRITE, Key
from .speakers import Feed, lists_out

router = APIRouter(prefix="/api/records/{key}/speakers", tags=["speakers"])
PING_SECONDS = 15  # a comment line now and then keeps proxies from closing a quiet stream
RETRY_MS = 1000  # how soon a browser tries again after losing the stream


@router.get("/events", responses=READ | {200: {
        "content": {"text/event-stream": {}},
        "description": "One event per change of the lists; `snapshot` for the lists as they are"}},
        summary="The lists of speakers as they change (Server-Sent Events)")
async def speaker_events(
        key: Key, user: CurrentUser, ws: CurrentWorkspace, feed: Feed,
        last_event_id: Annotated[str | None, Header(
            max_length=20, description="The id of the last event the page saw")] = None,
) -> EventSourceResponse:
    await run_in_threadpool(ws.latest_revision, user, key)  # 404 for no such record
    last = int(last_event_id) if last_event_id and last_event_id.isdigit() else None
    return EventSourceResponse(_stream(feed, ws, user, key, last), ping=PING_SECONDS)


async def _stream(feed: FloorFeed, ws: Workspace, user: User, key: str,
                  last: int | None) -> AsyncIterator[bytes]:
    with feed.listening(key) as listener:
        missed = feed.after(key, last)  # read together with the start of listening
        if missed is None:
            missed = [await _snapshot(feed, ws, user, key, listener)]
        sent = last or 0
        for event in missed:
            yield _sse(event)
            sent = event.id
        while True:
            try:
                event = await listener.next()
            except Dropped:  # too far behind: the page reconnects and catches up
                return
            if event.id > sent:
                yield _sse(event)
                sent = event.id


async def _snapshot(feed: FloorFeed, ws: Workspace, user: User, key: str,
                    listener: Listener) -> FloorEvent:
    latest = feed.latest(key)
    if latest is not None and latest.id == listener.since:
        return FloorEvent(latest.id, latest.data, snapshot=True)
    found = await run_in_threadpool(floor.speaker_lists, ws, user, key)
    return FloorEvent(listener.since, feed.data(key, lists_out(found).model_dump(mode="json")),
                      snapshot=True)


@lru_cache(maxsize=64)
def _sse(event: FloorEvent) -> bytes:
    """The event as sent: encoded once, however many pages it goes to."""
    return ServerSentEvent(event.data, id=str(event.id), retry=RETRY_MS,
                           event="snapshot" if event.snapshot else "lists").encode()


class TimerIn(BaseModel):
    place: ListPlace
    action: TimerAction
    limit: int | None = Field(default=None, ge=10, le=3600,
                              description="The list's speaking time in seconds, from now on")


class TimerOut(BaseModel):
    event: int = Field(description="The id of the event that tells the pages")


@router.post("/list/timer", response_model=TimerOut, responses=WRITE,
             summary="Start, stop or reset the speaking time of a list (the chair)")
async def speaking_time(key: Key, change: Annotated[TimerIn, Body()], user: CurrentUser,
                        ws: CurrentWorkspace, feed: Feed) -> TimerOut:
    """The timer lives in the server's memory; every page counts it down from the event."""
    require_floor_allowed(user, "time")
    found = await run_in_threadpool(floor.speaker_lists, ws, user, key)
    event = feed.time(key, lists_out(found).model_dump(mode="json"),
                      change.place.model_dump(mode="json"), change.action, change.limit)
    return TimerOut(event=event.id)
