"""Gaps: every fact still unknown, partial or tentative, and every paragraph not yet translated
into the language of the report, with the paragraph it stands in; and the report's length."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import icu

from ..compose import Heading, plain
from ..model import record_gaps
from ..model.wording import N_, Names, Number, Words, verbatim, words
from .context import Context
from .findings import Finding, found

WORD_LIMIT = 10_700
"""Words allowed in a report of a subsidiary body: the 20-page limit set by General Assembly
resolution 52/214 B, expressed as the word count the UN conference services apply to it (not
verified against a current DGACM issuance in this workplace: confirm before relying on it)."""


def report_gaps(c: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for gap in c.report.gaps:
        seen.add(gap.path)
        where = words("paragraph {n}", n=gap.paragraph) if gap.paragraph else \
            words("after paragraph {n}", n=gap.after) if gap.after else verbatim(gap.where)
        yield found(f"gaps/{gap.kind.replace('_', '-')}", "gap",
                    _gap(describe(c, gap.path), gap.kind, where, gap.note),
                    gap.path, gap.paragraph or gap.after)
    for fact in record_gaps(c.record):
        if any(fact.path == p or fact.path.startswith(p + ".") or p.startswith(fact.path)
               for p in seen):
            continue
        yield found(f"gaps/{fact.kind}", "gap",
                    _gap(describe(c, fact.path), fact.kind, N_("not stated in the report"),
                         fact.note), fact.path, c.paragraph(fact.path))


KINDS = {"unknown": N_("unknown"), "partial": N_("partial"), "tentative": N_("tentative"),
         "missing_translation": N_("missing translation"), "missing_name": N_("missing name")}


def _gap(what: Words, kind: str, where: Words, note: str | None) -> Words:
    said = KINDS.get(kind) or verbatim(kind.replace("_", " "))
    if note:
        return words("{what}: {kind} ({where}): {note}", what=what, kind=said, where=where,
                     note=verbatim(note))
    return words("{what}: {kind} ({where})", what=what, kind=said, where=where)


WORDS = {
    "meetings_held": N_("number of meetings held"), "meetings": N_("meetings and their dates"),
    "ordinal": N_("number of the session"), "dates": N_("dates"), "statements": N_("speakers"),
    "items": N_("list"), "states_parties": N_("States parties"),
    "signatories": N_("signatory States"), "observer_states": N_("observer States"),
    "specialized_agencies": N_("specialized agencies"),
    "un_secretariat_units": N_("Secretariat units"),
    "un_funds_and_programmes": N_("funds and programmes"),
    "intergovernmental_organizations": N_("intergovernmental organizations"),
    "non_governmental_organizations": N_("non-governmental organizations"),
    "regional_economic_integration_organizations": N_(
        "regional economic integration organizations"),
    "symbol": N_("symbol of the report"), "date": N_("date of the report"),
    "job_numbers": N_("job number"),
    "adopted_on": N_("date of adoption"), "adopted_at_meeting": N_("meeting of adoption"),
    "introduction": N_("introduction"),
    "resolutions_and_decisions": N_("resolutions and decisions adopted"),
    "title": N_("title"), "name": N_("name"), "text": N_("text"), "venue": N_("venue"),
}


def describe(c: Context, path: str) -> Words:
    """'$.sessions[1].meetings_held' -> 'Working Group B: number of meetings held'."""
    parts = [p for p in re.split(r"\.|\[\d+\]", path) if p and p != "$"]
    owner: Names | None = None
    if match := re.match(r"\$\.(sessions|bodies)\[(\d+)\]", path):
        index = int(match.group(2))
        key = (c.record.sessions[index].body if match.group(1) == "sessions"
               else c.record.bodies[index].key)
        owner = c.body_names(key)
    if match := re.match(r"\$\.narrative\.(recommendations|deliberations)\[(\d+)\]", path):
        part = getattr(c.record.narrative, match.group(1))[int(match.group(2))]
        if match.group(1) == "recommendations":
            return words("{body}: recommendations", body=c.body_names(part.body or ""))
        if part.joint_item:
            return words("summary of deliberations on joint item {key}", key=part.joint_item)
        return words("{body}: summary of deliberations on item {number}",
                     body=c.body_names(part.body or ""), number=str(part.item))
    if "statements" in parts and parts[-1] == "items":
        what = N_("agenda items of the statements")
    else:
        last = next((p for p in reversed(parts) if p in WORDS), parts[-1] if parts else "record")
        what = WORDS.get(last) or verbatim(last.replace("_", " "))
    return words("{body}: {what}", body=owner, what=what) if owner else what


def length(c: Context) -> Iterator[Finding]:
    count = word_count(c)
    if count > WORD_LIMIT:
        yield found("length/over-limit", "warning", words(
            "the report has {count} words in {lang}; reports of subsidiary bodies are limited "
            "to {limit} words", count=Number(count), lang=c.language_names(c.lang),
            limit=Number(WORD_LIMIT)), "$")


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
