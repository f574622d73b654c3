"""What the pages show of a record: names in the operator's language as of the meeting date,
list order, findings by the part of the record they concern, the report preview, symbols."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from .. import refdata
from ..model import ORGANIZATION_CATEGORIES, JointSymbol, Lang, Record, SymbolError
from ..model.wording import Words
from ..refdata.languages import language_name as _language_name
from .reports import render_report

SECTIONS = (  # JSON path prefix -> the page that edits it (first match wins)
    ("$.sessions", "sessions"), ("$.bodies", "sessions"), ("$.joint_items", "agenda"),
    ("$.attendance", "attendance"), ("$.officers", "officers"),
    ("$.statements", "statements"), ("$.speakers", "statements"),
    ("$.documents", "documents"), ("$.narrative", "narrative"), ("$.report", "report"),
    ("$.unresolved_names", "attendance"), ("$.convention", "sessions"),
    ("$.parent_body", "sessions"),
)


def language_name(names_in: Lang, lang: str) -> str:
    """A language named in the operator's language (CLDR), else its code."""
    return _language_name(names_in, lang) or lang


AGENDA_PATH = re.compile(r"^\$\.sessions\[\d+\]\.agenda")
MEETINGS_PATH = re.compile(r"^\$\.sessions\[\d+\]\.meetings($|[.[])")


@dataclass(frozen=True)
class Shown:
    code: str
    name: str
    standing: str | None = None  # standing in the record's treaty on the meeting date, States


def section_of(path: str) -> str:
    """The page where the fact at `path` is edited."""
    if AGENDA_PATH.match(path):
        return "agenda"
    if MEETINGS_PATH.match(path):
        return "meetings"
    return next((page for prefix, page in SECTIONS if path.startswith(prefix)), "overview")


def findings_by_section(findings: list[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for finding in findings:
        grouped.setdefault(section_of(finding.path), []).append(finding)
    return grouped


def state_shown(code: str, lang: Lang, on: dt.date | None, treaty: str | None) -> Shown:
    """A State named as on `on`, with its standing in `treaty` on that day (if one is given)."""
    entity = refdata.country(code)
    name = (entity.name(lang, on) or entity.name("en", on)) if entity else None
    standing = refdata.treaty_status(treaty, code, on).standing if treaty and on and entity \
        else None
    return Shown(code, name or code, standing)


def states_shown(codes: list[str], lang: Lang, record: Record) -> list[Shown]:
    on = record.first_day
    key = record.convention.key if record.convention is not None else None
    treaty = key if key and refdata.treaty_list(key) is not None else None
    return [state_shown(c, lang, on, treaty) for c in refdata.sort_states(codes, lang, on)]


def organization_shown(ref: Any, lang: Lang) -> Shown:
    key = getattr(ref, "key", None)
    org = refdata.organization(key) if key else None
    names = getattr(ref, "name", {}) or {}
    name = (org.name(lang) if org else None) or names.get(lang) or \
        next(iter(names.values()), None) or (org.name("en") if org else None) or key or "?"
    return Shown(key or "", name)


def choose_state(text: str, on: dt.date | None) -> str | None:
    """One State named in any language, by an old name or its ISO alpha-3 code."""
    text = text.strip()
    if re.fullmatch(r"[A-Za-z]{3}", text) and refdata.country(text.upper()):
        return text.upper()
    found = refdata.resolve(text, on).resolved
    return found.country.iso3 if found is not None and found.country is not None else None


def symbol_check(text: str) -> tuple[str | None, Words | None]:
    """(the symbol as the UN writes it, None) or (None, why it is not a symbol, in words)."""
    try:
        return str(JointSymbol.parse(text.strip())), None
    except SymbolError as err:
        return None, err.words


def report_stylesheet() -> str:
    return files("sessional.render").joinpath("templates", "report.css").read_text("utf-8")


BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)


def report_preview(record: Record, lang: str) -> str:
    """The HTML report's body, as the same renderer writes the files (escaped there)."""
    html = render_report(record, lang, "html").decode("utf-8")
    found = BODY.search(html)
    return found.group(1) if found else ""



def speaker_names(record: Record, lang: Lang) -> dict[str, str]:
    """Who may be on a list of speakers, named in `lang` as on the first day of the record:
    every State of the reference data ('S:FRA') and each organization attending ('O:key')."""
    on = record.first_day
    names = {f"S:{code}": entity.name(lang, on) or entity.name("en", on) or code
             for code, entity in refdata.all_countries().items()}
    for category in ORGANIZATION_CATEGORIES:
        for ref in getattr(record.attendance, category).items:
            shown = organization_shown(ref, lang)
            names[f"O:{shown.code}"] = shown.name
    return names


def date_shown(day: dt.date, lang: Lang) -> str:
    """A date as the report writes it in that language (12 October 2017, 2017年10月12日)."""
    from ..compose.catalog import phrases  # the report's catalogue, read on first use
    from ..compose.formats import date_text

    return date_text(phrases(lang), day)
