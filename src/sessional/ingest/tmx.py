"""TMX (1.1 to 1.4b) brought in as translation memory: each <tu>'s text in each of the six
languages, and the kind of text where our own <prop> names it.

Read with defusedxml: a DOCTYPE line (OmegaT writes one) is allowed, entities and anything
external are refused. The text of a <seg> is its runs and the content of its <ph> and <hi>
(the native code a placeholder stands for); paired codes (<bpt>, <ept>, <it>) are formatting
and are left out. A language is the primary subtag of xml:lang (or TMX 1.1's lang): EN-US is
en; a <tuv> in another language than the six is left out, and so is a <tu> that keeps fewer
than two languages."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element

from .safe_xml import parse

LANGUAGES = ("ar", "zh", "en", "fr", "es", "ru")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KIND = "x-sessional-kind"
FORMATTING = frozenset({"bpt", "ept", "it", "ut"})


class TmxUnreadable(ValueError):
    """Not a TMX file this program can read; the message names the file and line."""


@dataclass(frozen=True)
class MemoryText:
    """One <tu>: its kind of text (None where the file does not say), its source language
    (its srclang, else the header's, else its first language) and its text per language."""

    kind: str | None
    source_language: str
    texts: dict[str, str]


@dataclass(frozen=True)
class Memory:
    """What a TMX file holds: its units with two languages or more, and how many it had in all."""

    texts: tuple[MemoryText, ...]
    read: int


def read_tmx(data: bytes, name: str) -> Memory:
    """Every unit of the file with at least two of the six languages. Raises TmxUnreadable."""
    root = parse(data, name, TmxUnreadable, forbid_dtd=False)
    body = root.find("body")
    if root.tag != "tmx" or body is None:
        raise TmxUnreadable(f"{name}: not TMX (the root element is {root.tag!r}, not tmx "
                            "with a body)")
    header = root.find("header")
    default = _language((header.get("srclang") if header is not None else None) or "")
    tus = body.findall("tu")
    return Memory(tuple(text for tu in tus if (text := _unit(tu, default)) is not None),
                  len(tus))


def _unit(tu: Element, default: str | None) -> MemoryText | None:
    texts: dict[str, str] = {}
    for tuv in tu.findall("tuv"):
        lang = _language(tuv.get(XML_LANG) or tuv.get("lang") or "")
        seg = tuv.find("seg")
        if lang is not None and seg is not None and (text := " ".join(_text(seg).split())):
            texts.setdefault(lang, text)
    if len(texts) < 2:
        return None
    kind = next((prop.text for prop in tu.findall("prop") if prop.get("type") == KIND), None)
    source = _language(tu.get("srclang") or "") or default
    return MemoryText(kind, source if source in texts else next(iter(texts)), texts)


def _language(code: str) -> str | None:
    primary = code.split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else None


def _text(element: Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag not in FORMATTING:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
