"""A protected date, written in the language of the translation as the reports write dates.

The export protects dates as placeholders (the Chinese "2006 年 10 月 9 日至 18 日", the English
"9 October 2017") so that a translator cannot change them; the text imported into French then
says "du 9 au 18 octobre 2006" where the placeholder stands, from the report catalogues (the
same words as the report's own dates), not the Chinese."""

from __future__ import annotations

import datetime as dt
import re

from ..compose.catalog import phrases
from ..compose.formats import date_text, range_text
from ..model import Lang

DATES = frozenset({"date", "dates"})  # the kinds of placeholder that are dates
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_CHINESE = re.compile(r"(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日"
                      r"(?: ?至 ?(?:(\d{1,2}) ?月 ?)?(\d{1,2}) ?日)?")
_ENGLISH = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})")


def days_of(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a protected date names, or None where it names no real day."""
    try:
        if found := _CHINESE.fullmatch(text):
            year, month, day, end_month, end_day = found.groups()
            start = dt.date(int(year), int(month), int(day))
            end = dt.date(start.year, int(end_month or month), int(end_day or day))
            return (start, end) if end >= start else None
        if found := _ENGLISH.fullmatch(text):
            day, month_name, year = found.groups()
            start = dt.date(int(year), MONTHS.index(month_name) + 1, int(day))
            return start, start
    except ValueError:  # 30 February
        return None
    return None


def date_in(text: str, lang: Lang) -> str:
    """The protected date `text` as `lang` writes it (the text itself where it is no date)."""
    days = days_of(text)
    if days is None:
        return text
    start, end = days
    ph = phrases(lang)
    return date_text(ph, start) if start == end else range_text(ph, start, end)
