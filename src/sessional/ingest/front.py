"""The head of a report: masthead, each body with its dates and venue, the title."""

from __future__ import annotations

import re

from ..model import LANGUAGES, Lang
from .draft import BodyDraft, Draft
from .grammar import grammar
from .segment import Block, join
from .values import parse_range

_SYMBOL = re.compile(r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.]+)+(-[A-Z][A-Za-z0-9./]*)*$")


def read_front(blocks: list[Block], draft: Draft) -> None:
    """Bodies with their heading dates and venue, the masthead and the title; other lines stay
    unclassified."""
    lines = [line for block in blocks for line in (block.lines or [block.text])]
    g = grammar(draft.lang)
    rest: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        heading = g.match("title", "{dates}, {venue}", nxt) if nxt else None
        dates = parse_range(heading["dates"], draft.lang, short=True) if heading else None
        if heading and dates and not _masthead(line, draft):
            draft.bodies.append(BodyDraft(key=f"B{len(draft.bodies) + 1}", name=line,
                                          language=draft.lang, heading_dates=dates,
                                          venue=heading["venue"].strip()))
            i += 2
            continue
        if not _masthead(line, draft):
            rest.append(line)
        i += 1
    title = ""
    for line in rest:
        title = join(title, line)
    if title and not _title(title, draft):
        draft.unclassified.append({"position": 0, "paragraph": None, "section": "front",
                                   "text": title, "reason": "front matter not understood"})


def _masthead(line: str, draft: Draft) -> bool:
    g = grammar(draft.lang)
    if _SYMBOL.match(line):
        draft.symbol = line
        return True
    if line in {g.text("masthead", "Distr.: General"), "Distr.: General", "Distr.: Limited"}:
        return True
    if line == g.text("masthead", "Draft"):
        draft.title_status = "draft"
        return True
    parts = [p.strip() for p in line.split(" · ")]
    if len(parts) > 1:
        return all(_masthead(p, draft) for p in parts)
    original = g.match("masthead", "Original: {language}", line)
    if original:
        draft.original_language = _language(original["language"])
        return True
    return False


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
            draft.title_status = status
            for body in draft.bodies:
                if body.venue is None:
                    body.venue = found["venue"].strip()
            return True
    return False
