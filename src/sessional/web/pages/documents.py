"""Documents by their UN symbol (parsed and checked as it is typed), and the symbol check."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from ...model.edits import Edit
from ...services.display import symbol_check
from .base import Page, open_page
from .editing import base_of, send
from .records import load

router = APIRouter(include_in_schema=False)


async def _show(page: Page, key: str, status: int = 200,
                errors: list[str] | None = None) -> Response:
    return (await load(page, key)).render(page, "documents.html", "documents", status, errors)


@router.get("/records/{key}/documents")
async def documents(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key)


@router.get("/ui/symbol")
async def check_symbol(request: Request) -> Response:
    """For the page's script: the symbol as the UN writes it, or why it is not one."""
    page = await open_page(request)
    symbol, why = symbol_check(request.query_params.get("text", "")[:200])
    return JSONResponse({"symbol": symbol, "error": page.tr(
        "Not a document symbol: %(why)s", why=page.say(why)) if why else ""})


def _document(page: Page, symbol: str) -> dict[str, Any]:
    lang = page.field("lang") or "en"
    bodies = page.lists.get("bodies", [])
    items = [{"body": bodies[0] if len(bodies) == 1 else None, "number": n}
             for n in re.split(r"[,\s]+", page.field("items")) if n.strip()]
    doc: dict[str, Any] = {"symbol": symbol, "title": {lang: page.field("title")}
                           if page.field("title") else {}, "bodies": bodies}
    if items:
        doc["items"] = [{k: v for k, v in i.items() if v is not None} for i in items]
    return doc


@router.post("/records/{key}/documents")
async def change_documents(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    back = f"/records/{key}/documents"

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, 422, errors)

    action = page.field("action")
    if action == "add":
        symbol, why = symbol_check(page.field("symbol"))
        if symbol is None or why is not None:
            return await again([page.tr("Symbol: %(why)s", why=page.say(why))])
        if not page.lists.get("bodies"):
            return await again([page.tr("Bodies: tick the body or bodies that had the "
                                        "document before them.")])
        edit = Edit("add", "documents", {}, None, _document(page, symbol))
    elif action == "remove":
        edit = Edit("remove", "documents", {}, page.field("symbol"))
    elif action == "status":
        edit = Edit("set_status", "documents", {}, None,
                    {"status": page.field("status"), "note": page.field("note") or None})
    else:
        return await again([page.tr("Unknown action.")])
    return await send(page, key, edit, back, again, base_of(page))
