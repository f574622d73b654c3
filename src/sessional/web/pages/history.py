"""A record's revisions: who, when, what; what one changed, fact by fact; two compared; restore."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model.labels import FIELD_LABELS
from ...services import Conflict
from .base import N_, Page, call, open_page, see_other
from .records import load

router = APIRouter(include_in_schema=False)
ACTIONS = {  # what a revision did, as its operation records it (services, model/edits.py)
    "create": N_("created"), "demo": N_("example loaded"), "import": N_("imported"),
    "new meeting": N_("new meeting"), "replace": N_("replaced"), "restore": N_("restored"),
    "add": N_("added"), "remove": N_("removed"), "set_status": N_("status set"),
    "paste": N_("names pasted"), "inscribe": N_("inscribed"), "withdraw": N_("request withdrawn"),
    "move": N_("moved"), "call_next": N_("next speaker called"), "finish": N_("speech ended"),
    "close": N_("list closed"), "reopen": N_("list reopened"), "time": N_("speaking time set"),
}
COLLECTIONS = {**FIELD_LABELS, "translations": N_("translations")}


def what_changed(page: Page, operation: dict[str, Any]) -> str:
    """A revision's operation in the operator's language: "added · attendance · ISL"; an
    action or part of the record not known here as recorded."""
    action, collection = operation.get("action", ""), operation.get("collection", "")
    said = [page.tr(ACTIONS[action]) if action in ACTIONS else str(action),
            page.tr(COLLECTIONS[collection]) if collection in COLLECTIONS else str(collection),
            str(operation.get("key") or "")]
    return " · ".join(part for part in said if part)


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
                      against=against, changes=changes,
                      what={r.number: what_changed(page, r.operation) for r in revisions})


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
