"""How the CLI shows a record summary to a person."""

from __future__ import annotations

from collections import Counter

from rich.console import Console

from .. import services

LIST_STATUS = {"complete": "", "partial": " + [more to come]", "unknown": "[unknown]"}


def print_summary(out: Console, summary: services.RecordSummary) -> None:
    out.print("Example: joint meeting of two UNTOC working groups, Vienna, October 2017 "
              "(examples/untoc-wg-2017.json): valid record", style="bold")
    _bodies(out, summary)
    _attendance(out, summary)
    out.print(f"Statements: {summary.statement_groups} groups, {summary.speakers_known} "
              "speaking States known")
    out.print("Documents: " + "; ".join(f"{d['body']}: {d['symbol']}" for d in summary.documents))
    out.print("Narrative paragraphs per language: " + ", ".join(
        f"{lang} {n}" for lang, n in summary.narrative_paragraphs.items()))
    out.print("States parties, first four in each language's list order:")
    for lang, names in summary.first_states.items():
        out.print(f"  {lang}: " + ", ".join(n or "[missing]" for n in names))
    kinds = Counter(g.kind for g in summary.gaps)
    out.print(f"Gaps: {len(summary.gaps)} facts not yet known in full ("
              + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ")")
    for gap in summary.gaps:
        out.print(f"  {gap.kind:9} {gap.path}" + (f"  - {gap.note}" if gap.note else ""))


def _bodies(out: Console, summary: services.RecordSummary) -> None:
    for b in summary.bodies:
        out.print(f"{b['key']}  {b['name']} ({b['series']}): {b['dates']}, "
                  f"meetings held: {b['meetings']}, agenda items: {b['agenda_items']}")
    if summary.joint_items:
        out.print("Joint items: " + "; ".join(
            f"{j['key']} = " + ", ".join(f"{k} {v}" for k, v in j.items() if k != "key")
            for j in summary.joint_items))


def _attendance(out: Console, summary: services.RecordSummary) -> None:
    out.print("Attendance:")
    for c in summary.attendance:
        shown = LIST_STATUS[c.status] if c.status == "unknown" else f"{c.count}" \
            + LIST_STATUS[c.status]
        out.print(f"  {c.category.replace('_', ' ')}: {shown}")
