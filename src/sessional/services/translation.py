"""Texts of a record awaiting translation into a language, exported for translators: the units
are the texts the report in that language marks as missing translation."""

from __future__ import annotations

import re
from typing import Any

from ..compose import Heading, Paragraph, compose_report, plain
from ..model import LANGUAGES, Lang, Record, record_to_data
from ..render.xliff import Unit, xliff
from .translation_dates import DATES, date_in

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


def kind_of(path: str) -> str:
    return next((kind for pattern, kind in KINDS if re.search(pattern, path)),
                path.rsplit(".", 1)[-1].replace("_", " "))


def steps_of(path: str) -> list[str | int]:
    return [int(s) if s.isdigit() else s for s in re.findall(r"\w+", path.removeprefix("$"))]


def value_at(data: Any, path: str) -> Any:
    for step in steps_of(path):
        data = data[step]
    return data


def _source(record: Record, data: Any, path: str, wanted: Lang | None) -> Lang | None:
    text = value_at(data, path)
    if wanted is not None:
        return wanted if wanted in text else None
    owner = value_at(data, path.removesuffix(".text")) if path.endswith(".text") else {}
    for lang in (owner.get("source_language"), record.report.original_language, *LANGUAGES):
        if lang in text:
            return lang
    return None


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
        lang = _source(record, data, path, source)
        if lang is None:
            continue
        chapters = "; ".join(dict.fromkeys(chapter_of.get(n, "") for n in numbers))
        note = (f"{kind_of(path)}; chapter {chapters}; paragraph "
                f"{', '.join(map(str, numbers))}" if numbers else kind_of(path))
        found.append(Unit(path, lang, value_at(data, path)[lang], note))
    return found


def record_id(record: Record) -> str:
    """What names the record in a file made from it: the series of its bodies and first day."""
    series = "+".join(body.symbol_series for body in record.bodies)
    return f"sessional-record:{series}:{record.first_day or 'undated'}"


def export_xliff(record: Record, target: Lang, source: Lang | None = None) -> tuple[bytes, int]:
    found = units(record, target, source)
    return xliff(record_id(record), target, found, source or record.report.original_language,
                 lambda code: date_in(code.text, target) if code.kind in DATES else None), \
        len(found)
