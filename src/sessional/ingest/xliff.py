"""XLIFF 1.2 back from translators: each trans-unit's source and target, cut into plain runs and
the inline placeholders (<ph>) the export made of symbols, numbers and dates.

Read with defusedxml (no DTD, no entity expansion, nothing fetched). Only what the export
writes is understood: <file> with original, source-language and target-language; <trans-unit>
with <source> and an optional <target> (and its `state`), and the trans-unit's `approved`."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element

from .safe_xml import parse

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class XliffUnreadable(ValueError):
    """Not an XLIFF 1.2 file this program can read back; the message names the file and line
    or the unit."""


@dataclass(frozen=True)
class Placeholder:
    """An inline <ph>: its id, what it is (ctype without "x-") and the text it stands for."""

    id: str
    kind: str
    text: str


Segment = tuple[str | Placeholder, ...]


def flat(segment: Segment) -> str:
    """The text a segment stands for: its runs with each placeholder's text in its place."""
    return "".join(p.text if isinstance(p, Placeholder) else p for p in segment)


@dataclass(frozen=True)
class TranslatedUnit:
    """One trans-unit; `target` is None where the translator left it empty or absent."""

    id: str
    source_language: str  # its <file>'s
    source: Segment
    target: Segment | None
    state: str | None = None  # the target's state: translated, signed-off, final, new ...
    approved: bool = False  # the trans-unit says approved="yes"


@dataclass(frozen=True)
class Exchange:
    """A file back from translation: what its <file> elements say, and every trans-unit."""

    originals: tuple[str, ...]
    target_languages: tuple[str, ...]
    units: tuple[TranslatedUnit, ...]


def read_xliff(data: bytes, name: str) -> Exchange:
    """Every trans-unit of the file, in order. Raises XliffUnreadable."""
    root = parse(data, name, XliffUnreadable, forbid_dtd=True)
    if root.tag != f"{{{NS}}}xliff":
        raise XliffUnreadable(f"{name}: not XLIFF 1.2 (the root element is {_local(root.tag)!r}"
                              f", not xliff in the namespace {NS})")
    files = root.findall(f"{{{NS}}}file")
    if not files:
        raise XliffUnreadable(f"{name}: no <file> element")
    heads = [_head(file, name) for file in files]
    return Exchange(tuple(dict.fromkeys(head["original"] for head in heads)),
                    tuple(dict.fromkeys(head["target-language"] for head in heads)),
                    tuple(unit for file, head in zip(files, heads, strict=True)
                          for unit in _units(file, head, name)))


def _head(file: Element, name: str) -> dict[str, str]:
    head = {attribute: file.get(attribute, "")
            for attribute in ("original", "source-language", "target-language")}
    for attribute, value in head.items():
        if not value:
            raise XliffUnreadable(f"{name}: a <file> element has no {attribute} attribute")
    return head


def _units(file: Element, head: dict[str, str], name: str) -> list[TranslatedUnit]:
    found = []
    for tu in file.iter(f"{{{NS}}}trans-unit"):
        unit_id = tu.get("id") or ""
        if not unit_id:
            raise XliffUnreadable(f"{name}: a trans-unit has no id")
        source = tu.find(f"{{{NS}}}source")
        if source is None:
            raise XliffUnreadable(f"{name}: trans-unit {unit_id} has no <source>")
        target = tu.find(f"{{{NS}}}target")
        language = target.get(XML_LANG) if target is not None else None
        if language and language != head["target-language"]:
            raise XliffUnreadable(f"{name}: trans-unit {unit_id}: the target's xml:lang "
                                  f"{language!r} is not the file's target-language "
                                  f"{head['target-language']!r}")
        text = _segment(target, name, unit_id, "target") if target is not None else None
        found.append(TranslatedUnit(
            unit_id, head["source-language"],
            _segment(source, name, unit_id, "source"),
            text if text and flat(text).strip() else None,
            target.get("state") if target is not None else None,
            tu.get("approved") == "yes"))
    return found


def _segment(element: Element, name: str, unit_id: str, part: str) -> Segment:
    pieces: list[str | Placeholder] = [element.text] if element.text else []
    for child in element:
        if child.tag != f"{{{NS}}}ph" or len(child):
            raise XliffUnreadable(f"{name}: trans-unit {unit_id}: the {part} holds "
                                  f"<{_local(child.tag)}>; only the <ph> placeholders of the "
                                  "export may stand in it")
        ctype = child.get("ctype") or ""
        pieces.append(Placeholder(child.get("id") or "", ctype.removeprefix("x-"),
                                  child.text or ""))
        if child.tail:
            pieces.append(child.tail)
    return tuple(pieces)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
