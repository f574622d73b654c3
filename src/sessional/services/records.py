"""Records: read, validate, the embedded example, the JSON Schema, a summary."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import stat
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from .. import refdata
from ..model import (
    LANGUAGES,
    ORGANIZATION_CATEGORIES,
    STATE_CATEGORIES,
    FactList,
    Gap,
    Lang,
    Record,
    Unknown,
    record_from_json,
    record_gaps,
    record_json_schema,
)
from .input import InputError as InputError  # where they were first, still found here
from .input import NotFound as NotFound
from .input import input_limits as input_limits

EXAMPLE_NAME = "untoc-wg-2017.json"


def read_record(path: Path, references: bool = True) -> Record:
    """Load and validate a record file. Raises InputError or RecordInvalid, never anything else.
    With `references=False`, keys that name nothing are let through for the checks to report."""
    from ..ingest import UnreadableFile, read_bounded

    limits = input_limits()
    try:
        raw = read_bounded(path, limits, "record")
    except UnreadableFile as err:
        raise InputError(str(err)) from None
    return record_from_json(raw, str(path), references, limits)


def example_text() -> str:
    return files("sessional.examples").joinpath(EXAMPLE_NAME).read_text(encoding="utf-8")


def example_path() -> Path:
    return Path(str(files("sessional.examples").joinpath(EXAMPLE_NAME)))


def load_example() -> Record:
    return record_from_json(example_text(), f"examples/{EXAMPLE_NAME}")


def schema() -> dict[str, Any]:
    return record_json_schema()


def write_whole(target: Path, text: str) -> None:
    """Write `text` to `target` all at once: a reader sees the old file or the new one. A file
    replaced keeps its permissions; a new one gets those of any file the user creates."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.new")
    try:
        with temporary.open("x", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class CategoryCount:
    category: str
    count: int
    status: str


@dataclass(frozen=True)
class RecordSummary:
    bodies: list[dict[str, Any]]
    joint_items: list[dict[str, str]]
    attendance: list[CategoryCount]
    statement_groups: int
    speakers_known: int
    documents: list[dict[str, Any]]
    narrative_paragraphs: dict[str, int]
    gaps: list[Gap]
    first_states: dict[Lang, list[str | None]]


def summarize(record: Record) -> RecordSummary:
    on = record.first_day
    bodies = []
    for body in record.bodies:
        session = record.session_of(body.key)
        bodies.append({
            "key": body.key, "name": _best(body.name), "series": body.symbol_series,
            "dates": _text(session.dates) if session else "—",
            "meetings": _text(session.meetings_held) if session else "—",
            "agenda_items": len(session.agenda.items) if session else 0,
        })
    attendance = [
        CategoryCount(name, len(facts.items), facts.status)
        for name in (*STATE_CATEGORIES, *ORGANIZATION_CATEGORIES)
        if isinstance(facts := getattr(record.attendance, name), FactList)
    ]
    parties = record.attendance.states_parties.items
    first_states = {lang: [_state_name(code, lang, on)
                           for code in refdata.sort_states(parties, lang, on)[:4]]
                    for lang in LANGUAGES}
    documents = [{"symbol": str(doc.symbol.first_for(_series(record, body))), "body": body}
                 for body in (b.key for b in record.bodies)
                 for doc in record.documents.items if doc.listed_by(body)]
    paragraphs = _paragraph_counts(record)
    return RecordSummary(
        bodies, [{"key": j.key, **j.numbers} for j in record.joint_items], attendance,
        len(record.statements),
        sum(len(g.statements.items) for g in record.statements if g.kind == "statement"),
        documents, paragraphs, record_gaps(record), first_states)


def _paragraph_counts(record: Record) -> dict[str, int]:
    narrative = record.narrative
    paragraphs = [*narrative.introduction.items,
                  *(p for part in (*narrative.recommendations, *narrative.deliberations)
                    for p in part.paragraphs.items)]
    return {lang: sum(1 for p in paragraphs if lang in p.text) for lang in LANGUAGES}


def _series(record: Record, body: str) -> str:
    found = record.body(body)
    return found.symbol_series if found else ""


def _state_name(code: str, lang: Lang, on: dt.date | None) -> str | None:
    entity = refdata.country(code)
    return entity.name(lang, on) if entity else None


def _best(text: dict[Lang, str]) -> str:
    return text.get("en") or next(iter(text.values()), "—")


def _text(value: object) -> str:
    if isinstance(value, Unknown):
        return "[unknown]"
    if hasattr(value, "start") and hasattr(value, "end"):
        return f"{value.start} to {value.end}"
    return str(value)

