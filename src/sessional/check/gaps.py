"""Gaps: every fact still unknown, partial or tentative, and every paragraph not yet translated
into the language of the report, with the paragraph it stands in; and the report's length."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import icu

from ..compose import Heading, plain
from ..model import record_gaps
from .context import Context
from .findings import Finding

WORD_LIMIT = 10_700
"""Words allowed in a report of a subsidiary body: the 20-page limit set by General Assembly
resolution 52/214 B, expressed as the word count the UN conference services apply to it (not
verified against a current DGACM issuance in this workplace: confirm before relying on it)."""


def report_gaps(c: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for gap in c.report.gaps:
        seen.add(gap.path)
        where = f"paragraph {gap.paragraph}" if gap.paragraph else \
            f"after paragraph {gap.after}" if gap.after else gap.where
        note = f": {gap.note}" if gap.note else ""
        yield Finding(f"gaps/{gap.kind.replace('_', '-')}", "gap",
                      f"{describe(c, gap.path)}: {gap.kind.replace('_', ' ')} ({where}){note}",
                      gap.path, gap.paragraph or gap.after)
    for fact in record_gaps(c.record):
        if any(fact.path == p or fact.path.startswith(p + ".") or p.startswith(fact.path)
               for p in seen):
            continue
        note = f": {fact.note}" if fact.note else ""
        yield Finding(f"gaps/{fact.kind}", "gap",
                      f"{describe(c, fact.path)}: {fact.kind} (not stated in the report){note}",
                      fact.path, c.paragraph(fact.path))


WORDS = {
    "meetings_held": "number of meetings held", "meetings": "meetings and their dates",
    "ordinal": "number of the session", "dates": "dates", "statements": "speakers",
    "items": "list", "states_parties": "States parties", "signatories": "signatory States",
    "observer_states": "observer States", "specialized_agencies": "specialized agencies",
    "un_secretariat_units": "Secretariat units", "un_funds_and_programmes": "funds and "
    "programmes", "intergovernmental_organizations": "intergovernmental organizations",
    "non_governmental_organizations": "non-governmental organizations",
    "regional_economic_integration_organizations": "regional economic integration "
    "organizations", "symbol": "symbol of the report", "date": "date of the report",
    "adopted_on": "date of adoption", "introduction": "introduction", "title": "title",
    "name": "name", "text": "text", "venue": "venue",
}


def describe(c: Context, path: str) -> str:
    """'$.sessions[1].meetings_held' -> 'Working Group B: number of meetings held'."""
    parts = [p for p in re.split(r"\.|\[\d+\]", path) if p and p != "$"]
    owner = ""
    if found := re.match(r"\$\.(sessions|bodies)\[(\d+)\]", path):
        index = int(found.group(2))
        key = (c.record.sessions[index].body if found.group(1) == "sessions"
               else c.record.bodies[index].key)
        owner = _body_name(c, key) + ": "
    if found := re.match(r"\$\.narrative\.(recommendations|deliberations)\[(\d+)\]", path):
        part = getattr(c.record.narrative, found.group(1))[int(found.group(2))]
        if found.group(1) == "recommendations":
            return f"{_body_name(c, part.body or '')}: recommendations"
        if part.joint_item:
            return f"summary of deliberations on joint item {part.joint_item}"
        return f"{_body_name(c, part.body or '')}: summary of deliberations on item {part.item}"
    if "statements" in parts and parts[-1] == "items":
        return owner + "agenda items of the statements"
    last = next((p for p in reversed(parts) if p in WORDS), parts[-1] if parts else "record")
    return owner + WORDS.get(last, last.replace("_", " "))


def _body_name(c: Context, key: str) -> str:
    return c.body_label(key)


def length(c: Context) -> Iterator[Finding]:
    words = word_count(c)
    if words > WORD_LIMIT:
        yield Finding("length/over-limit", "warning",
                      f"the report has {words:,} words in {c.lang}; reports of subsidiary "
                      f"bodies are limited to {WORD_LIMIT:,} words", "$")


def word_count(c: Context) -> int:
    texts = [plain(c.report.title)]
    for block in c.report.blocks:
        texts.append(plain(block.parts))
        if not isinstance(block, Heading):
            texts += [plain(e.parts) for e in block.entries]
    breaker = _words(c.lang)
    count = 0
    for text in texts:
        breaker.setText(text)
        start = breaker.first()
        for end in breaker:
            if breaker.getRuleStatus() >= 100:  # a word, not a space or punctuation
                count += 1
            start = end
        del start
    return count


@cache
def _words(lang: str) -> icu.BreakIterator:
    return icu.BreakIterator.createWordInstance(icu.Locale(lang))
