"""The ingest pipeline: text -> lines -> blocks -> placed blocks -> facts -> record."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model import LANGUAGES, Lang, Record, RecordInvalid
from ..model.limits import describe, without_forbidden
from . import chapters
from .build import build, unstated_attendance
from .draft import Draft
from .front import read_front
from .grammar import grammar
from .lists import read_lists
from .normalize import Line, masthead_banner, normalize
from .organization import organization
from .segment import Block, join, segment
from .structure import CHAPTERS, Placed, heading_title, is_lettered, place, section_key
from .summary import is_summary_record, read_summary_record

SUPPORTED: tuple[Lang, ...] = ("zh", "en", "fr", "es", "ru", "ar")
"""Languages whose reports ingest into facts (tested on Chinese and English reports written by
people; all six on reports in sessional's own phrasing). Arabic text from a PDF is not usable."""


@dataclass
class IngestReport:
    language: Lang
    blocks: int
    paragraphs: int
    confidence: dict[str, float]
    unresolved_names: list[dict[str, Any]]
    unclassified: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    unstated: list[str] = field(default_factory=list)  # attendance categories left unknown


@dataclass
class IngestResult:
    record: Record
    report: IngestReport
    blocks: list[Placed]


class NotAReport(ValueError):
    """Text in which no part of a report could be found."""


def detect_language(lines: list[Line]) -> Lang:
    text = "\n".join(line.text for line in lines[:400])
    scripts: Counter[str] = Counter()
    scripts["zh"] = len(re.findall(r"[\u4e00-\u9fff]", text))
    scripts["ar"] = len(re.findall(r"[\u0600-\u06ff]", text))
    scripts["ru"] = len(re.findall(r"[\u0400-\u04ff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    script, count = scripts.most_common(1)[0]
    if count > latin / 4 and count > 20:
        return {"zh": "zh", "ar": "ar", "ru": "ru"}[script]  # type: ignore[return-value]
    headings = [re.sub(r"^\s*#+\s*", "", line.text) for line in lines]
    votes = {lang: sum(1 for line in headings if heading_title(line, lang))
             for lang in ("en", "fr", "es")}
    if not any(votes.values()):  # no heading we know: the words of the text itself
        words = Counter(re.findall(r"\w+", text.casefold()))
        votes = {lang: sum(words[w] for w in _COMMON_WORDS[lang]) for lang in votes}
    return max(votes, key=lambda lang: votes[lang])  # type: ignore[arg-type]


# words each language writes in every paragraph of a report, and the other two hardly ever
_COMMON_WORDS = {"en": ("the", "of", "and", "was", "were", "by"),
                 "fr": ("le", "les", "des", "du", "et", "été"),
                 "es": ("el", "los", "las", "del", "y", "fue")}


def ingest_text(text: str, lang: Lang | None = None) -> IngestResult:
    text, removed = without_forbidden(text)
    lines = normalize(text)
    if not any(line.text.strip() for line in lines):
        raise NotAReport("no text")
    lang = lang or detect_language(lines)
    draft = Draft(lang)
    untitled = _read_head(text, lines, draft)
    names = [b.name for b in draft.bodies]
    lines = _merge_wrapped_names(lines, names)
    blocks = segment(lines, _heading_predicate(lang), _heading_continues(lang, names),
                     _subheading_predicate(lang, names))
    placed = place(blocks, lang, names, untitled)
    _extract(draft, placed)
    read_lists(draft)
    try:
        record = build(draft)
    except RecordInvalid as invalid:
        raise NotAReport(f"the facts read contradict each other: {invalid.faults[0]}") from None
    report = _report(draft, placed)
    if removed:
        report.warnings.insert(0, f"removed {removed.total()} control character(s) from the "
                               "text, which a report cannot hold: " + ", ".join(
                                   f"{describe(c)} ×{n}" for c, n in removed.most_common()))
    return IngestResult(record, report, placed)


def _read_head(text: str, lines: list[Line], draft: Draft) -> bool:
    """The bodies, symbol and dates at the head of the report, before its first chapter, into
    `draft`; True when the report has no chapter heading we know (its paragraphs are placed by
    what they say)."""
    lang = draft.lang
    first_pass = segment(lines, lambda t: heading_title(t, lang) is not None)
    first_chapter = next((b.position for b in first_pass
                          if heading_title(b.text, lang) in CHAPTERS), None)
    untitled = first_chapter is None  # no chapter heading we know: paragraphs by what they say
    if untitled:
        first_chapter = next((b.position for b in first_pass if b.kind == "paragraph"), None)
    if first_chapter is None:
        raise NotAReport(f"no chapter heading of a report in {lang} (e.g. "
                         f"“{grammar(lang).text('chapter', 'Introduction')}”) and no "
                         "numbered paragraph")
    read_front(first_pass[:first_chapter], draft)
    if not draft.bodies and is_summary_record(draft.symbol):
        head = [line.strip() for block in first_pass[:first_chapter]
                for line in (block.lines or [block.text]) if line.strip()]
        read_summary_record(draft, masthead_banner(text), head)
    if not draft.bodies:
        raise NotAReport("no body with its dates at the head of the report (a name, then a "
                         "line such as “9–13 October 2017, Vienna”)")
    return untitled


def _merge_wrapped_names(lines: list[Line], names: list[str]) -> list[Line]:
    """A body's name that a narrow page wrapped over two or three lines, made one line again
    (as a subheading it closes the paragraph before it)."""
    wanted = {re.sub(r"\s+", "", n) for n in names if n}
    squeezed = [re.sub(r"\s+", "", line.text) for line in lines]
    out: list[Line] = []
    i = 0
    while i < len(lines):
        span = 0
        if squeezed[i] and squeezed[i] not in wanted and \
                any(w.startswith(squeezed[i]) for w in wanted):
            for k in (2, 3):
                if all(squeezed[i:i + k]) and "".join(squeezed[i:i + k]) in wanted:
                    span = k
                    break
        if span:
            text = ""
            for line in lines[i:i + span]:
                text = join(text, line.text)
            out.append(Line(text, lines[i].number))
            i += span
        else:
            out.append(lines[i])
            i += 1
    return out


def _heading_predicate(lang: Lang) -> Any:
    def is_heading(text: str) -> bool:
        return heading_title(text, lang) is not None or is_lettered(text, lang)
    return is_heading


def _subheading_predicate(lang: Lang, names: list[str]) -> Any:
    squeezed = {re.sub(r"\s+", "", n) for n in names}
    g = grammar(lang)

    def is_subheading(text: str) -> bool:
        return re.sub(r"\s+", "", text) in squeezed or \
            g.match("deliberations", "Joint items of {bodies}", text) is not None
    return is_subheading


def _heading_continues(lang: Lang, names: list[str]) -> Any:
    g = grammar(lang)
    endings = tuple(re.sub(r"\s+", "", n) for n in names)

    def continues(text: str) -> bool:
        if text.count("（") + text.count("(") > text.count("）") + text.count(")"):
            return True
        if endings and g.match("deliberations", "Joint items of {bodies}", text):
            squeezed = re.sub(r"\s+", "", text)
            return not any(squeezed.endswith(e) or e + "的" in squeezed for e in endings)
        return is_lettered(text, lang) and heading_title(text, lang) is None and \
            not text.rstrip().endswith((")", "）"))
    return continues


def _extract(draft: Draft, placed: list[Placed]) -> None:
    by_chapter: dict[str | None, list[Placed]] = {}
    for p in placed:
        by_chapter.setdefault(p.chapter, []).append(p)
        if p.block.kind == "paragraph":
            key = section_key(p)
            draft.seen[key] = draft.seen.get(key, 0) + 1
    handlers = {"introduction": chapters.introduction,
                "recommendations": chapters.recommendations,
                "deliberations": chapters.deliberations, "organization": organization,
                "adoption": chapters.adoption}
    for chapter, items in by_chapter.items():
        handler = handlers.get(chapter or "")
        if handler is None:
            continue  # the front matter was read before
        handler(draft, [p for p in items if not _is_chapter_heading(p, draft.lang)])


def _is_chapter_heading(p: Placed, lang: Lang) -> bool:
    return p.block.kind != "paragraph" and heading_title(p.block.text, lang) is not None


def _report(draft: Draft, placed: list[Placed]) -> IngestReport:
    confidence = {key: round(draft.taken.get(key, 0) / seen, 3)
                  for key, seen in sorted(draft.seen.items()) if seen}
    warnings = list(draft.warnings)
    if draft.lang not in SUPPORTED:
        warnings.append(f"{draft.lang}: reports in this language are not yet read into facts")
    return IngestReport(draft.lang, len(placed),
                        sum(1 for p in placed if p.block.kind == "paragraph"), confidence,
                        draft.unresolved, draft.unclassified, warnings,
                        unstated_attendance(draft))


__all__ = ["LANGUAGES", "Block", "IngestReport", "IngestResult", "NotAReport", "ingest_text"]
