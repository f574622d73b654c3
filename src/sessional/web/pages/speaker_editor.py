"""The secretariat's editor of a list of speakers and the printable list.

The editor shows every request of one list in order, with its kind, the group spoken for, its
status and times; the secretariat inscribes any delegation attending, moves a waiting request
up, down or by dragging it, withdraws one and records who spoke (static/speaker_editor.js,
over the API and the stream of speakers.js). Whoever the access rules do not let reorder the
list gets the refusal page. The printable list is the same table, without controls, for any
reader: what was requested, called and spoken, with the times (UTC).
"""

from __future__ import annotations

import datetime as dt
import json

from babel.lists import format_list
from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model import ORGANIZATION_CATEGORIES, STATE_CATEGORIES, Lang
from ...model.speakers import FloorRequest
from ...services.display import date_shown, organization_shown, states_shown
from ...services.floor_access import may
from .base import N_, Page, PageRefused, open_page
from .records import RecordContext
from .speakers import KINDS, labels, named, open_list

router = APIRouter(include_in_schema=False)
STATUSES = {"waiting": N_("waiting"), "speaking": N_("has the floor"), "done": N_("spoke"),
            "withdrawn": N_("withdrawn")}
EDITOR_LABELS = {
    "up": N_("Move up"), "down": N_("Move down"), "withdraw": N_("Withdraw"),
    "spoke": N_("Spoke"), "drag": N_("Drag to reorder"),
    "up_named": N_("Move %(name)s up"), "down_named": N_("Move %(name)s down"),
    "withdraw_named": N_("Withdraw the request of %(name)s"),
    "spoke_named": N_("Record that %(name)s spoke"),
    "nobody_asked": N_("Nobody has asked for the floor"),
}
NOT_EDITOR = N_("Only the secretariat edits a list of speakers; the chair's console and the "
                "printable list show it to everyone else.")


def attending(ctx: RecordContext, page: Page) -> list[tuple[str, str]]:
    """Who may be inscribed: the States then the organizations of the record's attendance,
    each once, named in the page's language in its order ("S:FRA", "O:key"), and the
    Secretariat."""
    record = ctx.record
    codes = list(dict.fromkeys(code for category in STATE_CATEGORIES
                               for code in getattr(record.attendance, category).items))
    found = [(f"S:{s.code}", s.name) for s in states_shown(codes, page.lang, record)]
    orgs = {f"O:{o.code}": o.name for category in ORGANIZATION_CATEGORIES
            for o in (organization_shown(ref, page.lang)
                      for ref in getattr(record.attendance, category).items) if o.code}
    return [*found, *sorted(orgs.items(), key=lambda o: o[1]),
            ("secretariat", page.tr("Secretariat"))]


def clock(at: dt.datetime | None, lang: Lang | None = None) -> str:
    """A time of the list as shown: hours, minutes and seconds, UTC; with its date before it (as
    the page's language writes a date) when `lang` is given, for a list over several days."""
    if at is None:
        return ""
    at = at.astimezone(dt.UTC)
    time = at.strftime("%H:%M:%S")
    return f"{date_shown(at.date(), lang)} {time}" if lang else time


def list_dates(requests: tuple[tuple[int, FloorRequest], ...], lang: Lang) -> tuple[str, bool]:
    """The UTC dates the list's times fall on, as the page's language writes them ("12 October
    2017"), and whether there are several (then each time carries its date)."""
    days = sorted({at.astimezone(dt.UTC).date() for _, r in requests
                   for at in (r.requested_at, r.called_at, r.ended_at) if at is not None})
    shown = format_list([date_shown(d, lang) for d in days], locale=lang)
    return shown, len(days) > 1


def rows(requests: tuple[tuple[int, FloorRequest], ...], names: dict[str, str],
         page: Page, dated: bool = False) -> list[dict[str, object]]:
    lang = page.lang if dated else None
    return [{"index": i, "order": order, "name": named(r, names, page.tr),
             "kind": page.tr(KINDS[r.kind]), "on_behalf_of": r.on_behalf_of or "",
             "status": r.status, "status_label": page.tr(STATUSES[r.status]),
             "requested": clock(r.requested_at, lang), "called": clock(r.called_at, lang),
             "ended": clock(r.ended_at, lang)}
            for order, (i, r) in enumerate(requests, start=1)]


async def _list_page(request: Request, key: str, view: str) -> Response:
    page = await open_page(request)
    if view == "editor" and not may(page.me, "move"):
        raise PageRefused(403, NOT_EDITOR)
    opened = await open_list(page, request, key, view)
    if isinstance(opened, Response):
        return opened
    ctx, place, shown, names = opened.ctx, opened.place, opened.shown, opened.names
    dates, several = list_dates(shown.requests, page.lang)
    table = rows(shown.requests, names, page, dated=several and view == "print")
    extra = labels(page) | {name: page.tr(text) for name, text in EDITOR_LABELS.items()} | {
        f"status_{status}": page.tr(text) for status, text in STATUSES.items()}
    return ctx.render(
        page, f"speakers_{view}.html", "speakers", view=view, place=place, rows=table,
        closed=shown.closed, kinds=KINDS, who=attending(ctx, page) if view == "editor" else [],
        place_json=json.dumps(place.model_dump(mode="json")),
        names_json=json.dumps(names, ensure_ascii=False),
        labels_json=json.dumps(extra, ensure_ascii=False), shown_next=len(table),
        current=next((r for r in table if r["status"] == "speaking"), None),
        query=request.url.query, dates=dates, several_dates=several)


@router.get("/records/{key}/speakers/editor")
async def editor(key: str, request: Request) -> Response:
    return await _list_page(request, key, "editor")


@router.get("/records/{key}/speakers/print")
async def printable(key: str, request: Request) -> Response:
    return await _list_page(request, key, "print")
