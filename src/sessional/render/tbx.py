"""A term base for translators: the official names a set of texts contains, in the source and
the target language, as TBX-Basic (TBX v2, ISO 30042:2008: a <martif type="TBX-Basic">
document, one <termEntry> per name with a <langSet> per language), which OmegaT, Trados
MultiTerm and memoQ read as a glossary.

Written with the standard library's ElementTree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.etree import ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class TermEntry:
    """One official name: its reference-data key, what it names (State, organization, body,
    city, convention), its forms (source languages first, the target last) and where the data
    has it from."""

    id: str
    category: str
    names: tuple[tuple[str, str], ...]  # (language, name)
    origin: str


def tbx(description: str, source_language: str, entries: Iterable[TermEntry]) -> bytes:
    """The TBX-Basic document of `entries`, in order, described by `description`; its
    xml:lang (the language of its descriptions) is the main source language."""
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: source_language})
    header = ET.SubElement(root, "martifHeader")
    ET.SubElement(ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc"),
                  "p").text = description
    ET.SubElement(ET.SubElement(header, "encodingDesc"), "p",
                  type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for entry in entries:
        term_entry = ET.SubElement(body, "termEntry", id=entry.id)
        ET.SubElement(term_entry, "descrip", type="subjectField").text = entry.category
        ET.SubElement(term_entry, "note").text = entry.origin
        for lang, name in entry.names:
            tig = ET.SubElement(ET.SubElement(term_entry, "langSet", {XML_LANG: lang}), "tig")
            ET.SubElement(tig, "term").text = name
            ET.SubElement(tig, "termNote", type="partOfSpeech").text = "properNoun"
    ET.indent(root, " ")
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written
