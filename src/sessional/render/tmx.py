"""TMX 1.4b, the translation memory exchange format every CAT tool reads: one <tu> per text,
one <tuv> per language, the source's document symbols, dates and numbers as <ph> whose content
is the source's own text (so a tool that reads TMX level 2, OmegaT among them, sees the same
tags as in our XLIFF), and the kind of text as a <prop>.

Written with the standard library's ElementTree against the LISA TMX 1.4b elements (header,
body, tu, prop, tuv, seg, ph)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from .xliff import Code, Piece, placed, protect

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KIND = "x-sessional-kind"  # the <prop> type naming the kind of text (agenda item title ...)


@dataclass(frozen=True)
class MemoryUnit:
    """A text in several languages: the kind of text (None: not known), the language it was
    written in, and its version in each language, that one among them."""

    kind: str | None
    source_language: str
    texts: Mapping[str, str]


Shown = Callable[[Code, str], str | None]  # a protected piece as a language writes it


def _shown_in(shown: Shown, lang: str, code: Code) -> str | None:
    return shown(code, lang)


def tmx(units: Iterable[MemoryUnit], source_language: str | None, version: str,
        shown: Shown = lambda code, lang: None) -> bytes:
    """The units as one TMX document; `source_language` None: several (srclang *all*)."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "sessional", "creationtoolversion": version, "segtype": "paragraph",
        "o-tmf": "sessional record", "adminlang": "en", "srclang": source_language or "*all*",
        "datatype": "plaintext"})
    body = ET.SubElement(root, "body")
    segments: list[tuple[ET.Element, tuple[Piece, ...]]] = []
    for unit in units:
        source = protect(unit.texts[unit.source_language])
        tu = ET.SubElement(body, "tu", srclang=unit.source_language)
        if unit.kind:
            ET.SubElement(tu, "prop", type=KIND).text = unit.kind
        for lang, text in unit.texts.items():
            pieces = source if lang == unit.source_language else \
                placed(source, text, functools.partial(_shown_in, shown, lang)) or (text,)
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            segments.append((ET.SubElement(tuv, "seg"), pieces))
    ET.indent(root, " ")  # before the segments are filled: indenting would add to their text
    for seg, pieces in segments:
        last: ET.Element | None = None
        for piece in pieces:
            if isinstance(piece, Code):
                last = ET.SubElement(seg, "ph", x=piece.id)
                last.text = piece.text
            elif last is None:
                seg.text = (seg.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written
