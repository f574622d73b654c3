"""A summary record (symbol …/SR.n): the record of one meeting of the body its masthead names.

Its masthead's left column ("Conference of the States Parties to the United Nations Convention
against Corruption") is the body, here and only here, and only when the reference data knows
that name in the record's language; its title ("Summary record of the 1st meeting"), the line
that says when it was held ("Held at …, on Monday, 16 December 2019, at 10 a.m.") and the
presiding officer's line ("President: Mr. Abdulla Al Kaabi (United Arab Emirates)") give the
meeting, its date and the officer.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Lang
from ..refdata.bodies import body_templates
from ..refdata.cues import reading_cues
from .attendance import on
from .draft import BodyDraft, Draft
from .names import person_name, split_list
from .values import parse_date, parse_number

_SR = re.compile(r"/SR\.(\d+)$")
_ROLES = {"president": "president", "chair": "chair"}


def is_summary_record(symbol: str | None) -> bool:
    return bool(symbol and _SR.search(symbol))


def read_summary_record(draft: Draft, banner: list[str], units: list[str]) -> None:
    """The body from the banner, then the meeting and its presiding officer from the head."""
    name = _known_body(" ".join(banner), draft.lang)
    if name is None:
        return
    body = BodyDraft(key="B1", name=name, language=draft.lang)
    draft.bodies.append(body)
    number = _meeting_number(units, draft.lang)
    if number is not None:
        meeting = body.meetings.setdefault(number, {"number": number, "items": []})
        held = next((u for u in units if _cue_at_start(u, draft.lang, "held_at")), None)
        day = _first_date(held, draft.lang) if held else None
        if day is not None:
            meeting["date"] = day.isoformat()
    for unit in units:
        _presiding(draft, body, unit)


def _known_body(text: str, lang: Lang) -> str | None:
    wanted = re.sub(r"\s+", " ", text).strip().casefold()
    for template in body_templates().values():
        name = template.name(lang)
        if name and (wanted == name.casefold() or wanted.endswith(" " + name.casefold())):
            return name  # "United Nations Conference of the States Parties …": the banner's end
    return None


def _meeting_number(units: list[str], lang: Lang) -> int | None:
    """'Summary record of the 1st meeting' -> 1."""
    for unit in units:
        for cue in reading_cues(lang).get("summary_record", ()):
            found = re.search(re.escape(cue) + r"\s+(\S+)\s+", unit, re.I)
            if found:
                return parse_number(found.group(1), lang, "ordinal-rule-set")
    return None


def _cue_at_start(text: str, lang: Lang, meaning: str) -> bool:
    return any(text.casefold().startswith(cue.casefold())
               for cue in reading_cues(lang).get(meaning, ()))


def _first_date(text: str, lang: Lang) -> dt.date | None:
    """The first date of the line: 'on Monday, 16 December 2019, at 10 a.m.'."""
    words = text.replace(",", " ").split()
    for i in range(len(words)):
        for j in (3, 4):
            day = parse_date(" ".join(words[i:i + j]), lang)
            if day is not None:
                return day
    return None


def _presiding(draft: Draft, body: BodyDraft, unit: str) -> None:
    for role in _ROLES:
        for cue in reading_cues(draft.lang).get(f"presiding:{role}", ()):
            found = re.match(re.escape(cue) + r"\s*:\s*(.+?)\s*\(([^()]+)\)\s*$", unit)
            if not found:
                continue
            states = split_list(found.group(2), draft.lang, on(draft), "state")
            name = person_name(found.group(1), draft.lang)
            if name and len(states) == 1 and states[0].code:
                draft.officers.append({"name": name, "role": _ROLES[role],
                                       "state": states[0].code, "bodies": [body.key]})
                return
