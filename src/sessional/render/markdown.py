"""Report tree -> Markdown: one numbered paragraph per block, placeholders as written."""

from __future__ import annotations

import html
import re

from ..compose import Heading, ListEntry, Paragraph, Parts, Placeholder, Report, Text
from .layout import first_page_foot, paragraph_number

_SPECIAL = re.compile(r"([\\`*_<>])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def comment_text(text: str) -> str:
    """Text fit to stand in an HTML comment on an indented line: `&`, `<` and `>` written as
    entities (so no `-->`, `--!>` or `<!--` can close or open one), no two hyphens together
    (XML comments cannot hold them), every line indented as the comment's first."""
    escaped = re.sub(r"-(?=-)", "- ", html.escape(text, quote=False))
    return "\n    ".join(escaped.splitlines() or [""])


def inline(parts: Parts) -> str:
    return "".join(_escape(p.text) if isinstance(p, Text) else p.text for p in parts)


def render_markdown(report: Report) -> str:
    m = report.masthead
    lines = [f"<!-- sessional report, language {report.lang}, direction {report.direction} -->",
             ""]
    masthead = [_escape(x) for x in (m.organization,) if x] + \
        [inline(x) for x in (m.symbol, *m.lines())] + [_escape(x) for x in (m.draft,) if x]
    lines += [" · ".join(masthead), ""]
    # Markdown has no pages: the foot of page 1 follows the masthead, marked as such
    foot = first_page_foot(report)
    lines += [f"{inline(foot.parts)} <!-- foot of page 1, {foot.side}: job number -->", ""]
    for i, parts in enumerate(report.heading_lines):
        lines.append(f"**{inline(parts)}**" if i % 2 == 0 else inline(parts))
        lines.append("")
    lines += [f"# {inline(report.title)}", ""]
    for block in report.blocks:
        lines += _block(block, report.lang)
    return "\n".join(lines).rstrip() + "\n"


def _block(block: Heading | Paragraph, lang: str) -> list[str]:
    if isinstance(block, Heading):
        hashes = "#" * (block.level + 1)
        label = f"{block.label} " if block.label else ""
        return [f"{hashes} {label}{inline(block.parts)}", ""]
    if block.number is None:
        return [inline(block.parts), ""]
    out = [f"{paragraph_number(lang, block.number)} {inline(block.parts)}"]
    if block.role == "awaiting_translation" and block.source:
        source = comment_text("".join(p.text for p in block.source))
        out.append(f"    <!-- source for translation: {source} -->")
    for entry in block.entries:
        out += _entry(entry, 1)
    return [*out, ""]


def _entry(entry: ListEntry, depth: int) -> list[str]:
    indent = "    " * depth
    label = f"{entry.label} " if entry.label else ""
    out = [f"{indent}{label}{inline(entry.parts)}"]
    for child in entry.children:
        out += _entry(child, depth + 1)
    return out


def placeholders(parts: Parts) -> list[Placeholder]:
    return [p for p in parts if isinstance(p, Placeholder)]
