"""Officers (chair, vice-chairs, rapporteur, panellists) and statements under agenda items."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model.edits import Edit
from ...services.display import choose_state, state_shown
from .base import N_, Page, open_page
from .editing import base_of, send
from .records import load

router = APIRouter(include_in_schema=False)
ROLES = {"chair": N_("Chair"), "vice_chair": N_("Vice-Chair"), "president": N_("President"),
         "vice_president": N_("Vice-President"), "rapporteur": N_("Rapporteur"),
         "panellist": N_("Panellist"), "moderator": N_("Moderator")}
KINDS = {"statement": N_("statements"), "presentation": N_("presentations"),
         "panel": N_("panel contributions"), "right_of_reply": N_("rights of reply")}


async def _show(page: Page, key: str, template: str, section: str, status: int = 200,
                errors: list[str] | None = None) -> Response:
    ctx = await load(page, key)
    on = ctx.record.first_day

    def state(code: str | None) -> str:
        return state_shown(code, page.lang, on, None).name if code else ""

    return ctx.render(page, template, section, status, errors, roles=ROLES, kinds=KINDS,
                      state=state)


@router.get("/records/{key}/officers")
async def officers(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key, "officers.html", "officers")


@router.post("/records/{key}/officers")
async def change_officers(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, "officers.html", "officers", 422, errors)

    if page.field("action") == "remove":
        edit = Edit("remove", "officers", {}, page.field("index"))
    else:
        ctx = await load(page, key)
        person: dict[str, Any] = {"name": page.field("name"), "role": page.field("role")}
        if page.field("state"):
            code = choose_state(page.field("state"), ctx.record.first_day)
            if code is None:
                return await again([page.tr("State: '%(text)s' is not a State the reference "
                                            "data knows", text=page.field("state"))])
            person["state"] = code
        if page.lists.get("bodies"):
            person["bodies"] = page.lists["bodies"]
        edit = Edit("add", "officers", {}, None, person)
    return await send(page, key, edit, f"/records/{key}/officers", again, base_of(page))


@router.get("/records/{key}/statements")
async def statements(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key, "statements.html", "statements")


def _items(page: Page) -> list[dict[str, Any]]:
    body = page.field("body")
    return [{"body": body, "number": n} for n in re.split(r"[,\s]+", page.field("items")) if n]


@router.post("/records/{key}/statements")
async def change_statements(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, "statements.html", "statements", 422, errors)

    action = page.field("action")
    if action == "group":
        group = {"kind": page.field("kind") or "statement",
                 "items": {"status": "complete", "items": _items(page)}}
        edit = Edit("add", "statement_groups", {}, None, group)
    elif action == "statement":
        ctx = await load(page, key)
        code = choose_state(page.field("state"), ctx.record.first_day)
        if code is None:
            return await again([page.tr("State: '%(text)s' is not a State the reference "
                                        "data knows", text=page.field("state"))])
        statement: dict[str, Any] = {"delegation": {"state": code}}
        if page.field("on_behalf_of"):
            statement["on_behalf_of"] = page.field("on_behalf_of")
        edit = Edit("add", "statements", {"group": page.field("group")}, None, statement)
    elif action == "remove":
        edit = Edit("remove", "statements", {"group": page.field("group")},
                    page.field("index"))
    else:
        return await again([page.tr("Unknown action.")])
    return await send(page, key, edit, f"/records/{key}/statements", again, base_of(page))
