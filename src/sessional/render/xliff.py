"""XLIFF 1.2 for translators: one trans-unit per text lacking the target language, with document
symbols, dates and numbers as inline placeholders (<ph>) that a CAT tool keeps as tags; a target
pre-filled from the translation memory where it holds the same source, and its nearest other
sources as <alt-trans> proposals.

Written with the standard library's ElementTree against the OASIS XLIFF 1.2 elements (file,
header, body, trans-unit, source, ph, note), not translate-toolkit (GPL-2.0+, in an MIT
project)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from xml.etree import ElementTree as ET

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
PROTECTED = re.compile("|".join((
    r"(?P<dates>\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日 ?至 ?(?:\d{1,2} ?月 ?)?\d{1,2} ?日)",
    r"(?P<date>\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|\d{1,2} (?:" + _MONTHS + r") \d{4})",
    r"(?P<symbol>\b[A-Z][A-Za-z0-9.()*]*(?:/[A-Za-z0-9][A-Za-z0-9.()*]*)+"
    r"(?:-[A-Z][A-Za-z0-9.()*/]*)*)",
    r"(?P<number>\d+(?:[./,]\d+)*)",
)))
"""What a translator must not change: a date or a range of dates (Chinese, English), a document
symbol (CTOC/COP/WG.3/2017/1), a number (2/2, 2006)."""


@dataclass(frozen=True)
class Code:
    """A protected piece of the source: its placeholder id, what it is and its text."""

    id: str
    kind: str
    text: str


Piece = str | Code


def protect(text: str) -> tuple[Piece, ...]:
    """The text cut into plain runs and protected pieces, numbered from 1 in order."""
    pieces: list[Piece] = []
    at = 0
    for n, match in enumerate(PROTECTED.finditer(text), 1):
        if match.start() > at:
            pieces.append(text[at:match.start()])
        pieces.append(Code(str(n), str(match.lastgroup), match.group()))
        at = match.end()
    if at < len(text):
        pieces.append(text[at:])
    return tuple(pieces)


_ALONE = r"(?<![0-9A-Za-z/.]){}(?![0-9/]|[.,][0-9])"  # not in a longer number or symbol


@dataclass(frozen=True)
class Proposal:
    """A translation the memory holds for a source like the unit's: its score (100: the same
    source), that source and its translation."""

    quality: int
    source: str
    target: str


@dataclass(frozen=True)
class Unit:
    """A translatable text: its id is the JSON path of the text in the record; `target` is the
    memory's translation of this very source, `proposals` those of similar sources."""

    id: str
    source_language: str
    source: str
    note: str
    target: str | None = None
    proposals: tuple[Proposal, ...] = ()
    terms: str | None = None  # the official names its source contains, for the translator


def placed(pieces: tuple[Piece, ...], translation: str,
           shown: Callable[[Code], str | None] = lambda code: None) -> tuple[Piece, ...] | None:
    """The translation cut into runs and the source's protected pieces, each found in it as
    itself or as `shown` writes it (a date in the target's words); None where one is missing."""
    found: list[tuple[int, int, Code]] = []
    taken: list[tuple[int, int]] = []
    codes = sorted((p for p in pieces if isinstance(p, Code)), key=lambda c: -len(c.text))
    for code in codes:
        spans = [m.span() for form in dict.fromkeys((shown(code), code.text)) if form
                 for m in re.finditer(_ALONE.format(re.escape(form)), translation)]
        free = [span for span in spans if all(span[1] <= a or span[0] >= b for a, b in taken)]
        if not free:
            return None
        taken.append(free[0])
        found.append((*free[0], code))
    result: list[Piece] = []
    at = 0
    for start, end, code in sorted(found, key=lambda f: f[0]):
        if start > at:
            result.append(translation[at:start])
        result.append(code)
        at = end
    if at < len(translation):
        result.append(translation[at:])
    return tuple(result)


def xliff(record_id: str, target: str, units: Iterable[Unit], original_language: str,
          shown: Callable[[Code], str | None] = lambda code: None,
          copy_source: bool = False) -> bytes:
    """One <file> per source language; with no unit, one empty <file> from the record's
    original language (XLIFF 1.2 wants at least one). `shown` gives the text a placeholder
    becomes in the translation where it is not its own (a date in the target's words), for
    the translator to see as its equiv-text. `copy_source`: a unit the memory cannot fill
    gets a <target> that is a copy of its source, with no state (OmegaT's XLIFF filter
    translates the <target>, and finds nothing to translate in a unit without one)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}xliff", version="1.2")
    by_source: dict[str, list[Unit]] = {}
    for unit in units:
        by_source.setdefault(unit.source_language, []).append(unit)
    if not by_source:
        by_source[original_language] = []
    segments: list[tuple[ET.Element, tuple[Piece, ...]]] = []
    for source, group in by_source.items():
        file = ET.SubElement(root, f"{{{NS}}}file", original=record_id, datatype="plaintext")
        file.set("source-language", source)
        file.set("target-language", target)
        body = ET.SubElement(file, f"{{{NS}}}body")
        for unit in group:
            tu = ET.SubElement(body, f"{{{NS}}}trans-unit", id=unit.id)
            tu.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            pieces = protect(unit.source)
            segments.append((ET.SubElement(tu, f"{{{NS}}}source"), pieces))
            _target(tu, unit, pieces, target, shown, copy_source, segments)
            ET.SubElement(tu, f"{{{NS}}}note", {"from": "sessional"}).text = unit.note
            if unit.terms:
                ET.SubElement(tu, f"{{{NS}}}note", {"from": "sessional-terms"}).text = \
                    unit.terms
            for proposal in unit.proposals:
                alt = ET.SubElement(tu, f"{{{NS}}}alt-trans", {
                    "match-quality": str(proposal.quality), "origin": "sessional memory"})
                segments.append((ET.SubElement(alt, f"{{{NS}}}source"), (proposal.source,)))
                segments.append((ET.SubElement(alt, f"{{{NS}}}target", {XML_LANG: target}),
                                 (proposal.target,)))
    ET.indent(root, " ")  # before the segments are filled: indenting would add to their text
    for element, segment in segments:
        _segment(element, segment, shown)
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written


def _target(tu: ET.Element, unit: Unit, pieces: tuple[Piece, ...], lang: str,
            shown: Callable[[Code], str | None], copy_source: bool,
            segments: list[tuple[ET.Element, tuple[Piece, ...]]]) -> None:
    filled = placed(pieces, unit.target, shown) if unit.target is not None else None
    if filled is not None:
        element = ET.SubElement(tu, f"{{{NS}}}target", {
            XML_LANG: lang, "state": "translated", "state-qualifier": "exact-match"})
        segments.append((element, filled))
    elif copy_source:
        segments.append((ET.SubElement(tu, f"{{{NS}}}target", {XML_LANG: lang}), pieces))


def _segment(element: ET.Element, pieces: tuple[Piece, ...],
             shown: Callable[[Code], str | None]) -> None:
    last: ET.Element | None = None
    for piece in pieces:
        if isinstance(piece, Code):
            last = ET.SubElement(element, f"{{{NS}}}ph", id=piece.id, ctype=f"x-{piece.kind}")
            last.text = piece.text
            if (equivalent := shown(piece)) is not None:
                last.set("equiv-text", equivalent)
        elif last is None:
            element.text = (element.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece
