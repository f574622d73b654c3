"""Bodies and their sessions: names per language, dates, venue, ordinal, meetings held."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model import LANGUAGES
from ...model.edits import Edit
from .base import Page, open_page
from .editing import base_of, send
from .records import load

router = APIRouter(include_in_schema=False)


async def _show(page: Page, key: str, status: int = 200,
                errors: list[str] | None = None) -> Response:
    return (await load(page, key)).render(page, "sessions.html", "sessions", status, errors,
                                          report_languages=LANGUAGES)


@router.get("/records/{key}/sessions")
async def sessions(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key)


def _known_or_unknown(page: Page, name: str, number: bool = False) -> Any:
    text = page.field(name)
    if not text:
        return {"status": "unknown"}
    return int(text) if number and text.isdigit() else text


def _session(page: Page, current: dict[str, Any]) -> dict[str, Any]:
    session = dict(current)
    start, end = page.field("start"), page.field("end")
    session["dates"] = {"start": start, "end": end} if start or end else {"status": "unknown"}
    session["ordinal"] = _known_or_unknown(page, "ordinal", number=True)
    session["meetings_held"] = _known_or_unknown(page, "meetings_held", number=True)
    venue = dict(session.get("venue", {}))
    for lang in LANGUAGES:
        value = page.field(f"venue_{lang}")
        if value:
            venue[lang] = value
        else:
            venue.pop(lang, None)
    session["venue"] = venue
    return session


@router.post("/records/{key}/sessions")
async def change_sessions(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    back = f"/records/{key}/sessions"

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, 422, errors)

    ctx = await load(page, key)
    target = page.field("body")
    data = ctx.view.data
    action = page.field("action")
    if action == "session":
        current = next((s for s in data["sessions"] if s["body"] == target), None)
        if current is None:
            return await again([page.tr("No session of this body.")])
        edit = Edit("replace", "sessions", {}, target, _session(page, current))
    elif action == "body":
        current = next((b for b in data["bodies"] if b["key"] == target), None)
        if current is None:
            return await again([page.tr("No such body.")])
        body = dict(current)
        body["name"] = {lang: page.field(f"name_{lang}") for lang in LANGUAGES
                        if page.field(f"name_{lang}")}
        body["symbol_series"] = page.field("symbol_series")
        edit = Edit("replace", "bodies", {}, target, body)
    else:
        return await again([page.tr("Unknown action.")])
    return await send(page, key, edit, back, again, base_of(page))
