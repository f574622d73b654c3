"""The head of a report: masthead, each body with its dates and venue, the title."""

from __future__ import annotations

import re
from typing import Any

from ..model import LANGUAGES, Lang
from .draft import BodyDraft, Draft
from .grammar import grammar
from .segment import Block, join
from .values import parse_date, parse_range

_SYMBOL = re.compile(r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.]+)+(-[A-Z][A-Za-z0-9./]*)*$")


def read_front(blocks: list[Block], draft: Draft) -> None:
    """Bodies with their heading dates and venue, the masthead and the title; other lines stay
    unclassified. A body's name or its dates may wrap over several lines."""
    units: list[str] = []
    for block in blocks:
        lines = [line.strip() for line in (block.lines or [block.text]) if line.strip()]
        lines = [line for line in lines if not _masthead(line, draft)]
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
    title = ""
    for unit in units[start:]:
        title = join(title, unit)
    if title and not _title(title, draft):
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
        return all(_masthead(p, draft) for p in parts)
    original = g.match("masthead", "Original: {language}", line)
    if original:
        draft.original_language = _language(original["language"])
        return True
    # the date of issue, and the line naming the language of the version
    return _is_language_line(line) or parse_date(line, draft.lang) is not None


def _is_language_line(line: str) -> bool:
    """The masthead's line naming the language of the version ("Français", "Chinese")."""
    from babel import Locale

    wanted = line.strip().casefold()
    return any(str(Locale.parse(display).languages.get(code, "")).casefold() == wanted
               for display in LANGUAGES for code in LANGUAGES)


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
