"""Narrative paragraphs per language, side by side with their source language."""

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


def places(record: Any, tr: Any) -> list[dict[str, Any]]:
    """Every place a narrative can stand: the introduction, each body's recommendations, and
    the deliberations on each substantive agenda item; each named in the operator's words."""
    out: list[dict[str, Any]] = [{"place": "introduction", "label": tr("Introduction"),
                                  "paragraphs": record.narrative.introduction,
                                  "path": "$.narrative.introduction.items"}]
    for section in ("recommendations", "deliberations"):
        for at, part in enumerate(getattr(record.narrative, section)):
            owner = part.body or part.joint_item
            place = f"{section}:{owner}" + (f":{part.item}" if part.item else "")
            out.append({"place": place, "label": place_label(place, tr),
                        "paragraphs": part.paragraphs,
                        "path": f"$.narrative.{section}[{at}].paragraphs.items"})
    return out


def outdated(record: Any, shown: list[dict[str, Any]], target: str) -> dict[str, str]:
    """The paragraphs whose translation into `target` was made from an earlier version of
    their source: "place:index" -> the source it was made from."""
    found = {}
    for place in shown:
        for index, para in enumerate(place["paragraphs"].items):
            made_from = record.translated_from.get(f"{place['path']}[{index}].text", {}).get(
                target)
            if target in para.text and made_from not in (None, para.text[para.source_language]):
                found[f"{place['place']}:{index}"] = made_from
    return found


def place_label(place: str, tr: Any) -> str:
    """'deliberations:IC:5' -> 'Deliberations on item 5 (IC)', in the operator's language."""
    section, _, rest = place.partition(":")
    owner, _, item = rest.partition(":")
    if section == "recommendations":
        return str(tr("Recommendations (%(body)s)", body=owner))
    if section == "deliberations" and item:
        return str(tr("Deliberations on item %(item)s (%(body)s)", item=item, body=owner))
    if section == "deliberations":
        return str(tr("Deliberations on joint item %(key)s", key=owner))
    return str(tr("Introduction"))


def possible_places(record: Any, tr: Any) -> list[tuple[str, str]]:
    """Where a first paragraph can be added: each body's recommendations and deliberations on
    each of its substantive items (or on the joint item it carries), with their labels."""
    out = ["introduction"]
    for session in record.sessions:
        out.append(f"recommendations:{session.body}")
        for item in session.agenda.items:
            if item.kind == "substantive":
                owner = item.joint or session.body
                out.append(f"deliberations:{owner}" + ("" if item.joint else f":{item.number}"))
    return [(place, place_label(place, tr)) for place in dict.fromkeys(out)]


async def _show(page: Page, key: str, status: int = 200,
                errors: list[str] | None = None) -> Response:
    ctx = await load(page, key)
    target = page.request.query_params.get("to", "")
    shown = places(ctx.record, page.tr)
    return ctx.render(page, "narrative.html", "narrative", status, errors, places=shown,
                      outdated=outdated(ctx.record, shown, target),
                      possible=possible_places(ctx.record, page.tr),
                      target=target if target in LANGUAGES else "", report_languages=LANGUAGES)


@router.get("/records/{key}/narrative")
async def narrative(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key)


@router.post("/records/{key}/narrative")
async def change_narrative(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)

    async def again(errors: list[str]) -> Response:
        return await _show(page, key, 422, errors)

    place, action = page.field("place"), page.field("action")
    source = page.field("source_language") or "en"
    if action == "add":
        paragraph = {"text": {source: page.form.get("text", "").strip()},
                     "source_language": source}
        edit = Edit("add", "paragraphs", {"place": place}, None, paragraph)
    elif action == "translate":
        ctx = await load(page, key)
        found = next((p for p in places(ctx.record, page.tr) if p["place"] == place), None)
        index = page.field("index")
        if found is None or not index.isdigit() or int(index) >= len(found["paragraphs"].items):
            return await again([page.tr("No such paragraph.")])
        current = found["paragraphs"].items[int(index)].model_dump(mode="json")
        lang = page.field("lang")
        if lang not in LANGUAGES:
            return await again([page.tr("Choose a language.")])
        text = dict(current["text"])
        if page.form.get("text", "").strip():
            text[lang] = page.form["text"].strip()
        else:
            text.pop(lang, None)
        edit = Edit("replace", "paragraphs", {"place": place}, index,
                    current | {"text": text})
    else:
        return await again([page.tr("Unknown action.")])
    return await send(page, key, edit, f"/records/{key}/narrative", again, base_of(page))
