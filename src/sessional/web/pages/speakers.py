"""The list of speakers in the room: the chair's console, a delegation's page and the
projector. Each page is rendered with the list as it is and kept current by the stream of the
lists (static/speakers.js, GET …/speakers/events); its buttons call the API (…/speakers).
Opened without an agenda item or a meeting, a page asks for them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError

from ...model import LANGUAGES, ItemRef
from ...model.speakers import FloorRequest, ListPlace
from ...services import floor
from ...services.display import speaker_names
from ...services.floor_access import may
from ...services.floor_timer import Timer, place_key
from .base import N_, Page, PageRefused, call, open_page
from .records import RecordContext, load

router = APIRouter(include_in_schema=False)
View = Literal["chair", "delegation", "projector"]
SHOWN_NEXT = 5  # the next speakers the console and the projector show
KINDS = {"statement": N_("statement"), "on_behalf": N_("on behalf of a group"),
         "right_of_reply": N_("right of reply"), "point_of_order": N_("point of order"),
         "panel": N_("panel contribution"), "presentation": N_("presentation")}
LABELS = {  # what the script writes, in the page's language
    "nobody_speaking": N_("Nobody has the floor"), "nobody_waiting": N_("Nobody is waiting"),
    "closed": N_("The list is closed"), "open": N_("The list is open"),
    "my_place": N_("Your place in the list: %(n)s"), "speaking": N_("You have the floor"),
    "not_asked": N_("You have not asked for the floor"),
    "reconnecting": N_("Connection lost: reconnecting…"), "secretariat": N_("Secretariat"),
    "on_behalf": N_("on behalf of %(group)s"),
}


def list_place(request: Request) -> ListPlace:
    query = request.query_params
    body, number = query.get("body"), query.get("item")
    if query.get("at"):  # the form's choice of an agenda item: "TA:3"
        body, _, number = query["at"].rpartition(":")
    try:
        item = ItemRef(body=body or None, number=number) if number else None
        meeting = int(query["meeting"]) if query.get("meeting") else None
        return ListPlace(item=item, meeting=meeting)
    except (ValidationError, ValueError):
        raise PageRefused(422, N_("This list of speakers is named by an agenda item (body and "
                                  "number) and a meeting number.")) from None


def labels(page: Page) -> dict[str, str]:
    return {name: page.tr(text) for name, text in LABELS.items()} | {
        f"kind_{kind}": page.tr(text) for kind, text in KINDS.items()}


def named(request: FloorRequest, names: dict[str, str], tr: Any) -> str:
    who = request.delegation
    if who.state:
        return names.get(f"S:{who.state}", who.state)
    if who.organization:
        return names.get(f"O:{who.organization.key}", who.organization.key or "?")
    return str(tr(LABELS["secretariat"]))


@dataclass(frozen=True)
class OpenList:
    """A list of speakers a page shows: the record, where the list is, the list, the names."""

    ctx: RecordContext
    place: ListPlace
    shown: Any  # the list as services.floor gives it
    names: dict[str, str]


async def open_list(page: Page, request: Request, key: str, view: str) -> OpenList | Response:
    """The list the page's query names, or the page that asks which list (none named)."""
    place = list_place(request)
    ctx = await load(page, key)
    if place.item is None and place.meeting is None:
        return choose_list(page, ctx, view)
    found = await call(page, lambda: floor.speaker_lists(page.ws, page.me, key, place))
    [shown] = found.lists
    return OpenList(ctx, place, shown, speaker_names(ctx.record, page.lang))


async def _show(request: Request, view: View, key: str) -> Response:
    page = await open_page(request)
    if view == "projector":
        chosen = request.query_params.get("lang")
        page.lang = chosen if chosen in LANGUAGES else page.lang  # the room's language
    opened = await open_list(page, request, key, view)
    if isinstance(opened, Response):
        return opened
    ctx, place, shown, names = opened.ctx, opened.place, opened.shown, opened.names
    requests = [{"index": i, "name": named(r, names, page.tr), "kind": r.kind,
                 "status": r.status, "state": r.delegation.state} for i, r in shown.requests]
    timer = request.app.state.floor_feed.timer(key, _place_key(place))
    return ctx.render(
        page, f"speakers_{view}.html", "speakers", view=view, place=place,
        place_json=json.dumps(place.model_dump(mode="json")),
        names_json=json.dumps(names, ensure_ascii=False),
        labels_json=json.dumps(labels(page), ensure_ascii=False), closed=shown.closed,
        current=next((r for r in requests if r["status"] == "speaking"), None),
        waiting=[r for r in requests if r["status"] == "waiting"], shown_next=SHOWN_NEXT,
        kinds=KINDS, timer=timer, countdown=_countdown(timer), query=request.url.query,
        edits=may(page.me, "move"))


def _place_key(place: ListPlace) -> str:
    return place_key(place.model_dump(mode="json"))


def _countdown(timer: Timer) -> str:
    left = int(timer.left)
    return f"{left // 60}:{left % 60:02d}"


def agenda_items(ctx: RecordContext, page: Page) -> list[tuple[str, str, str]]:
    """(body, number, title in the page's language, else as the record has it) of each item."""
    return [(s.body, i.number, i.title.get(page.lang) or next(iter(i.title.values()), ""))
            for s in ctx.record.sessions for i in s.agenda.items]


def choose_list(page: Page, ctx: RecordContext, view: str) -> Response:
    """The page of no list yet: a form choosing the agenda item and the meeting."""
    return ctx.render(page, "speakers_choose.html", "speakers", view=view,
                      items=agenda_items(ctx, page))


@router.get("/records/{key}/speakers")
async def speaker_lists(key: str, request: Request) -> Response:
    page = await open_page(request)
    ctx = await load(page, key)
    found = await call(page, lambda: floor.speaker_lists(page.ws, page.me, key))
    return ctx.render(page, "speakers.html", "speakers", lists=found.lists,
                      items=agenda_items(ctx, page), edits=may(page.me, "move"))


@router.get("/records/{key}/speakers/chair")
async def chair_console(key: str, request: Request) -> Response:
    return await _show(request, "chair", key)


@router.get("/records/{key}/speakers/delegation")
async def delegation_page(key: str, request: Request) -> Response:
    return await _show(request, "delegation", key)


@router.get("/records/{key}/speakers/projector")
async def projector(key: str, request: Request) -> Response:
    return await _show(request, "projector", key)
