"""Values inside a phrase: dates and date ranges, counts, ordinals, agenda item numbers."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import icu

from ..model import Lang
from .grammar import Grammar, compile_template, grammar

PLACEHOLDER = re.compile(r"^\s*\[\s*…+\s*\]\s*$|^\s*\[\s*\.\.\.+\s*\]\s*$")
_DAY = r"\d{1,2}(?:er)?"
_YEAR = r"\d{4}"


def is_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.match(text))


@cache
def _date_fields(lang: Lang) -> dict[str, str]:
    months = "|".join(re.escape(m) for m in sorted(grammar(lang).months, key=len, reverse=True))
    month = f"(?:{months})"
    return {"day": _DAY, "d1": _DAY, "d2": _DAY, "month": month, "m1": month, "m2": month,
            "year": _YEAR, "month_number": r"\d{1,2}", "m1_number": r"\d{1,2}",
            "m2_number": r"\d{1,2}", "start": r".+?", "end": r".+?"}


@cache
def date_field(lang: Lang) -> str:
    """A regular expression for one date as the language writes it, or a placeholder."""
    g = grammar(lang)
    pattern = compile_template(g.text("date", "{day} {month} {year}"), _date_fields(lang))
    inner = pattern.pattern.removeprefix(r"^\s*").removesuffix(r"\s*$")
    inner = re.sub(r"\(\?P<\w+>", "(?:", inner)
    return rf"(?:{inner}|\[\s*…+\s*\])"


def _month(g: Grammar, found: dict[str, str], key: str) -> int:
    if found.get(f"{key}_number"):
        return int(found[f"{key}_number"])
    return g.months[found[key]]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def parse_date(text: str, lang: Lang) -> dt.date | None:
    g = grammar(lang)
    pattern = compile_template(g.text("date", "{day} {month} {year}"), _date_fields(lang))
    found = pattern.match(text.strip())
    if not found:
        return None
    d = found.groupdict()
    try:
        return dt.date(int(d["year"]), _month(g, d, "month"), _day(d["day"]))
    except (ValueError, KeyError):
        return None


def parse_range(text: str, lang: Lang, short: bool = False) -> tuple[dt.date, dt.date] | None:
    """'from 9 to 13 October 2017' (or the heading form '9–13 October 2017')."""
    g = grammar(lang)
    fields = _date_fields(lang)
    text = text.strip()
    same_month = "{d1}-{d2} {month} {year}" if short else "from {d1} to {d2} {month} {year}"
    two_days = "{d1} and {d2} {month} {year}" if short else "on {d1} and {d2} {month} {year}"
    for msgid in (same_month, two_days, "from {d1} {m1} to {d2} {m2} {year}"):
        found = compile_template(g.text("date", msgid), fields).match(text)
        if found:
            d = found.groupdict()
            try:
                year = int(d["year"])
                if "m1" in d or "m1_number" in d:
                    return (dt.date(year, _month(g, d, "m1"), _day(d["d1"])),
                            dt.date(year, _month(g, d, "m2"), _day(d["d2"])))
                month = _month(g, d, "month")
                return dt.date(year, month, _day(d["d1"])), dt.date(year, month, _day(d["d2"]))
            except (ValueError, KeyError):
                return None
    found = compile_template(g.text("date", "from {start} to {end}"), fields).match(text)
    if found:
        start, end = parse_date(found["start"], lang), parse_date(found["end"], lang)
        if start and end:
            return start, end
    single = parse_date(text, lang)
    return (single, single) if single else None


@cache
def venue_and_dates(text: str, lang: Lang) -> tuple[str, tuple[dt.date, dt.date]] | None:
    """'St. Petersburg, Russian Federation, from 2 to 6 November 2015' -> the venue and the
    dates: the shortest venue after which the rest reads as dates."""
    words = text.strip().rstrip(".。;；").split()
    for k in range(1, len(words)):
        dates = parse_range(" ".join(words[k:]), lang)
        if dates is not None:
            return " ".join(words[:k]).strip(" ,"), dates
    return None


@cache
def _formatter(lang: Lang, rule_set: str) -> icu.RuleBasedNumberFormat:
    tag = icu.URBNFRuleSetTag.ORDINAL if rule_set.startswith("%digits") \
        else icu.URBNFRuleSetTag.SPELLOUT
    formatter = icu.RuleBasedNumberFormat(tag, icu.Locale(lang))
    formatter.setDefaultRuleSet(rule_set)
    formatter.setLenient(True)
    return formatter


def parse_number(text: str, lang: Lang, setting: str) -> int | None:
    """A count or an ordinal as the language writes it (eight, 八, 1st, 1re, الأولى)."""
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    if setting == "count-rule-set":  # the catalogue's own words (ar ثماني)
        pairs = [p.split("=", 1) for p in grammar(lang).setting("count-words").split("|")
                 if "=" in p]
        words = {word: int(number) for number, word in pairs}
        if text in words:
            return words[text]
    rule_sets = [grammar(lang).setting(setting)]
    if lang == "zh":
        rule_sets += ["%spellout-cardinal", "%spellout-cardinal-alternate2"]
    for rule_set in rule_sets:
        try:
            value = _formatter(lang, rule_set).parse(text)
        except icu.ICUError:
            continue
        number = int(value.getLong())
        if number > 0:
            return number
    return None


def parse_items(text: str, lang: Lang) -> tuple[list[tuple[str, bool]], bool] | None:
    """Agenda item numbers -> ([(number, tentative)], taken_together)."""
    g = grammar(lang)
    text = text.strip()
    for msgid, tentative in (("{first} [to {last}] (agenda items)", True),
                             ("{first} to {last} (agenda items)", False)):
        found = compile_template(g.text("list", msgid), {"first": r"\d+", "last": r"\d+"}) \
            .match(text)
        if found:
            first, last = int(found["first"]), int(found["last"])
            if last < first:
                return None
            return [(str(n), tentative and n > first) for n in range(first, last + 1)], True
    numbers = re.findall(r"\[?\d+\]?", text)
    if not numbers or (re.sub(r"[\d\s\[\]]", "", text).strip(",、，和andetyиو ") and \
            not _only_separators(text, g)):
        return None
    return [(n.strip("[]"), n.startswith("[")) for n in numbers], False


def _only_separators(text: str, g: Grammar) -> bool:
    rest = re.sub(r"\[?\d+\]?", " ", text)
    for sep in (g.text("list", ", (agenda items)"), g.text("list", " and (agenda items)")):
        rest = rest.replace(sep.strip(), " ")
    return not rest.strip()
