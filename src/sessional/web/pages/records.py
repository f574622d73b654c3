"""The list of records, a new meeting, and a record's overview with its gaps and findings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model import Record, RecordInvalid
from ...services import (
    OWN_BODY,
    BodyChoice,
    Conflict,
    InputError,
    NewMeeting,
    RecordView,
    Snapshot,
    meeting_templates,
    new_record_data,
)
from ...services.display import findings_by_section, section_of
from .base import N_, Page, call, fault_lines, open_page, see_other

router = APIRouter(include_in_schema=False)
SECTIONS = (("overview", N_("Overview")), ("sessions", N_("Bodies and sessions")),
            ("meetings", N_("Meetings")), ("agenda", N_("Agenda")),
            ("officers", N_("Officers")), ("attendance", N_("Attendance")),
            ("statements", N_("Statements")), ("speakers", N_("List of speakers")),
            ("documents", N_("Documents")),
            ("narrative", N_("Narrative")), ("report", N_("Report")),
            ("history", N_("History")))
KEY_CHARS = re.compile(r"[^a-z0-9-]+")


@dataclass
class RecordContext:
    snapshot: Snapshot
    findings: dict[str, list[Any]]

    @property
    def key(self) -> str:
        return self.snapshot.key

    @property
    def view(self) -> RecordView:
        return self.snapshot.view

    @property
    def record(self) -> Record:
        return self.snapshot.record

    def context(self, section: str) -> dict[str, Any]:
        return {"key": self.key, "rev": self.view.revision, "record": self.record,
                "check": self.snapshot.check, "section": section, "sections": SECTIONS,
                "findings": self.findings.get(section, []), "all_findings": self.findings,
                "path_id": path_id}

    def render(self, page: Page, template: str, section: str, status: int = 200,
               errors: list[str] | None = None, **extra: Any) -> Response:
        """A page of one part of the record; after a refusal the user's input is kept."""
        return page.render(template, status=status, **self.context(section),
                           errors=errors or [], form=page.form if errors else {},
                           saved=page.request.query_params.get("saved"), **extra)


async def load(page: Page, key: str, lang: str | None = None) -> RecordContext:
    """The latest revision, read and checked once per revision (services.Snapshots)."""
    found = await call(page, lambda: page.snapshots.latest(page.me, key, lang))
    return RecordContext(found, findings_by_section(found.check.findings))


def path_id(path: str) -> str:
    """An HTML id for the field at a JSON path (the gaps list links to it)."""
    return "f-" + re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-")


@router.get("/records")
async def record_list(request: Request) -> Response:
    page = await open_page(request)
    found = await call(page, lambda: page.ws.list_records(page.me))
    return page.render("records.html", records=found)


def _new_context(page: Page, **extra: Any) -> dict[str, Any]:
    return {"templates": meeting_templates(), "own": OWN_BODY,
            "form": page.form, "chosen": page.lists.get("body", [])} | extra


@router.get("/new")
async def new_form(request: Request) -> Response:
    page = await open_page(request)
    return page.render("new.html", **_new_context(page))


def _date(page: Page, name: str, label: str) -> dt.date | None:
    text = page.field(name)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(page.tr("%(label)s: '%(text)s' is not a date; write it as "
                                 "YYYY-MM-DD", label=label, text=text)) from None


def _meeting(page: Page) -> NewMeeting:
    chosen = [b for b in page.lists.get("body", []) if b]
    bodies = [BodyChoice(b) for b in chosen if b != OWN_BODY]
    if OWN_BODY in chosen:
        bodies.append(BodyChoice(OWN_BODY, name=page.field("own_name"),
                                 symbol_series=page.field("own_series"),
                                 kind=page.field("own_kind") or "other"))
    if len(bodies) > 1 and not page.field("joint"):
        raise InputError(page.tr("Bodies: several bodies are chosen; tick 'joint meeting' or "
                                 "choose one."))
    ordinal = page.field("ordinal")
    if ordinal and not ordinal.isdigit():
        raise InputError(page.tr("Session number: a whole number, e.g. 8"))
    return NewMeeting(tuple(bodies), page.field("lang") or "en",  # type: ignore[arg-type]
                      _date(page, "start", page.tr("First day")),
                      _date(page, "end", page.tr("Last day")), page.field("venue"),
                      int(ordinal) if ordinal else None, page.field("title"))


@router.post("/new")
async def create_meeting(request: Request) -> Response:
    page = await open_page(request, edit=True)
    key = KEY_CHARS.sub("-", page.field("key").lower()).strip("-")
    try:
        if not key:
            raise InputError(page.tr("Short name: letters, digits and '-', e.g. "
                                     "wg-ic-2026"))
        data = new_record_data(_meeting(page))
        await call(page, lambda: page.ws.create(page.me, key, data, "new meeting"))
    except (InputError, RecordInvalid) as err:
        return page.render("new.html", status=422,
                           **_new_context(page, errors=fault_lines(err, page)))
    except Conflict:
        return page.render("new.html", status=409, **_new_context(
            page, errors=[page.tr("A record with this short name exists already.")]))
    return see_other(f"/records/{key}")


@router.get("/records/{key}")
async def overview(key: str, request: Request) -> Response:
    page = await open_page(request)
    ctx = await load(page, key)
    return ctx.render(page, "overview.html", "overview", section_of=section_of,
                      unchanged=request.query_params.get("unchanged"))
