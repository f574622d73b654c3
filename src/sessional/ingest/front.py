"""The head of a report: masthead, each body with its dates and venue, the title."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..model import LANGUAGES, Lang
from .draft import BodyDraft, Draft
from .grammar import Found, grammar
from .segment import Block, join
from .values import is_placeholder, parse_date, parse_range, venue_and_dates

_SYMBOL = re.compile(r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.]+)+(-[A-Z][A-Za-z0-9./]*)*$")


def read_front(blocks: list[Block], draft: Draft) -> None:
    """Bodies with their heading dates and venue, the masthead and the title; other lines stay
    unclassified. A body's name or its dates may wrap over several lines."""
    units: list[str] = []
    top = True  # above "Original:", a "[…]" is the masthead's symbol or date still to come
    for block in blocks:
        lines = [line.strip() for line in (block.lines or [block.text]) if line.strip()]
        kept = []
        for line in lines:
            if top and is_placeholder(line):
                continue
            if not _masthead(line, draft):
                kept.append(line)
                top = False
            elif _original(line, draft):
                top = False
        lines = kept
        whole = ""
        for line in lines:
            whole = join(whole, line)
        dated = [i for i in range(len(lines)) if _dates_line(lines, i, draft)]
        # "Working Group on Firearms" above "Vienna, 2 and 3 May 2019" is a name and its dates,
        # never one venue "Working Group on Firearms Vienna"
        if whole and (len(lines) == 1 or not dated or (dated == [0] and _dates(whole, draft))):
            units.append(whole)  # a block that is one thing: a name, a heading line, the title
        else:
            units += lines  # a block of several things (text extracted from a PDF)
    _bodies_and_title(units, draft)


def _bodies_and_title(units: list[str], draft: Draft) -> None:
    start = i = 0
    while i < len(units):
        found = _dates_line(units, i, draft) if i > start else None
        if found is None:
            i += 1
            continue
        later = _dates_line(units, i + 1, draft) if i + 1 < len(units) else None
        if later and later[0] == found[0] and _known_place(later[2]) and \
                not _known_place(found[2]):
            i, found = i + 1, later  # "…Technical / Assistance / Vienna, 10–13 October 2017"
        end, dates, venue = found
        name = ""
        for unit in units[start:i]:
            name = join(name, unit)
        draft.bodies.append(BodyDraft(key=f"B{len(draft.bodies) + 1}", name=name,
                                      language=draft.lang, heading_dates=dates, venue=venue))
        start = i = end
    rest = units[start:]
    if not draft.bodies:
        rest = _body_above_title(rest, draft)
    title = ""
    for unit in rest:
        title = join(title, unit)
    if title and not (_title(title, draft) or _session_title(title, draft)):
        draft.unclassified.append({"position": 0, "paragraph": None, "section": "front",
                                   "text": title, "reason": "front matter not understood"})


def _known_place(venue: str) -> bool:
    from ..refdata.bodies import place_by_name

    return place_by_name(venue) is not None


def _dates(text: str, draft: Draft) -> tuple[tuple[Any, Any], str] | None:
    heading = grammar(draft.lang).match("title", "{dates}, {venue}", text)
    dates = parse_range(heading["dates"], draft.lang, short=True) if heading else None
    if heading and dates and len(heading["venue"]) <= 40:
        return dates, heading["venue"].strip()
    return None


def _dates_line(lines: list[str], i: int, draft: Draft) -> tuple[int, tuple[Any, Any], str] | None:
    """A heading line 'dates, venue' starting at line i (wrapped over up to three lines)."""
    text = ""
    for k in range(i, min(i + 3, len(lines))):
        text = join(text, lines[k])
        found = _dates(text, draft)
        if found:
            return k + 1, found[0], found[1]
    return None


def _masthead(line: str, draft: Draft) -> bool:
    g = grammar(draft.lang)
    if _SYMBOL.match(line):
        draft.symbol = line
        return True
    if line in {g.text("masthead", "Distr.: General"), "Distr.: General", "Distr.: Limited",
                g.text("masthead", "United Nations"), "United Nations"}:
        return True
    if line == g.text("masthead", "Draft"):
        draft.title_status = "draft"
        return True
    if "·" in line:  # the masthead of our Markdown: "Distr.: General · Original: Chinese · Draft"
        parts = [p.strip() for p in line.split("·") if p.strip()]
        # "[…]" in our masthead line stands for a symbol or date of issue still to come
        return all(is_placeholder(p) or _masthead(p, draft) for p in parts)
    original = _original(line, draft)
    if original:
        draft.original_language = _language(original["language"])
        return True
    # the date of issue, and the line naming the language of the version
    return _is_language_line(line) or parse_date(line, draft.lang) is not None


def _original(line: str, draft: Draft) -> Found | None:
    """The masthead's "Original: English", its language named."""
    return grammar(draft.lang).match("masthead", "Original: {language}", line)


def _is_language_line(line: str) -> bool:
    """The masthead's line naming the language of the version ("Français", "Chinese")."""
    return line.strip().casefold() in _language_names()


@cache
def _language_names() -> frozenset[str]:
    """The six languages' names in each of the six (Babel's CLDR data), case folded."""
    from babel import Locale

    return frozenset(str(Locale.parse(display).languages.get(code, "")).casefold()
                     for display in LANGUAGES for code in LANGUAGES) - {""}


def _language(name: str) -> Lang | None:
    from babel import Locale

    wanted = name.strip().casefold()
    for display in ("en", "fr", "es"):
        names = Locale.parse(display).languages
        for code in LANGUAGES:
            if str(names.get(code, "")).casefold() == wanted:
                return code
    return None


def _title(text: str, draft: Draft) -> bool:
    g = grammar(draft.lang)
    for msgid, status in (("Draft report on the meeting of {bodies} held in {venue} {dates}",
                           "draft"),
                          ("Report on the meeting of {bodies} held in {venue} {dates}", "final")):
        found = g.match("title", msgid, text)
        if found:
            if status == "draft" or draft.title_status != "draft":  # "Draft" may stand alone
                draft.title_status = status
            venue = found.groupdict().get("venue")  # ru names it in the locative: no venue
            for body in draft.bodies:
                if body.venue is None and venue:
                    body.venue = venue.strip()
            return True
    return False


_SESSION_TITLES = (("Draft report of {body} on its {ordinal} session, held in {venue} {dates}",
                    "draft"),
                   ("Report of {body} on its {ordinal} session, held in {venue} {dates}",
                    "final"))


def _session_title(text: str, draft: Draft) -> bool:
    """"Report of the Implementation Review Group on its tenth session, held in Vienna from 27
    to 29 May 2019": the body (taken from here when no heading named it), venue and dates."""
    g = grammar(draft.lang)
    for msgid, status in _SESSION_TITLES:
        found = g.match("title", msgid, text)
        if found is None:
            continue
        if not draft.bodies:
            draft.bodies.append(BodyDraft(key="B1", name=_bare(found["body"]),
                                          language=draft.lang))
        body = draft.body_by_name(found["body"]) if len(draft.bodies) == 1 else None
        place = venue_and_dates(found.between("venue", "dates"), draft.lang)
        if body is not None and place is not None:
            body.venue = body.venue or place[0]
            body.stated.append((place[1], "title"))
            if body.heading_dates is None and body.dates is None:
                body.dates = place[1]
        draft.title_status = status
        return True
    return False


def _bare(name: str) -> str:
    return re.sub(r"^(the|The|le|Le|la|La|el|El|l['’]|L['’])\s*", "", name.strip())


def _body_above_title(units: list[str], draft: Draft) -> list[str]:
    """A report whose heading gives no dates ("Commission on Crime Prevention and Criminal
    Justice" above "Report on the twenty-eighth session (…)"): the line just above the title
    names the body; its dates stay unknown. The title's units are returned."""
    word = _title_word(draft.lang)
    for k in range(1, len(units)):
        if units[k].casefold().startswith(word) and len(units[k - 1]) <= 150 and \
                not any(ch.isdigit() for ch in units[k - 1]):
            draft.bodies.append(BodyDraft(key="B1", name=units[k - 1], language=draft.lang))
            return units[k:]
    return units


def _title_word(lang: Lang) -> str:
    """The word a report's title starts with ("Report", "Rapport", "Доклад")."""
    title = grammar(lang).text("title", "Report of {body} on its {ordinal} session, held in "
                               "{venue} {dates}")
    return title.split()[0].casefold() if lang not in {"zh", "ar"} else title[:2]

