"""A list of speakers as CSV: who asked, in the order of the list, with what was requested,
when the chair called them and when they had spoken (UTC), named in the language asked for."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ..model import LANGUAGES, ItemRef, Lang
from ..model.bodies import KEY_PATTERN
from ..model.sessions import ITEM_NUMBER
from ..model.speakers import FloorRequest, ListPlace
from ..services import User, Workspace, floor
from ..services.display import speaker_names
from .auth import CurrentUser, CurrentWorkspace
from .records import READ, Key

router = APIRouter(prefix="/api/records/{key}/speakers", tags=["speakers"])
COLUMNS = ("order", "delegation", "name", "kind", "on_behalf_of", "status", "requested_at",
           "called_at", "ended_at")


@router.get("/export.csv", responses=READ | {200: {"content": {"text/csv": {}},
                                                   "description": "One row per request"}},
            response_class=Response, summary="A list of speakers as CSV")
async def export_csv(
        key: Key, user: CurrentUser, ws: CurrentWorkspace,
        item: Annotated[str, Query(pattern=ITEM_NUMBER, description="Agenda item")],
        body: Annotated[str | None, Query(pattern=KEY_PATTERN, description="Its body")] = None,
        meeting: Annotated[int | None, Query(ge=1, le=9999)] = None,
        lang: Annotated[Lang, Query(description="The language of the names")] = "en",
) -> Response:
    place = ListPlace(item=ItemRef(body=body, number=item), meeting=meeting)
    text = await run_in_threadpool(_csv, ws, user, key, place, lang)
    name = f"speakers-{key}-{body or ''}{item}-{meeting or ''}.csv".replace("--", "-")
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _csv(ws: Workspace, user: User, key: str, place: ListPlace, lang: Lang) -> str:
    [found] = floor.speaker_lists(ws, user, key, place).lists
    names = speaker_names(ws.record(user, key), lang if lang in LANGUAGES else "en")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for order, (_, request) in enumerate(found.requests, start=1):
        writer.writerow([order, *_who(request, names), request.kind,
                         request.on_behalf_of or "", request.status,
                         *(_time(t) for t in (request.requested_at, request.called_at,
                                              request.ended_at))])
    return out.getvalue()


def _who(request: FloorRequest, names: dict[str, str]) -> tuple[str, str]:
    who = request.delegation
    if who.state:
        return who.state, names.get(f"S:{who.state}", who.state)
    if who.organization:
        key = who.organization.key or ""
        return key, names.get(f"O:{key}", key)
    return "secretariat", "Secretariat"


def _time(at: dt.datetime | None) -> str:
    return at.isoformat().replace("+00:00", "Z") if at is not None else ""
