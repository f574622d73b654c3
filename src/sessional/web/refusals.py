"""The API's refusals as HTTP answers: each refusal of the services and the model with its
status, its detail in the form the API documents and, on a page, the page of its own."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse as _JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.routing import Match

from .. import services
from ..model import RecordInvalid
from ..model.floor import FloorRefused
from ..model.messages import error_faults
from ..services import (
    Conflict,
    Forbidden,
    InputError,
    NotAuthenticated,
    NotFound,
    ReportsBusy,
    TooManyAttempts,
    Unavailable,
)
from . import pages, speakers
from .convert import record_out


class JSONResponse(_JSONResponse):
    """A refusal as JSON that can always be sent: a lone surrogate the client sent (JSON's
    "\\ud800", which Python reads) and a message echoes goes back escaped, not as a 500."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, indent=None,
                          separators=(",", ":")).encode("utf-8", "backslashreplace")


def _problem(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _loc(path: str) -> list[str | int]:
    """'$.sessions[0].dates' -> ['sessions', 0, 'dates']."""
    return [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]$]+", path)]


async def not_found(_: Request, err: Exception) -> Response:
    return _problem(404, str(err))


async def conflict(_: Request, err: Exception) -> Response:
    assert isinstance(err, Conflict)
    current = record_out(err.current).model_dump(mode="json") if err.current else None
    return JSONResponse({"detail": str(err), "current": current}, status_code=409)


async def unavailable(_: Request, err: Exception) -> Response:
    return _problem(503, f"the database cannot be reached; try again shortly ({err})",
                    {"Retry-After": "5"})


async def forbidden(_: Request, err: Exception) -> Response:
    return _problem(403, str(err))


async def too_many(_: Request, err: Exception) -> Response:
    assert isinstance(err, TooManyAttempts)
    return _problem(429, str(err), {"Retry-After": str(err.retry_after)})


async def busy(_: Request, err: Exception) -> Response:
    return _problem(503, str(err), {"Retry-After": str(ReportsBusy.retry_after)})


async def unauthenticated(_: Request, err: Exception) -> Response:
    return _problem(401, str(err), {"WWW-Authenticate": "Bearer"})


async def invalid_record(_: Request, err: Exception) -> Response:
    assert isinstance(err, RecordInvalid)
    detail: list[dict[str, Any]] = [
        {"loc": ["record", *_loc(f.path)], "msg": f.text, "type": "record_invalid",
         "path": f.path, "label": f.label, "kind": f.kind}
        for f in services.explained(err.faults, err.on)]
    return JSONResponse({"detail": detail}, status_code=422)


async def bad_input(_: Request, err: Exception) -> Response:
    return JSONResponse({"detail": [{"loc": ["body"], "msg": str(err), "type": "input"}]},
                        status_code=422)


async def bad_request(request: Request, err: Exception) -> Response:
    assert isinstance(err, RequestValidationError)
    root = _body_model(request)
    detail = []
    for e in _jsonable(err.errors()):
        source, *rest = e["loc"] or ["body"]
        fault = services.explained(error_faults(
            [e | {"loc": tuple(rest)}], root if source == "body" else None))[0]
        detail.append({"loc": e["loc"], "msg": fault.text, "type": e["type"],
                       "path": fault.path, "label": fault.label})
    return JSONResponse({"detail": detail}, status_code=422)


async def http_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, HTTPException)
    headers = dict(err.headers or {})
    if err.status_code == 405:  # every method of the path, not only the first route's
        headers["Allow"] = ", ".join(_methods(request))
    if err.status_code == 400:  # a body that is not JSON (or not UTF-8): a 422 as others
        return JSONResponse({"detail": [{"loc": ["body"], "msg": str(err.detail),
                                         "type": "body_unreadable"}]}, status_code=422)
    return _problem(err.status_code, str(err.detail), headers)


async def refused(_: Request, err: Exception) -> Response:
    assert isinstance(err, pages.PageRefused)
    return _problem(err.status, str(err))


def add_handlers(app: FastAPI) -> None:
    for kind, handler in (
            (pages.PageRefused, refused), (HTTPException, http_error), (NotFound, not_found),
            (Conflict, conflict),
            (Forbidden, forbidden), (Unavailable, unavailable), (TooManyAttempts, too_many),
            (NotAuthenticated, unauthenticated), (RecordInvalid, invalid_record),
            (InputError, bad_input), (RequestValidationError, bad_request),
            (ReportsBusy, busy), (FloorRefused, speakers.floor_refused)):
        app.add_exception_handler(kind, _for_pages(handler))


Handler = Callable[[Request, Exception], Awaitable[Response]]


def _for_pages(handler: Handler) -> Handler:
    """On a page (not under /api), a refusal is shown as a page of its own."""
    async def handle(request: Request, err: Exception) -> Response:
        if pages.is_page(request):
            shown = await pages.error_page(request, err)
            if shown is not None:
                return shown
        return await handler(request, err)

    return handle


def _methods(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, APIRoute) and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods or set()
    return sorted(methods)


def _jsonable(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the parts that may not serialize (exceptions in `ctx`)."""
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")),
             "type": str(e.get("type", "")), "input": e.get("input"),
             "ctx": {k: v for k, v in (e.get("ctx") or {}).items() if k != "error"}}
            for e in errors]


def _body_model(request: Request) -> type[BaseModel] | None:
    """The class a route validates its body with, to name the fields it has."""
    params = getattr(getattr(request.scope.get("route"), "dependant", None), "body_params", [])
    annotation = getattr(params[0].field_info, "annotation", None) if len(params) == 1 else None
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) \
        else None
