"""Texts of a record awaiting translation into a language, exported for translators: the units
are the texts the report in that language marks as missing translation, each pre-filled where
the translation memory (the record's own texts, other records, TMX files) has its source."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz

from ..compose import Heading, Paragraph, compose_report, plain
from ..model import Lang, Record, record_to_data
from ..model.translations import is_outdated, source_language, texts_of, translated_from, value_at
from ..render.tmx import MemoryUnit
from ..render.xliff import Code, Proposal, Unit, placed, protect, xliff
from .translation_dates import DATES, date_in
from .translation_memory import PROPOSALS, Memory
from .translation_terms import Glossary

KINDS = (  # the kind of text each path names, for the translator's note
    (r"\.narrative\.introduction\.", "introduction paragraph"),
    (r"\.narrative\.recommendations\[", "recommendation paragraph"),
    (r"\.narrative\.deliberations\[", "summary of deliberations paragraph"),
    (r"\.sub_items\[\d+\]\.title$", "agenda sub-item title"),
    (r"\.agenda\.items\[\d+\]\.title$", "agenda item title"),
    (r"^\$\.documents\.items\[\d+\]\.title$", "document title"),
    (r"^\$\.bodies\[\d+\]\.name$", "body name"),
    (r"\.venue$", "venue"),
)


OUTDATED = "translated from an earlier version of the source: the source has changed since"


def kind_of(path: str) -> str:
    return next((kind for pattern, kind in KINDS if re.search(pattern, path)),
                path.rsplit(".", 1)[-1].replace("_", " "))


def source_of(record: Record, data: Any, path: str, wanted: Lang | None = None) -> Lang | None:
    """The language the text at `path` is translated from: `wanted` if it has it, else the
    language its owner says it was written in, or the report's original language."""
    text = value_at(data, path)
    if wanted is not None:
        return wanted if wanted in text else None
    return source_language(data, path, text)  # type: ignore[return-value]


def units(record: Record, target: Lang, source: Lang | None = None) -> list[Unit]:
    """Every text the report in `target` marks as missing translation, once, in report order
    (optionally only those written in `source`)."""
    report = compose_report(record, target)
    chapter_of: dict[int, str] = {}
    chapter = ""
    for block in report.blocks:
        if isinstance(block, Heading) and block.level == 1:
            chapter = f"{block.label} {plain(block.parts)}".strip()
        elif isinstance(block, Paragraph) and block.number is not None:
            chapter_of[block.number] = chapter
    where: dict[str, list[int]] = {}
    for gap in report.gaps:
        if gap.kind == "missing_translation":
            numbers = where.setdefault(gap.path, [])
            if gap.paragraph and gap.paragraph not in numbers:
                numbers.append(gap.paragraph)
    data = record_to_data(record)
    found = []
    for path, numbers in where.items():
        lang = source_of(record, data, path, source)
        if lang is None:
            continue
        chapters = "; ".join(dict.fromkeys(chapter_of.get(n, "") for n in numbers))
        note = (f"{kind_of(path)}; chapter {chapters}; paragraph "
                f"{', '.join(map(str, numbers))}" if numbers else kind_of(path))
        found.append(Unit(path, lang, value_at(data, path)[lang], note))
    listed = set(where)
    for path, text in texts_of(data):
        lang = source_of(record, data, path, source)
        if path not in listed and lang is not None and is_outdated(data, path, text, target):
            found.append(Unit(path, lang, text[lang], f"{kind_of(path)}; {OUTDATED}",
                              proposals=(_previous(data, path, text, lang, target),)))
    return found


def _previous(data: Any, path: str, text: dict[str, str], source: Lang, target: Lang) -> Proposal:
    """The outdated translation, with the source it was made from, as a match to start from."""
    made_from = translated_from(data, path, target) or ""
    return Proposal(round(fuzz.ratio(made_from, text[source])), made_from, text[target])


def record_id(record: Record) -> str:
    """What names the record in a file made from it: the series of its bodies and first day."""
    series = "+".join(body.symbol_series for body in record.bodies)
    return f"sessional-record:{series}:{record.first_day or 'undated'}"


def memory_of(record: Record) -> list[MemoryUnit]:
    """Every text of the record in two languages or more, its source language first; an
    outdated translation is paired with the source it was made from, not the present one."""
    data = record_to_data(record)
    found = []
    for path, text in texts_of(data):
        if len(text) < 2 or (source := source_of(record, data, path)) is None:
            continue
        outdated = {lang for lang in text if is_outdated(data, path, text, lang)}
        current = {lang: t for lang, t in text.items() if lang != source and lang not in outdated}
        if current:
            found.append(MemoryUnit(kind_of(path), source, {source: text[source], **current}))
        for lang in sorted(outdated):
            made_from = translated_from(data, path, lang) or ""
            found.append(MemoryUnit(kind_of(path), source, {source: made_from, lang: text[lang]}))
    return found


@dataclass(frozen=True)
class Exported:
    """What an export wrote: units, units pre-filled from memory, units with proposals only."""

    units: int
    filled: int
    proposed: int
    terms: bytes | None = None  # the TBX of the official names the units contain, if asked
    term_count: int = 0


def export_xliff(record: Record, target: Lang, source: Lang | None = None,
                 memory: Iterable[MemoryUnit] = (), copy_source: bool = False,
                 with_terms: bool = False) -> tuple[bytes, Exported]:
    """The XLIFF of the texts awaiting `target`, looked up in the record's own texts and in
    `memory`; `with_terms`: each unit noted with the official names it contains, and those
    names as TBX in the result."""
    known = [*memory_of(record), *memory]
    memories: dict[Lang, Memory] = {}
    glossary = Glossary(record, target)

    def shown(code: Code) -> str | None:
        return date_in(code.text, target) if code.kind in DATES else None

    found = []
    for unit in units(record, target, source):
        lang: Lang = unit.source_language  # type: ignore[assignment]
        if lang not in memories:
            memories[lang] = Memory(known, lang, target)
        if with_terms:
            unit = replace(unit, terms=glossary.note(unit.source, lang))
        found.append(_looked_up(unit, memories[lang], shown))
    main = source or record.report.original_language
    xml = xliff(record_id(record), target, found, main, shown, copy_source)
    return xml, Exported(len(found), sum(u.target is not None for u in found),
                         sum(u.target is None and bool(u.proposals) for u in found),
                         glossary.tbx(record_id(record), main) if with_terms else None,
                         len(glossary.entries))


def _looked_up(unit: Unit, memory: Memory, shown: Any) -> Unit:
    kind = kind_of(unit.id)
    proposals = memory.fuzzy(kind, unit.source)
    exact = memory.exact(kind, unit.source)
    if exact is not None and placed(protect(unit.source), exact, shown) is None:
        proposals = [Proposal(100, unit.source, exact), *proposals][:PROPOSALS]
        exact = None  # its placeholders cannot be found in it: the translator decides
    kept = [p for p in proposals if p not in unit.proposals]  # the previous translation first
    return replace(unit, target=exact, proposals=(*unit.proposals, *kept)[:PROPOSALS])
