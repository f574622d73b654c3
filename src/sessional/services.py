"""Use cases. The only module that combines the model, the reference data and the edges."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from . import refdata
from .model import (
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

MAX_RECORD_BYTES = 50 * 1024 * 1024
EXAMPLE_NAME = "untoc-wg-2017.json"


class InputError(Exception):
    """Input the user gave that cannot be used; the message names the file, line or field."""


def read_record(path: Path, references: bool = True) -> Record:
    """Load and validate a record file. Raises InputError or RecordInvalid, never anything else.
    With `references=False`, keys that name nothing are let through for the checks to report."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a record file")
        size = path.stat().st_size
        if size > MAX_RECORD_BYTES:
            raise InputError(f"{path}: {size} bytes; records larger than "
                             f"{MAX_RECORD_BYTES // 2**20} MiB are refused")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from None
    return record_from_json(raw, str(path), references)


def example_text() -> str:
    return files("sessional.examples").joinpath(EXAMPLE_NAME).read_text(encoding="utf-8")


def _paragraph_in(text: str) -> int | None:
    import re

    found = re.search(r"paragraph (\d+)", text)
    return int(found.group(1)) if found else None


def example_path() -> Path:
    return Path(str(files("sessional.examples").joinpath(EXAMPLE_NAME)))


def load_example() -> Record:
    return record_from_json(example_text(), f"examples/{EXAMPLE_NAME}")


def schema() -> dict[str, Any]:
    return record_json_schema()


# ----------------------------------------------------------------------------- reference data


@dataclass(frozen=True)
class LookupEntry:
    code: str
    kind: str
    how: str
    matched_languages: tuple[str, ...]
    codes: dict[str, str]
    names: dict[str, str | None]
    untoc: dict[str, Any] | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class LookupResult:
    text: str
    date: dt.date | None
    entries: tuple[LookupEntry, ...] = field(default=())


def lookup_name(text: str, on: dt.date | None) -> LookupResult:
    if not text.strip():
        raise InputError("TEXT: empty name")
    resolution = refdata.resolve(text, on)
    return LookupResult(text, on, tuple(_entry(m, on) for m in resolution.matches))


def _entry(match: refdata.Match, on: dt.date | None) -> LookupEntry:
    if match.country is not None:
        c = match.country
        names: dict[str, str | None] = {lang: c.name(lang, on) for lang in LANGUAGES}
        status = refdata.untoc_status(c.iso3, on) if on is not None and c.is_state else None
        untoc = None if status is None else {"standing": status.standing,
                                             "reason": status.reason}
        notes = tuple(f"{lang}: no UN name in the data" for lang, n in names.items() if n is None)
        return LookupEntry(c.iso3, c.kind, match.how, match.languages,
                           {"iso3": c.iso3, "iso2": c.iso2, "m49": c.m49}, names, untoc, notes)
    org = match.organization
    assert org is not None
    names = {lang: org.name(lang) for lang in LANGUAGES}
    notes = tuple(f"{lang}: no sourced name (never translated by us)" for lang in org.missing)
    codes = {"key": org.key} | ({"acronym_en": org.acronym_en} if org.acronym_en else {})
    untoc = None
    if org.key == "eu" and on is not None:
        status = refdata.untoc_status("EU", on)
        untoc = {"standing": status.standing, "reason": status.reason}
    return LookupEntry(org.key, org.category, match.how, (), codes, names, untoc, notes)


# ----------------------------------------------------------------------------- record summary


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


# ----------------------------------------------------------------------------- reports

REPORT_FORMATS = ("md", "html", "docx", "pdf")


@dataclass(frozen=True)
class RenderedFile:
    lang: str
    format: str
    path: Path
    size: int


@dataclass(frozen=True)
class RenderResult:
    files: list[RenderedFile]
    gaps: dict[str, list[Any]]


def parse_choice(text: str, allowed: tuple[str, ...], option: str) -> tuple[str, ...]:
    """'all' or a comma-separated subset of `allowed`, in the order given."""
    if text.strip() == "all":
        return allowed
    chosen = tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))
    wrong = [c for c in chosen if c not in allowed]
    if wrong or not chosen:
        raise InputError(f"{option}: {', '.join(wrong) or 'nothing'} not among "
                         f"{', '.join(allowed)} (or 'all')")
    return chosen


def render_reports(record: Record, langs: tuple[str, ...], formats: tuple[str, ...],
                   out_dir: Path, progress: Any = None) -> RenderResult:
    """Write one file per language and format (report.<lang>.<format>) into `out_dir`."""
    from .compose import compose_report
    from .render import RENDERERS

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{out_dir}: cannot create the folder ({err.strerror})") from None
    files_written: list[RenderedFile] = []
    gaps: dict[str, list[Any]] = {}
    for lang in langs:
        report = compose_report(record, lang)  # type: ignore[arg-type]
        gaps[lang] = list(report.gaps)
        for fmt in formats:
            content = RENDERERS[fmt](report)
            path = out_dir / f"report.{lang}.{fmt}"
            data = content.encode("utf-8") if isinstance(content, str) else content
            path.write_bytes(data)
            files_written.append(RenderedFile(lang, fmt, path, len(data)))
            if progress is not None:
                progress()
    return RenderResult(files_written, gaps)


# ----------------------------------------------------------------------------- ingest


def ingest_report(path: Path, lang: str = "auto") -> Any:
    """Read a report file into a record; returns the ingest result (record and report)."""
    from .ingest import NotAReport, UnreadableFile, ingest_text, read_report

    try:
        text, kind = read_report(path)
        result = ingest_text(text, None if lang == "auto" else lang)  # type: ignore[arg-type]
    except UnreadableFile as err:
        raise InputError(str(err)) from None
    except NotAReport as err:
        hint = ""
        if kind == "pdf" and sum("\u0600" <= ch <= "\u06ff" for ch in text) > 50:
            hint = "; Arabic text taken from a PDF comes out of order: give the DOCX"
        raise InputError(f"{path}: not a report ({err}){hint}") from None
    if kind == "pdf" and result.report.language == "ar":
        result.report.warnings.append("Arabic text extracted from a PDF is often out of order; "
                                      "prefer the DOCX for Arabic reports")
    return result


# ----------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class CheckResult:
    input: str
    kind: str
    language: str
    errors: int
    warnings: int
    gaps: int
    words: int
    word_limit: int
    findings: list[Any]

    def count(self, severity: str) -> int:
        return {"error": self.errors, "warning": self.warnings, "gap": self.gaps}[severity]


def check_input(path: Path, lang: str | None = None, display: str | None = None) -> CheckResult:
    """Check a record file, or a report file (text, DOCX, PDF) read into a record first."""
    from .check import WORD_LIMIT, Finding, report_words, run_checks
    from .model.references import reference_faults

    warnings: list[str] = []
    if path.suffix.lower() == ".json":
        record = read_record(path, references=False)
        kind = "record"
    else:
        result = ingest_report(path)
        record, kind, warnings = result.record, "report", result.report.warnings
    language = lang or record.report.original_language
    faults = [(f.path, f.message) for f in reference_faults(record)]
    findings = run_checks(record, language, faults)  # type: ignore[arg-type]
    findings += [Finding("report/reading", "warning", w, "$", _paragraph_in(w)) for w in warnings]
    findings.sort(key=Finding.sort_key)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "gap")}
    return CheckResult(display or str(path), kind, language, counts["error"], counts["warning"],
                       counts["gap"], report_words(record, language),  # type: ignore[arg-type]
                       WORD_LIMIT, findings)


