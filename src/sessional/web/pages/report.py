"""The report: preview per language (the same renderer as the files), downloads of every
language and format, the word count against the limit, and the report's own facts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model import LANGUAGES
from ...services import REPORT_FORMATS, Conflict, InputError
from ...services.display import report_stylesheet
from .base import Page, call, fault_lines, open_page, see_other
from .editing import base_of, conflict_page
from .i18n import NATIVE_NAMES
from .records import load

router = APIRouter(include_in_schema=False)


async def _show(page: Page, key: str, status: int = 200,
                errors: list[str] | None = None) -> Response:
    asked = page.request.query_params.get("lang")
    ctx = await load(page, key, asked if asked in LANGUAGES else None)  # checked in that language
    lang = ctx.snapshot.check.language
    preview = await call(page, lambda: page.snapshots.preview(ctx.snapshot, lang))
    return ctx.render(page, "report.html", "report", status, errors, preview=preview,
                      report_lang=lang, formats=REPORT_FORMATS, lang_check=ctx.snapshot.check,
                      report_languages=[(c, NATIVE_NAMES[c]) for c in LANGUAGES])


@router.get("/records/{key}/report")
async def report(key: str, request: Request) -> Response:
    return await _show(await open_page(request), key)


@router.get("/ui/report.css")
async def stylesheet() -> Response:
    # scoped to the preview (CSS nesting): the report's own rules for body, h1 ... must not
    # restyle the page around it
    return Response(f".report-preview {{\n{report_stylesheet()}\n}}\n", media_type="text/css",
                    headers={"Cache-Control": "max-age=3600"})


@router.get("/records/{key}/download/{lang}/{fmt}")
async def download(key: str, lang: str, fmt: str, request: Request) -> Response:
    page = await open_page(request)
    if lang not in LANGUAGES or fmt not in REPORT_FORMATS:
        return page.refused(404, page.tr("No such language or format."))
    found = await call(page, lambda: page.ws.report(page.me, key, lang, fmt))
    return Response(found.content, media_type=found.media_type, headers={
        "Content-Disposition": f'attachment; filename="{found.filename}"'})


def _meta(page: Page, current: dict[str, Any]) -> dict[str, Any]:
    meta = dict(current)
    for name in ("date", "adopted_on"):
        meta[name] = page.field(name) or {"status": "unknown"}
    symbol = page.field("symbol")
    meta["symbol"] = symbol or {"status": "unknown"}
    meta["status"] = page.field("status") or "draft"
    # each language version's job number, as typed (the model refuses what cannot be one)
    jobs = {code: page.field(f"job_number_{code}") for code in LANGUAGES
            if page.field(f"job_number_{code}")}
    if jobs:
        meta["job_numbers"] = jobs
    else:
        meta.pop("job_numbers", None)
    lang = meta.get("original_language", "en")
    title = dict(meta.get("title", {}))
    if page.field("title"):
        title[lang] = page.field("title")
    else:
        title.pop(lang, None)
    meta["title"] = title
    return meta


@router.post("/records/{key}/report")
async def change_report(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)

    def apply(data: dict[str, Any]) -> bool:
        before = data.get("report", {})
        after = _meta(page, before)
        data["report"] = after
        return bool(after != before)

    try:
        done = await call(page, lambda: page.ws.update(
            page.me, key, {"action": "replace", "collection": "report"}, apply,
            base=base_of(page), part=lambda data: data.get("report")))
    except Conflict as err:  # the report's facts changed since the form was loaded
        theirs = (err.current.data if err.current else {}).get("report", {})
        return conflict_page(page, key, page.say(err.words) or str(err),
                             f"/records/{key}/report",
                             _meta(page, theirs), theirs, err.current)
    except (InputError, ValueError) as err:  # RecordInvalid is a ValueError
        return await _show(page, key, 422, fault_lines(err, page))
    return see_other(f"/records/{key}/report?saved={done.revision}")
