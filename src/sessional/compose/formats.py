"""Dates, counts, ordinals and lists as each language's UN reports write them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

import icu

from ..model import Lang
from .catalog import Phrases
from .tree import Inline, Parts, Placeholder, Text

# the catalogues' msgids for the months (context "month"): their English names
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _month(ph: Phrases, day: dt.date) -> str:
    return ph.text("month", MONTHS[day.month - 1])


def _day(ph: Phrases, day: dt.date) -> str:
    return ph.setting("first-day") if day.day == 1 else str(day.day)


def date_text(ph: Phrases, day: dt.date) -> str:
    """9 October 2017; 2017 年 10 月 9 日; 1er octobre 2017; 9 de octubre de 2017."""
    return ph.text("date", "{day} {month} {year}", day=_day(ph, day), month=_month(ph, day),
                   month_number=str(day.month), year=str(day.year))


def range_text(ph: Phrases, start: dt.date, end: dt.date, short: bool = False) -> str:
    """from 9 to 13 October 2017 (short: 9–13 October 2017, for headings)."""
    if start == end:
        return date_text(ph, start)
    if start.year == end.year and start.month == end.month:
        msgid = "{d1}-{d2} {month} {year}" if short else "from {d1} to {d2} {month} {year}"
        if (end - start).days == 1:
            msgid = "{d1} and {d2} {month} {year}" if short else \
                "on {d1} and {d2} {month} {year}"
        return ph.text("date", msgid, d1=_day(ph, start), d2=_day(ph, end),
                       month=_month(ph, start), month_number=str(start.month),
                       year=str(start.year))
    if start.year == end.year:
        return ph.text("date", "from {d1} {m1} to {d2} {m2} {year}", d1=_day(ph, start),
                       m1=_month(ph, start), m1_number=str(start.month), d2=_day(ph, end),
                       m2=_month(ph, end), m2_number=str(end.month), year=str(start.year))
    return ph.text("date", "from {start} to {end}", start=date_text(ph, start),
                   end=date_text(ph, end))


@cache
def _rule_formatter(lang: Lang, rule_set: str) -> icu.RuleBasedNumberFormat:
    tag = icu.URBNFRuleSetTag.ORDINAL if rule_set.startswith("%digits") else \
        icu.URBNFRuleSetTag.SPELLOUT
    formatter = icu.RuleBasedNumberFormat(tag, icu.Locale(lang))
    formatter.setDefaultRuleSet(rule_set)
    return formatter


def count_text(ph: Phrases, n: int, rule_set: str = "count-rule-set") -> str:
    """eight, huit, 八, ثماني; 12 (figures above the language's spell-out limit). Words the
    catalogue lists under `count-words` come first: ICU spells Arabic numbers without the
    polarity of their noun (ثمانية), UN Arabic writes 'ثماني جلسات'."""
    words = count_words(ph) if rule_set == "count-rule-set" else {}
    if n in words:
        return words[n]
    limit = ph.setting("spell-out-up-to")
    if limit != "any" and n > int(limit):
        return str(n)
    return str(_rule_formatter(ph.lang, ph.setting(rule_set)).format(n))


def count_words(ph: Phrases) -> dict[int, str]:
    pairs = [pair.split("=", 1) for pair in ph.setting("count-words").split("|") if "=" in pair]
    return {int(number): word for number, word in pairs}


def pair_count_text(ph: Phrases, n: int) -> str:
    """Chinese counts before a measure word use 两 for two (两个工作组)."""
    if ph.lang == "zh":
        return str(_rule_formatter("zh", "%spellout-cardinal-alternate2").format(n))
    return count_text(ph, n)


def ordinal_text(ph: Phrases, n: int) -> str:
    """1st, 1re, الأولى; in Chinese the numeral of 第一次."""
    return str(_rule_formatter(ph.lang, ph.setting("ordinal-rule-set")).format(n))


def session_ordinal_text(ph: Phrases, n: int, role: str = "") -> str:
    """eleventh, onzième, cuarto (11º above ten), одиннадцатой, الحادية عشرة; zh 十一 for 第十一届.
    `role` "object" gives the form of the object of a verb (ru accusative)."""
    limit = ph.setting("session-ordinal-words-up-to")
    if limit != "any" and n > int(limit):
        return ph.text("ordinal", "{number} (session ordinal in figures)", number=str(n))
    key = "session-ordinal-rule-set (object)" if role == "object" else "session-ordinal-rule-set"
    return str(_rule_formatter(ph.lang, ph.setting(key)).format(n))


def join_list(ph: Phrases, entries: Sequence[Parts], complete: bool) -> Parts:
    """A, B and C (complete) or A, B, C (a partial list: the placeholder follows)."""
    out: list[Inline] = []
    separator = ph.text("list", ", (separator)")
    for i, entry in enumerate(entries):
        if i:
            last = complete and i == len(entries) - 1
            out.append(Text(_last_separator(ph, entry) if last else separator))
        out.extend(entry)
    return tuple(out)


def _last_separator(ph: Phrases, entry: Parts) -> str:
    first = next((p.text for p in entry if isinstance(p, Text) and p.text), "").lower()
    sounds_i = first[:1] in {"i", "í"} or (first[:2] in {"hi", "hí"} and first[:3] != "hie")
    if sounds_i:
        return ph.text("list", " and (before a word starting with i)")
    return ph.text("list", " and (last separator)")


def join_bodies(ph: Phrases, names: Sequence[Parts], where: str = "") -> Parts:
    """A and B. `where` names the sentence ('title', 'joint item', 'joint items heading'),
    whose joining words in the catalogue repeat its preposition before each later body where
    the language does (fr 'du Groupe A et du Groupe B', 'au Groupe A et au Groupe B'; es 'del
    Grupo A y del Grupo B')."""
    out: list[Inline] = []
    for i, name in enumerate(names):
        if i:
            last = i == len(names) - 1
            if where:
                msgid = f" and (two bodies, {where})" if last else f", (bodies, {where})"
            else:
                msgid = " and (two bodies)" if last else ", (separator)"
            out.append(Text(ph.text("list", msgid)))
        out.extend(name)
    return tuple(out)


def item_numbers(ph: Phrases, numbers: Sequence[str], tentative: Sequence[bool],
                 together: bool, path: str = "$") -> Parts:
    """Agenda item numbers: '2 to 4' when taken together and three or more consecutive, '2 [to 4]'
    when the end is in square brackets (a tentative part, marked as such), else '1, 2 and 3' and
    '8 and 9' (two items are never a range: "Items 8 and 9 of the provisional agenda",
    E/CN.7/2008/CRP.13); a tentative item of a list is bracketed and marked alone."""
    values = [int(n) for n in numbers]
    consecutive = len(values) >= 3 and values == list(range(values[0], values[0] + len(values)))
    if together and consecutive:
        first = numbers[0]
        if any(tentative[1:]) and not tentative[0]:
            text = ph.text("list", "{first} [to {last}] (agenda items)", first=first,
                           last=numbers[-1])
            cut = text.index("[")
            return (Text(text[:cut]), Placeholder(text[cut:], "tentative", path,
                                                  "end of the range not yet confirmed"))
        return (Text(ph.text("list", "{first} to {last} (agenda items)", first=first,
                             last=numbers[-1])),)
    out: list[Inline] = []
    text = ""  # the plain text since the last placeholder
    for i, (number, unsure) in enumerate(zip(numbers, tentative, strict=True)):
        if i:
            last = i == len(numbers) - 1
            text += ph.text("list", " and (agenda items)" if last else ", (agenda items)")
        if unsure:
            out += [Text(text)] if text else []
            out.append(Placeholder(f"[{number}]", "tentative", path,
                                   "agenda item not yet confirmed"))
            text = ""
        else:
            text += number
    return tuple([*out, Text(text)] if text else out)
