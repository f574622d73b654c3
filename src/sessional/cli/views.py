"""How the CLI shows a record summary to a person."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .. import services
from ..model.labels import FIELD_LABELS

if TYPE_CHECKING:
    from rich.console import Console

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


@contextmanager
def progress_bar(total: int, quiet: bool = False) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr (shown only on a terminal); yields the function that advances it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    progress = Progress(TextColumn("writing reports"), BarColumn(), MofNCompleteColumn(),
                        console=console, transient=True,
                        disable=quiet or not console.is_terminal)  # else a stray blank line
    with progress:
        task = progress.add_task("render", total=total)
        yield lambda: progress.advance(task)


def print_render_result(out: Console, result: services.RenderResult) -> None:
    from rich.table import Table

    table = Table(header_style="bold", box=None, pad_edge=False)
    for column in ("file", "language", "format", "bytes", "gaps"):
        table.add_column(column, justify="right" if column in {"bytes", "gaps"} else "left")
    for f in result.files:
        table.add_row(str(f.path), f.lang, f.format, f"{f.size:,}", str(len(result.gaps[f.lang])))
    out.print(table)
    for lang, gaps in result.gaps.items():
        numbered = sorted({g.paragraph for g in gaps if g.paragraph is not None})
        kinds = Counter(g.kind for g in gaps)
        after = sorted({g.after for g in gaps if g.paragraph is None and g.after is not None})
        # the masthead (symbol, date of issue) and the foot (job number) of page 1, top first
        page_1 = sorted({g.where.removeprefix("page 1, ") for g in gaps
                         if g.where.startswith("page 1, ")}, key=lambda w: w != "masthead")
        out.print(f"{lang}: {_many(len(gaps), 'gap')} ("
                  + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(kinds.items()))
                  + "); in paragraphs " + _ranges(numbered)
                  + "; placeholders after paragraphs " + _ranges(after)
                  + ("; on page 1: " + ", ".join(page_1) if page_1 else ""))


def _ranges(numbers: list[int]) -> str:
    spans: list[str] = []
    for n in numbers:
        if spans and "-" not in spans[-1] and int(spans[-1]) == n - 1:
            spans[-1] = f"{spans[-1]}-{n}"
        elif spans and "-" in spans[-1] and int(spans[-1].split("-")[1]) == n - 1:
            spans[-1] = f"{spans[-1].split('-')[0]}-{n}"
        else:
            spans.append(str(n))
    return ", ".join(spans) or "none"


def print_ingest_summary(out: Console, report: object, output: object) -> None:
    r = report  # an IngestReport
    written = f" -> {output}" if output is not None else ""
    out.print(f"read a {r.language} report: {r.paragraphs} numbered paragraphs, "  # type: ignore[attr-defined]
              f"{r.blocks} blocks{written}")  # type: ignore[attr-defined]
    low = {k: v for k, v in r.confidence.items() if v < 1}  # type: ignore[attr-defined]
    out.print("confidence per section: " + (", ".join(f"{k} {v:.0%}" for k, v in low.items())
                                            or "every paragraph placed"))
    for name in r.unresolved_names:  # type: ignore[attr-defined]
        out.print(f"unresolved name: {name['text']!r} in paragraph {name['paragraph']} "
                  f"(nearest: {', '.join(name['candidates']) or 'none'})")
    for text in r.unclassified:  # type: ignore[attr-defined]
        where = f"paragraph {text['paragraph']}" if text["paragraph"] else \
            f"line {text['line']}" if text.get("line") else f"block {text['position']}"
        out.print(f"unclassified {where} ({text['section']}): {text['reason']}: "
                  f"{text['text'][:60]}")
    if r.unstated:  # type: ignore[attr-defined]
        out.print("attendance not stated, left unknown: "
                  + ", ".join(FIELD_LABELS.get(c, c) for c in r.unstated))  # type: ignore[attr-defined]
    for warning in r.warnings:  # type: ignore[attr-defined]
        out.print(f"warning: {warning}")


def print_translation(out: Console, states: list[Any]) -> None:
    """Per language: texts and words new (awaiting translation), translated, reviewed, final
    (words of the source; Chinese counted by characters)."""
    from ..services.translation_state import STATES

    if not states:
        return
    out.print("Translation (texts / words of their source):")
    out.print(f"  {'':4}" + "".join(f"{state:>18}" for state in STATES))
    for lang in states:
        out.print(f"  {lang.language:4}" + "".join(
            f"{f'{t.texts:,} / {t.words:,}':>18}" for t in
            (getattr(lang, state) for state in STATES)))


def _many(count: int, thing: str) -> str:
    """A count and what it counts, in the singular for one: "1 error", "21 gaps"."""
    return f"{count:,} {thing}" + ("" if count == 1 else "s")


def print_findings(out: Console, result: services.CheckResult, brief: bool = False) -> None:
    """Findings grouped by severity, each: code, paragraph, message, JSON path."""
    out.print(f"check of {result.input} ({result.kind}, paragraphs as in the {result.language} "
              f"report): {_many(result.count('error'), 'error')}, "
              f"{_many(result.count('warning'), 'warning')}, {_many(result.count('gap'), 'gap')}; "
              f"{_many(result.words, 'word')} (limit {result.word_limit:,})")
    for severity, title in (("error", "Errors"), ("warning", "Warnings"), ("gap", "Gaps")):
        group = [f for f in result.findings if f.severity == severity]
        if not group or (brief and severity == "gap"):
            continue
        out.print(f"{title}:")
        for f in group:
            where = f"para {f.paragraph}" if f.paragraph else "-"
            out.print(f"  {f.code:34} {where:>8}  {f.message}  [{f.path}]")
    if brief and result.count("gap"):
        out.print(f"({result.count('gap')} gaps: sessional check "
                  "examples/untoc-wg-2017.json lists them)")
    if not brief:
        print_translation(out, result.translation)
