"""The secretariat's pages: server-rendered (Jinja2, autoescaped), forms that work without
script, in the operator's language; they call the same services as the REST API."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from ...services import Snapshots
from . import (
    account,
    agenda,
    attendance,
    documents,
    history,
    narrative,
    people,
    records,
    report,
    sessions,
    speaker_editor,
    speakers,
    translation,
)
from .base import PageRefused, login_redirect, open_page, refusal_page

router = APIRouter(include_in_schema=False)
for _module in (account, records, sessions, agenda, attendance, documents, people, narrative,
                report, history, translation, speakers, speaker_editor):
    router.include_router(_module.router)


def is_page(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api") or path == "/openapi.json")


async def error_page(request: Request, err: Exception) -> Response | None:
    """A refusal on a page, as a page (the API keeps its JSON answers)."""
    if isinstance(err, PageRefused) and err.status == 401:
        return login_redirect(request)
    page = await open_page(request, login=False) if request.method == "GET" else None
    if page is None:
        from .base import Page
        from .i18n import LANGUAGE_COOKIE, pick_language

        page = Page(request, None, "", pick_language(request.cookies.get(LANGUAGE_COOKIE),
                                                     request.headers.get("accept-language")),
                    {}, {})
    if isinstance(err, PageRefused):
        return page.refused(err.status, page.tr(str(err)))
    return refusal_page(page, err)


def mount(app: FastAPI) -> None:
    app.state.snapshots = Snapshots(app.state.workspace)
    app.include_router(router)
    app.mount("/static", StaticFiles(packages=[("sessional.web.pages", "static")]),
              name="static")


__all__ = ["PageRefused", "error_page", "is_page", "mount"]
