"""Records: list, create, import, read, replace, history, restore, export, report, check."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request, Response

from ..model import Lang
from ..services import MEDIA_TYPES, schema
from .account import AUTH_ERRORS
from .auth import CurrentUser, CurrentWorkspace
from .convert import check_out, record_out
from .schemas import (
    RECORD_KEY,
    ChangeOut,
    ChangesOut,
    CheckOut,
    ConflictOut,
    Problem,
    RecordIn,
    RecordListItem,
    RecordOut,
    ReplaceIn,
    ReportFormat,
    RestoreIn,
    RevisionOut,
)

router = APIRouter(prefix="/api", tags=["records"])
Key = Annotated[str, Path(pattern=RECORD_KEY, description="The record's key")]
Number = Annotated[int, Path(ge=1, le=2**31 - 1, description="A revision number")]
READ = AUTH_ERRORS | {404: {"model": Problem, "description": "No such record or revision"}}
WRITE = READ | {409: {"model": ConflictOut, "description": "Not based on the latest revision, "
                      "or the key is taken: nothing was written"},
                422: {"description": "Invalid request or record; `loc` gives the field path"}}


def require_if_match(key: Key, request: Request, user: CurrentUser,
                     ws: CurrentWorkspace) -> None:
    """With If-Match, a write goes ahead only if it names the latest revision (its ETag, as
    GET gives it, or *); else 412 and nothing is written. Weak tags (W/) never match."""
    given = request.headers.get("if-match")
    if given is None:
        return
    latest = ws.latest_revision(user, key)
    tags = {tag.strip() for tag in given.split(",")}
    if "*" not in tags and f'"r{latest}"' not in tags:
        raise HTTPException(412, f"If-Match: {given.strip()[:100]} does not name the latest "
                                 f"revision, \"r{latest}\"; nothing was written",
                            headers={"ETag": f'"r{latest}"'})


IF_MATCH = [Depends(require_if_match)]
PRECONDITION: dict[int | str, dict[str, object]] = {412: {
    "model": Problem, "description": "If-Match does not name the latest revision: nothing "
                                     "was written"}}


@router.get("/schema", response_model=dict[str, Any])
def record_schema() -> dict[str, Any]:
    """The JSON Schema of a record (draft 2020-12)."""
    return schema()


@router.get("/records", response_model=list[RecordListItem], responses=AUTH_ERRORS)
def list_records(user: CurrentUser, ws: CurrentWorkspace) -> list[RecordListItem]:
    return [RecordListItem(key=r.key, title=r.title, revision=r.head, created_at=r.created_at,
                           updated_at=r.updated_at) for r in ws.list_records(user)]


@router.post("/records", response_model=RecordOut, status_code=201, responses=WRITE)
def create_record(new: RecordIn, user: CurrentUser, ws: CurrentWorkspace) -> RecordOut:
    """A new record (revision 1) under a key of the caller's choosing."""
    return record_out(ws.create(user, new.key, new.record))


@router.post("/records/import", response_model=RecordOut, status_code=201, responses=WRITE)
def import_record(user: CurrentUser, ws: CurrentWorkspace,
                  key: Annotated[str, Query(pattern=RECORD_KEY)],
                  record: Annotated[dict[str, Any], Body(description="A record file, as "
                                                         "exported or validated by the CLI")],
                  ) -> RecordOut:
    """A record file (as `GET …/export` gives it) as a new record."""
    return record_out(ws.create(user, key, record, "import"))


@router.get("/records/{key}", response_model=RecordOut,
            responses=READ | {304: {"description": "Not changed since the revision named in "
                                                   "If-None-Match"}})
def read_record(key: Key, user: CurrentUser, ws: CurrentWorkspace, request: Request,
                response: Response) -> RecordOut | Response:
    """The latest revision of the record. Its ETag names the revision: send it back as
    If-None-Match to be told 304 while nothing has changed."""
    seen = request.headers.get("if-none-match")
    if seen is not None and seen == f'"r{ws.latest_revision(user, key)}"':
        return Response(status_code=304, headers={"ETag": seen})
    view = ws.view(user, key)
    response.headers["ETag"] = f'"r{view.revision}"'
    return record_out(view)


@router.put("/records/{key}", response_model=RecordOut, responses=WRITE | PRECONDITION,
            dependencies=IF_MATCH)
def replace_record(key: Key, new: ReplaceIn, user: CurrentUser,
                   ws: CurrentWorkspace) -> RecordOut:
    """The whole record, made from `base_revision`: refused (409, with the latest revision)
    unless that is still the latest."""
    return record_out(ws.replace(user, key, new.base_revision, new.record))


@router.get("/records/{key}/revisions", response_model=list[RevisionOut], responses=READ)
def list_revisions(key: Key, user: CurrentUser, ws: CurrentWorkspace,
                   offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[RevisionOut]:
    """The history, newest first: who made each revision, when, and by which operation."""
    return [RevisionOut(number=r.number, author=r.author, saved_at=r.created_at,
                        operation=r.operation) for r in ws.history(user, key, offset, limit)]


@router.get("/records/{key}/revisions/{number}", response_model=RecordOut, responses=READ)
def read_revision(key: Key, number: Number, user: CurrentUser,
                  ws: CurrentWorkspace) -> RecordOut:
    return record_out(ws.view(user, key, number))


@router.get("/records/{key}/revisions/{number}/changes", response_model=ChangesOut,
            responses=READ)
def revision_changes(key: Key, number: Number, user: CurrentUser, ws: CurrentWorkspace,
                     against: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
                     ) -> ChangesOut:
    """Every fact revision `number` added, removed or changed, against the revision before it
    (or the revision named by `against`)."""
    found = ws.changes(user, key, number, against)
    return ChangesOut(key=key, before=number - 1 if against is None else against, after=number,
                      changes=[ChangeOut(path=c.path, kind=c.kind, before=c.before,
                                         after=c.after) for c in found])


@router.post("/records/{key}/revisions/{number}/restore", response_model=RecordOut,
             responses=WRITE | PRECONDITION, dependencies=IF_MATCH)
def restore_revision(key: Key, number: Number, restore: RestoreIn, user: CurrentUser,
                     ws: CurrentWorkspace) -> RecordOut:
    """Revision `number` again, as a new revision (nothing in between is lost)."""
    return record_out(ws.restore(user, key, number, restore.base_revision))


@router.get("/records/{key}/export", responses=READ | {200: {
    "content": {"application/json": {}}, "description": "The record file"}})
def export_record(key: Key, user: CurrentUser, ws: CurrentWorkspace,
                  revision: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None) -> Response:
    """The record (latest, or the revision named) as a file for `sessional validate`."""
    filename, text = ws.export(user, key, revision)
    return Response(text, media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/records/{key}/report", responses=READ | {200: {
    "content": {media: {} for media in MEDIA_TYPES.values()}, "description": "The report"}})
def report(key: Key, user: CurrentUser, ws: CurrentWorkspace,
           lang: Lang = "en", format: ReportFormat = "md") -> Response:
    """The report of the latest revision in one language and format."""
    made = ws.report(user, key, lang, format)
    return Response(made.content, media_type=made.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{made.filename}"'})


@router.get("/records/{key}/check", response_model=CheckOut, responses=READ)
def check(key: Key, user: CurrentUser, ws: CurrentWorkspace,
          lang: Lang | None = None) -> CheckOut:
    """Every inconsistency and gap of the latest revision, as `sessional check` finds them."""
    return check_out(ws.check(user, key, lang))
