"""XLIFF 1.2 for translators: one trans-unit per text lacking the target language, with document
symbols, dates and numbers as inline placeholders (<ph>) that a CAT tool keeps as tags.

Written with the standard library's ElementTree against the OASIS XLIFF 1.2 elements (file,
header, body, trans-unit, source, ph, note), not translate-toolkit (GPL-2.0+, in an MIT
project)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from xml.etree import ElementTree as ET

NS = "urn:oasis:names:tc:xliff:document:1.2"

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


@dataclass(frozen=True)
class Unit:
    """A translatable text: its id is the JSON path of the text in the record."""

    id: str
    source_language: str
    source: str
    note: str


def xliff(record_id: str, target: str, units: Iterable[Unit], original_language: str,
          shown: Callable[[Code], str | None] = lambda code: None) -> bytes:
    """One <file> per source language; with no unit, one empty <file> from the record's
    original language (XLIFF 1.2 wants at least one). `shown` gives the text a placeholder
    becomes in the translation where it is not its own (a date in the target's words), for
    the translator to see as its equiv-text."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}xliff", version="1.2")
    by_source: dict[str, list[Unit]] = {}
    for unit in units:
        by_source.setdefault(unit.source_language, []).append(unit)
    if not by_source:
        by_source[original_language] = []
    sources: list[tuple[ET.Element, str]] = []
    for source, group in by_source.items():
        file = ET.SubElement(root, f"{{{NS}}}file", original=record_id, datatype="plaintext")
        file.set("source-language", source)
        file.set("target-language", target)
        body = ET.SubElement(file, f"{{{NS}}}body")
        for unit in group:
            tu = ET.SubElement(body, f"{{{NS}}}trans-unit", id=unit.id)
            tu.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            sources.append((ET.SubElement(tu, f"{{{NS}}}source"), unit.source))
            ET.SubElement(tu, f"{{{NS}}}note", {"from": "sessional"}).text = unit.note
    ET.indent(root, " ")  # before the sources are filled: indenting would add to their text
    for element, text in sources:
        _segment(element, protect(text), shown)
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written


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
