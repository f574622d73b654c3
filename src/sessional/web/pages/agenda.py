"""Agendas: items with sub-items, each body's own numbers, joint items; and the meetings."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model.edits import Edit
from ...services import Conflict, InputError
from ...services.joint import join_items, separate_items
from .base import Page, call, fault_lines, open_page, see_other
from .editing import base_of, conflict_page, send
from .records import load

router = APIRouter(include_in_schema=False)
SUB_ITEM = re.compile(r"^\(?([a-z]{1,2})[).]\s*(.+)$")
KINDS = ("substantive", "organizational", "adoption_of_report")


async def _show(page: Page, key: str, template: str, section: str, status: int = 200,
                errors: list[str] | None = None) -> Response:
    return (await load(page, key)).render(page, template, section, status, errors, kinds=KINDS)


@router.get("/records/{key}/agenda")
async def agenda(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key, "agenda.html", "agenda")


def sub_items(text: str, lang: str) -> list[dict[str, Any]]:
    """'(a) Title' / 'a) Title' / 'a. Title' lines -> sub-items."""
    out = []
    for line in text.splitlines():
        found = SUB_ITEM.match(line.strip())
        if found:
            out.append({"letter": found.group(1), "title": {lang: found.group(2).strip()}})
        elif line.strip():
            raise ValueError(line.strip())
    return out


def _item(page: Page, lang: str) -> dict[str, Any]:
    item: dict[str, Any] = {"number": page.field("number"),
                            "kind": page.field("kind") or "substantive",
                            "title": {lang: page.field("title")} if page.field("title") else {}}
    subs = sub_items(page.form.get("sub_items", ""), lang)
    if subs:
        item["sub_items"] = subs
    if page.field("joint"):
        item["joint"] = page.field("joint")
    return item


@router.post("/records/{key}/agenda")
async def change_agenda(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    back = f"/records/{key}/agenda"

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, "agenda.html", "agenda", 422, errors)

    action, body = page.field("action"), page.field("body")
    lang = page.field("lang") or "en"
    if action in {"add", "replace"}:
        try:
            element = _item(page, lang)
        except ValueError as err:
            return await again([page.tr("Sub-items: '%(line)s' does not start with a letter "
                                        "such as (a)", line=str(err))])
        number = page.field("old_number") or element["number"]
        edit = Edit(action, "agenda_items", {"body": body},  # type: ignore[arg-type]
                    number if action == "replace" else None, element)
    elif action == "remove":
        edit = Edit("remove", "agenda_items", {"body": body}, page.field("number"))
    else:
        return await again([page.tr("Unknown action.")])
    return await send(page, key, edit, back, again, base_of(page))


@router.get("/records/{key}/joint-items")
async def joint_items(key: str) -> Response:
    return see_other(f"/records/{key}/agenda#joint-items")


@router.post("/records/{key}/joint-items")
async def change_joint_items(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    joint, base = page.field("joint"), base_of(page)
    numbers = {name[len("number-"):]: page.field(name) for name in page.form
               if name.startswith("number-")}
    if page.field("action") == "separate":
        work = lambda: separate_items(page.ws, page.me, key, joint, base)  # noqa: E731
    else:
        work = lambda: join_items(page.ws, page.me, key, joint, numbers, base)  # noqa: E731
    try:
        done = await call(page, work)
    except Conflict as err:
        yours = {"separate": joint} if page.field("action") == "separate" else {
            "key": joint, "numbers": {b: n for b, n in numbers.items() if n}}
        return conflict_page(page, key, page.say(err.words) or str(err),
                             f"/records/{key}/agenda", yours,
                             (err.current.data if err.current else {}).get("joint_items"),
                             err.current)
    except (InputError, ValueError) as err:  # RecordInvalid is a ValueError
        return await _show(page, key, "agenda.html", "agenda", 422, fault_lines(err, page))
    return see_other(f"/records/{key}/agenda?saved={done.revision}#joint-items")


@router.get("/records/{key}/meetings")
async def meetings(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key, "meetings.html", "meetings")


@router.post("/records/{key}/meetings")
async def change_meetings(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    back = f"/records/{key}/meetings"

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, "meetings.html", "meetings", 422, errors)

    action, body = page.field("action"), page.field("body")
    scope = {"body": body}
    if action == "add":
        number = page.field("number")
        if not number.isdigit():
            return await again([page.tr("Meeting number: a whole number, e.g. 1")])
        element: dict[str, Any] = {"number": int(number)}
        if page.field("date"):
            element["date"] = page.field("date")
        items = [i.strip() for i in re.split(r"[,\s]+", page.field("items")) if i.strip()]
        if items:
            element["items"] = items
        edit = Edit("add", "meetings", scope, None, element)
    elif action == "remove":
        edit = Edit("remove", "meetings", scope, page.field("number"))
    elif action == "status":
        edit = Edit("set_status", "meetings", scope, None,
                    {"status": page.field("status"), "note": page.field("note") or None})
    else:
        return await again([page.tr("Unknown action.")])
    return await send(page, key, edit, back, again, base_of(page))
