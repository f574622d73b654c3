"""Records for the agreement tests: a body of each gender in each language, one or two of
them, any count of meetings. Names are the reference data's (bodies.csv) where it has them;
the test bodies of the other gender are test data, with their gender stated in the record."""

from __future__ import annotations

from typing import Any

from sessional.compose import Paragraph, Report, compose_report, plain
from sessional.model import Lang, Record, record_from_data
from sessional.refdata import body_templates, place_by_name

VENUE = place_by_name("Vienna").names  # type: ignore[union-attr]


def _reference(key: str, lang: Lang) -> dict[str, Any]:
    template = body_templates()[key]
    return {"name": {lang: template.names[lang]}, "symbol_series": template.symbol_series}


def _own(lang: Lang, name: str, gender: str, series: str) -> dict[str, Any]:
    return {"name": {lang: name}, "gender": {lang: gender}, "symbol_series": series}


# per language: (masculine body, feminine body)
BODIES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "fr": (_reference("irg", "fr"), _reference("cosp_uncac", "fr")),
    "es": (_reference("irg", "es"), _reference("cosp_uncac", "es")),
    "ru": (_own("ru", "Специальный комитет А", "masculine", "TEST/AC.1"),
           _reference("cosp_uncac", "ru")),
    "ar": (_reference("cosp_uncac", "ar"),
           _own("ar", "اللجنة ألف", "feminine", "TEST/AC.2")),
}


def record(lang: Lang, genders: tuple[str, ...] = ("masculine",), meetings: int = 8,
           officer: dict[str, Any] | None = None) -> Record:
    """A meeting of one body (or a joint meeting of two), Vienna, 15 to 19 December 2025."""
    bodies, sessions = [], []
    for i, gender in enumerate(genders):
        key = f"B{i + 1}"
        body = BODIES[lang][0 if gender == "masculine" else 1]
        bodies.append({"key": key, "kind": "other", **body})
        sessions.append({"body": key, "ordinal_style": "meeting",
                         "dates": {"start": "2025-12-15", "end": "2025-12-19"},
                         "venue": {lang: VENUE[lang]}, "meetings_held": meetings,
                         "agenda": {"adopted_at_meeting": 1, "adopted_on": "2025-12-15",
                                    "items": [{"number": "1", "title": {lang: "T"}}]}})
    data: dict[str, Any] = {
        "format": "sessional-record", "schema_version": 1, "bodies": bodies,
        "sessions": sessions,
        "documents": {"status": "complete", "items": [
            {"symbol": "TEST/2025/1", "title": {lang: "D"}, "bodies": ["B1"]}]},
        "officers": [officer] if officer else [],
        "report": {"original_language": lang, "status": "final", "adopted_on": "2025-12-19"}}
    return record_from_data(data)


def report(lang: Lang, **kwargs: Any) -> Report:
    return compose_report(record(lang, **kwargs), lang)


def paragraph(r: Report, starts: int) -> str:
    """The text of the numbered paragraph `starts` (1 = the first)."""
    numbered = [p for p in r.blocks if isinstance(p, Paragraph) and p.number is not None]
    return plain(numbered[starts - 1].parts)


def paragraphs(r: Report) -> list[str]:
    return [plain(p.parts) for p in r.blocks if isinstance(p, Paragraph) and p.number]
