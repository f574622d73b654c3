"""Record (+ report tree) -> findings: errors, warnings and gaps, each with a stable code, the
JSON path of the fact concerned and the report paragraph where there is one."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..model import Lang, Record
from . import consistency, dates, gaps, participation
from .context import Context
from .findings import Finding, Severity
from .gaps import WORD_LIMIT, word_count

Rule = Callable[[Context], Iterator[Finding]]

RULES: tuple[Rule, ...] = (
    consistency.references,
    dates.meetings_within_session,
    dates.agenda_adopted_at_the_session,
    dates.report_adopted_at_the_end,
    dates.dates_stated_two_ways,
    participation.status_on_the_meeting_date,
    participation.names_in_force,
    consistency.speakers_attended,
    consistency.joint_items_under_both_numbers,
    consistency.agenda_titles_and_numbering,
    consistency.documents,
    consistency.counts,
    gaps.report_gaps,
    gaps.length,
)


def run_checks(record: Record, lang: Lang, faults: Sequence[tuple[str, str]] = ()) -> list[Finding]:
    context = Context(record, lang, list(faults))
    found = [finding for rule in RULES for finding in rule(context)]
    return sorted(found, key=Finding.sort_key)


def report_words(record: Record, lang: Lang) -> int:
    return word_count(Context(record, lang))


__all__ = ["RULES", "WORD_LIMIT", "Finding", "Rule", "Severity", "report_words", "run_checks"]
