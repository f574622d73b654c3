"""A record's revisions: who, when, what; what one changed, fact by fact; two compared; restore."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...services import Conflict
from .base import Page, call, open_page, see_other
from .records import load

router = APIRouter(include_in_schema=False)


def _text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _number(page: Page, name: str) -> int | None:
    text = page.request.query_params.get(name, "")
    return int(text) if text.isdigit() and 0 < int(text) < 2**31 else None


@router.get("/records/{key}/history")
async def history(key: str, request: Request) -> Response:
    page = await open_page(request)
    ctx = await load(page, key)
    revisions = await call(page, lambda: page.ws.history(page.me, key, 0, 200))
    shown, against = _number(page, "show"), _number(page, "against")
    changes: list[Any] = []
    if shown is not None:
        found = await call(page, lambda: page.ws.changes(page.me, key, shown, against))
        changes = [{"path": c.path, "kind": c.kind, "before": _text(c.before),
                    "after": _text(c.after)} for c in found]
    return ctx.render(page, "history.html", "history", revisions=revisions, shown=shown,
                      against=against, changes=changes)


@router.post("/records/{key}/history")
async def restore(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    number, base = page.field("restore"), page.field("base_revision")
    if not (number.isdigit() and base.isdigit()):
        return page.refused(422, page.tr("Choose a revision to restore."))
    try:
        done = await call(page, lambda: page.ws.restore(page.me, key, int(number), int(base)))
    except Conflict as err:
        return page.refused(409, str(err))
    return see_other(f"/records/{key}/history?saved={done.revision}")
