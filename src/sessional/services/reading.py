"""Reading reports into records, and checking records and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Record
from .records import InputError, input_limits, read_record


def ingest_report(path: Path, lang: str = "auto") -> Any:
    """Read a report file into a record; returns the ingest result (record and report). An
    Akoma Ntoso file, whatever its name, is read from its references, not its text."""
    from ..ingest import NotAReport, UnreadableFile, ingest_text, read_bounded, read_report
    from ..ingest.akn import looks_like_xml, read_akn

    kind = text = ""
    try:
        data = read_bounded(path, input_limits())
        if looks_like_xml(data):
            return read_akn(data, str(path), None if lang == "auto" else lang)
        text, kind = read_report(path, input_limits())
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
    translation: list[Any] = field(default_factory=list)  # a LanguageState per language

    def count(self, severity: str) -> int:
        return {"error": self.errors, "warning": self.warnings, "gap": self.gaps}[severity]


def check_input(path: Path, lang: str | None = None, display: str | None = None) -> CheckResult:
    """Check a record file, or a report file (text, DOCX, PDF) read into a record first."""
    warnings: list[str] = []
    if path.suffix.lower() == ".json":
        record = read_record(path, references=False)
        kind = "record"
    else:
        result = ingest_report(path)
        record, kind, warnings = result.record, "report", result.report.warnings
    return check_record(record, display or str(path), kind, lang, warnings)


def check_record(record: Record, display: str, kind: str = "record", lang: str | None = None,
                 warnings: list[str] | None = None) -> CheckResult:
    """Every finding of the checks on a record, in the order of the report."""
    from ..check import WORD_LIMIT, Finding, report_words, run_checks
    from ..model.references import reference_faults
    from .translation_state import translation_states

    language = lang or record.report.original_language
    faults = [(f.path, f.message) for f in reference_faults(record)]
    findings = run_checks(record, language, faults)  # type: ignore[arg-type]
    findings += [Finding("report/reading", "warning", w, "$", _paragraph_in(w))
                 for w in warnings or []]
    findings.sort(key=Finding.sort_key)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "gap")}
    return CheckResult(display, kind, language, counts["error"], counts["warning"],
                       counts["gap"], report_words(record, language),  # type: ignore[arg-type]
                       WORD_LIMIT, findings, translation_states(record))


def _paragraph_in(text: str) -> int | None:
    import re

    found = re.search(r"paragraph (\d+)", text)
    return int(found.group(1)) if found else None
