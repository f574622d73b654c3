"""The FRBR names of a report in Akoma Ntoso, after the AKN4UN naming convention.

One pattern, for every report:

    work           /akn/un/doc/report/<date>/<number>
    expression     /akn/un/doc/report/<date>/<number>/<lang>@
    manifestation  /akn/un/doc/report/<date>/<number>/<lang>@/!main.xml

`un` is the AKN4UN jurisdiction of the United Nations, `doc` the Akoma Ntoso document type of a
report (the OASIS schema has no report type of its own; a `doc` names its kind with
`name="report"`). `<date>` is the date of the Work: the report's date of issue, else the day it
was adopted, else the last day of the session. `<number>` is the document symbol, lower case,
each "/" written "-" ("CTOC/COP/WG.2/2017/4" -> "ctoc-cop-wg.2-2017-4"); a report with no
symbol yet takes "draft-" and its first body's symbol series ("draft-ctoc-cop-wg.3"), and its
`docNumber` is a placeholder. `<lang>` is the ISO 639-2 code of the expression's language (ara,
zho, eng, fra, spa, rus)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Record, Unknown

LANGUAGE_CODES = {"ar": "ara", "zh": "zho", "en": "eng", "fr": "fra", "es": "spa", "ru": "rus"}


@dataclass(frozen=True)
class WorkDate:
    date: dt.date
    name: str  # what the date is: issuance, adoption, session end


@dataclass(frozen=True)
class ReportNames:
    work: str
    expression: str
    manifestation: str
    number: str
    date: WorkDate
    symbol: str | None


def work_date(record: Record) -> WorkDate:
    report = record.report
    if isinstance(report.date, dt.date):
        return WorkDate(report.date, "issuance")
    if isinstance(report.adopted_on, dt.date):
        return WorkDate(report.adopted_on, "adoption")
    ends = [s.dates.end for s in record.sessions if not isinstance(s.dates, Unknown)]
    return WorkDate(max(ends) if ends else dt.date(1970, 1, 1), "session end")


def symbol_number(symbol: str) -> str:
    return symbol.strip().lower().replace("/", "-").replace(" ", "")


def report_names(record: Record, lang: str) -> ReportNames:
    symbol = None if isinstance(record.report.symbol, Unknown) else str(record.report.symbol)
    number = symbol_number(symbol) if symbol else \
        "draft-" + symbol_number(record.bodies[0].symbol_series)
    when = work_date(record)
    work = f"/akn/un/doc/report/{when.date.isoformat()}/{number}"
    expression = f"{work}/{LANGUAGE_CODES[lang]}@"
    return ReportNames(work, expression, f"{expression}/!main.xml", number, when, symbol)
