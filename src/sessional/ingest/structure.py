"""Stage 3: blocks -> where each stands in the report: front matter, chapter, section, body.

Chapter and section headings are known by their titles in the catalogue of the report's
language; body subheadings by the bodies' names, learned from the front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from ..model import Lang
from ..refdata.cues import reading_cues
from ..refdata.phrases import catalog
from .grammar import grammar
from .segment import Block

CHAPTERS = {
    "Introduction": "introduction", "Recommendations": "recommendations",
    "Summary of deliberations": "deliberations", "Organization of the meeting": "organization",
    "Organization of the session": "organization", "Adoption of the report": "adoption",
}
SECTIONS = {
    "Opening of the meeting": "opening", "Opening of the session": "opening",
    "Statements": "statements",
    "Adoption of the agenda and organization of work": "agenda", "Attendance": "attendance",
    "Documentation": "documents",
}


SIMILAR = 0.9  # a title this like a known one is that one (a spelling, a letter)


@dataclass
class Placed:
    block: Block
    chapter: str | None = None  # None: front matter
    section: str | None = None
    body: str | None = None  # the body subheading it stands under (its name as written)
    heading: str | None = None  # the lettered heading it stands under (chapter III)


@cache
def _labels(lang: Lang, ctx: str) -> tuple[str, ...]:
    return tuple(str(m.string) for m in catalog(lang) if m.context == ctx and m.string)


@cache
def _heading_pattern(lang: Lang) -> re.Pattern[str]:
    """'IV. Organization', 'B - Attendance', 'Part II – Organization of the session'."""
    label = "|".join(re.escape(x) for x in [*_labels(lang, "chapter-number"),
                                            *_labels(lang, "section-letter")])
    part = "|".join(re.escape(x) for x in reading_cues(lang).get("part", ()))
    prefix = rf"(?:(?i:{part})\s+)?" if part else ""
    return re.compile(rf"^\s*{prefix}(?:{label})\s*[.\-–—:]\s*(.+?)\s*$")


@cache
def _titles(lang: Lang) -> dict[str, str]:
    """Chapter and section titles of the language (spaces removed) -> their msgid; with the
    other titles real reports give them ("Organization of the session"), from the reading
    cues."""
    titles: dict[str, str] = {}
    for m in catalog(lang):  # two titles alike (zh 会议安排: meeting, session): the first
        if m.context in {"chapter", "section"} and isinstance(m.string, str):
            titles.setdefault(re.sub(r"\s+", "", str(m.string)), str(m.id))
    for meaning, cues in reading_cues(lang).items():
        if meaning.startswith("heading:"):
            titles.update({re.sub(r"\s+", "", cue): meaning[len("heading:"):] for cue in cues})
    return titles


def heading_title(text: str, lang: Lang) -> str | None:
    """'IV. Organization of the meeting' -> 'Organization of the meeting' (the msgid)."""
    found = _heading_pattern(lang).match(text)
    if not found:
        return None
    return _title_like(re.sub(r"\s+", "", found.group(1)), lang)


@cache
def _title_like(title: str, lang: Lang) -> str | None:
    """The msgid of a known title, or of the one title it differs from by a letter or two
    ("Organisation of the session"); None when it is like none, or like two."""
    titles = _titles(lang)
    if title in titles:
        return titles[title]
    folded = title.casefold()
    near = {msgid for known, msgid in titles.items()
            if SequenceMatcher(None, folded, known.casefold()).ratio() >= SIMILAR}
    return near.pop() if len(near) == 1 else None


@cache
def _lettered(lang: Lang) -> re.Pattern[str]:
    letters = "|".join(re.escape(x) for x in _labels(lang, "section-letter"))
    return re.compile(rf"^\s*(?:{letters})\s*[.\-]\s+\S")


def is_lettered(text: str, lang: Lang) -> bool:
    return bool(_lettered(lang).match(text))


def place(blocks: list[Block], lang: Lang, body_names: list[str],
          untitled: bool = False) -> list[Placed]:
    """Each block under its chapter, section, body and heading. In a report without a chapter
    heading we know (`untitled`), the paragraphs from the first numbered one on are read as on
    the organization of the meeting, each by what it says."""
    names = {_squeeze(n) for n in body_names}
    g = grammar(lang)
    placed: list[Placed] = []
    chapter = section = body = heading = None
    for block in blocks:
        text = block.text.strip()
        if untitled and chapter is None and block.kind == "paragraph":
            chapter = "organization"
        title = heading_title(text, lang) if block.kind != "paragraph" else None
        if title in CHAPTERS:
            chapter, section, body, heading = CHAPTERS[title], None, None, None
        elif title in SECTIONS and chapter == "organization":
            section, body, heading = SECTIONS[title], None, None
        elif block.kind != "paragraph" and chapter and (_squeeze(text) in names or g.match(
                "deliberations", "Joint items of {bodies}", text)):
            body, heading = text, None
        elif block.kind == "heading" and chapter == "deliberations" and is_lettered(text, lang):
            heading = text
        placed.append(Placed(block, chapter, section, body, heading))
    return placed


def section_key(p: Placed) -> str:
    """Where a block stands, for the confidence per section: 'organization/attendance'."""
    if p.chapter != "organization":
        return p.chapter or "front"
    return f"organization/{p.section}" if p.section else "organization"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)
