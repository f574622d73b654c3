"""Attendance by participation category: names pasted or typed in any language, old names and
codes resolved as of the meeting date; unresolved ones kept and listed; non-parties flagged."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model import ORGANIZATION_CATEGORIES, STATE_CATEGORIES
from ...model.edits import Edit
from ...services import InputError
from ...services.display import organization_shown, states_shown
from ...services.pasting import add_attendees, forget_unresolved
from .base import N_, Page, call, fault_lines, open_page, see_other
from .editing import base_of, send
from .records import load

router = APIRouter(include_in_schema=False)
LABELS = {
    "states_parties": N_("States parties"), "signatories": N_("Signatory States"),
    "observer_states": N_("Observer States"),
    "regional_economic_integration_organizations":
        N_("Regional economic integration organizations"),
    "un_secretariat_units": N_("United Nations Secretariat units"),
    "un_funds_and_programmes": N_("United Nations funds and programmes"),
    "specialized_agencies": N_("Specialized agencies"),
    "intergovernmental_organizations": N_("Intergovernmental organizations"),
    "non_governmental_organizations": N_("Non-governmental organizations"),
}
STATUS_LABELS = {"complete": N_("complete"), "partial": N_("partial: more to come"),
                 "unknown": N_("unknown")}


def categories(page: Page, record: Any) -> list[dict[str, Any]]:
    out = []
    for name in (*STATE_CATEGORIES, *ORGANIZATION_CATEGORIES):
        facts = getattr(record.attendance, name)
        if name in STATE_CATEGORIES:
            shown = states_shown(list(facts.items), page.lang, record)
        else:
            shown = [organization_shown(ref, page.lang) for ref in facts.items]
        path = f"$.attendance.{name}"
        out.append({"name": name, "label": LABELS[name], "status": facts.status,
                    "entries": shown, "path": path, "states": name in STATE_CATEGORIES,
                    "unresolved": [u for u in record.unresolved_names if u.path == path]})
    return out


async def _show(page: Page, key: str, status: int = 200, errors: list[str] | None = None,
                pasted: Any = None) -> Response:
    ctx = await load(page, key)
    shown = await call(page, lambda: page.snapshots.derived(
        ctx.snapshot, "attendance", page.lang, lambda: categories(page, ctx.record)))
    return ctx.render(page, "attendance.html", "attendance", status, errors, categories=shown,
                      pasted=pasted, status_labels=STATUS_LABELS)


@router.get("/records/{key}/attendance")
async def attendance(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key)


@router.post("/records/{key}/attendance")
async def change_attendance(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    back = f"/records/{key}/attendance"
    action, category = page.field("action"), page.field("category")

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, 422, errors)

    if category not in LABELS:
        return await again([page.tr("Unknown participation category.")])
    try:
        if action == "paste":
            result = await call(page, lambda: add_attendees(
                page.ws, page.me, key, category, page.form.get("names", ""), page.lang))
            return await _show(page, key, pasted={"category": category, "result": result})
        if action == "forget":
            await call(page, lambda: forget_unresolved(page.ws, page.me, key,
                                                       page.form.get("text", ""),
                                                       f"$.attendance.{category}"))
            return see_other(back)
    except InputError as err:
        return await again(fault_lines(err, page))
    if action == "remove":
        edit = Edit("remove", "attendance", {"category": category}, page.field("code"))
    elif action == "status":
        edit = Edit("set_status", "attendance", {"category": category}, None,
                    {"status": page.field("status"), "note": page.field("note") or None})
    else:
        return await again([page.tr("Unknown action.")])
    return await send(page, key, edit, back, again, base_of(page))
