"""Report tree -> PDF through Typst (the `typst` wheel), on a pool of compiler processes with a
memory and a time budget (`typst_pool`).

Every piece of text goes into the Typst source as a string literal, so nothing in a name or a
paragraph can be read as Typst markup. Fonts: Noto Serif for Latin and Cyrillic, Noto Serif CJK
SC for Chinese, Noto Naskh Arabic for Arabic (Debian fonts-noto-core and fonts-noto-cjk), with
font fallback off: a character the fonts lack shows as missing instead of silently taking an
unknown font. Justified text, no hyphenation.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..compose import Heading, ListEntry, Paragraph, Parts, Placeholder, Report, merged, plain
from . import typst_pool
from .layout import OUTER_SIDE, UPRIGHT_LANGUAGES, first_page_foot, paragraph_number

FONTS = {
    "zh": ("Noto Serif", "Noto Serif CJK SC"),
    "ar": ("Noto Naskh Arabic", "Noto Serif"),
}
LEADING = "0.7em"
PARAGRAPH_ABOVE = f"{LEADING} + 6pt"
DEFAULT_FONTS = ("Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic")


def fonts_for(lang: str) -> tuple[str, ...]:
    return FONTS.get(lang, DEFAULT_FONTS)


def render_pdf(report: Report) -> bytes:
    """The report as a PDF; typst_pool.BudgetExceeded or Busy when it cannot be made."""
    return typst_pool.shared().compile(typst_source(report).encode("utf-8"))


def lit(text: str) -> str:
    """A Typst string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def inline(parts: Parts) -> str:
    out = []
    for part in merged(parts):
        if isinstance(part, Placeholder):
            out.append(f"#highlight(fill: rgb(\"#fff3b0\"))[#{lit(part.text)}]")
        else:
            out.append(f"#{lit(part.text)}")
    return "".join(out)


def typst_source(report: Report) -> str:
    rtl = report.direction == "rtl"
    fonts = ", ".join(lit(f) for f in fonts_for(report.lang))
    # a symbol still to come is marked once, in the masthead (its gap): the later pages' heads
    # stay empty, as a reader of the PDF would expect, not "[…]" on every page
    known = not any(isinstance(p, Placeholder) for p in report.masthead.symbol)
    symbol = f"[{inline(report.masthead.symbol)}]" if known else "[]"
    lines = [
        f"#set document(title: {lit(''.join(p.text for p in report.title))})",
        "#set page(paper: \"a4\", margin: (x: 2.2cm, top: 2.5cm, bottom: 2.5cm),",
        # the symbol heads every page but the first, where the masthead carries it; it and the
        # page number stand at the page's outer side (`layout.OUTER_SIDE`)
        "  header: context if counter(page).get().first() > 1 {",
        f"    align({_outer_side()}, text(weight: \"bold\", size: 9pt, {symbol})) }},",
        # page 1: the job number at its foot (`layout`), no page number; later pages: the number
        "  footer: context if counter(page).get().first() == 1 {",
        f"    {_first_page_foot(report)} }} else {{",
        f"    align({_outer_side()}, text(size: 9pt, counter(page).display())) }})",
        f"#set text(font: ({fonts},), fallback: false, size: 10.5pt, lang: {lit(report.lang)},"
        f" dir: {'rtl' if rtl else 'ltr'}, hyphenate: false)",
        f"#set par(justify: true, leading: {LEADING}, spacing: 0.9em)",
        "",
    ]
    lines += _masthead(report)
    for i, line in enumerate(report.heading_lines):
        weight = '"bold"' if i % 2 == 0 else '"regular"'
        lines.append(f"#text(weight: {weight})[{inline(line)}]" + (" \\" if i % 2 == 0 else ""))
        lines.append("")
    # UN titles are set ragged (flush at the start, never justified)
    lines += ["#v(0.8em)", "#par(justify: false)[#text(size: 13pt, weight: \"bold\")"
              f"[{inline(report.title)}]]", "#v(0.8em)", ""]
    for block in report.blocks:
        lines += list(_block(block, report.lang))
    return "\n".join(lines) + "\n"


def _outer_side() -> str:
    """The Typst alignment of the page's outer side, odd and even pages apart."""
    odd, even = OUTER_SIDE["odd"], OUTER_SIDE["even"]
    return f"if calc.odd(counter(page).get().first()) {{ {odd} }} else {{ {even} }}"


def _first_page_foot(report: Report) -> str:
    foot = first_page_foot(report)
    return f"align({foot.side}, text(size: 8pt, dir: {foot.direction})[{inline(foot.parts)}])"


def _masthead(report: Report) -> list[str]:
    m = report.masthead
    # a masthead line in a Latin script (English in Arabic reports) keeps its own order
    rows = [f"text(dir: ltr)[{inline(r)}]" if _latin(plain(r)) else f"[{inline(r)}]"
            for r in m.lines()]
    if m.draft:  # a draft's mark closes the distribution lines, on their side (as in the DOCX)
        rows.append(f"text(weight: \"bold\", {lit(m.draft)})")
    return [f"#grid(columns: (1fr, auto), align: (start, end), "
            f"text(size: 12pt, weight: \"bold\", {lit(m.organization)}), "
            f"text(size: 13pt, weight: \"bold\")[{inline(m.symbol)}])",
            "#align(end)[" + " \\\n".join(f"#{r}" for r in rows) + "]",
            "#line(length: 100%)", ""]


def _latin(text: str) -> bool:
    return not any("\u0590" <= ch <= "\u08ff" for ch in text)  # no Hebrew or Arabic letter


def _block(block: Heading | Paragraph, lang: str) -> Iterable[str]:
    if isinstance(block, Heading):
        italic = block.level == 3 and lang not in UPRIGHT_LANGUAGES
        weight = '"bold"' if block.level <= 2 or (block.level == 3 and not italic) else '"regular"'
        style = '"italic"' if italic else '"normal"'
        label = f"#{lit(block.label)}#h(0.6em)" if block.label else ""
        yield "#block(above: 1.2em, below: 0.8em, sticky: true)[" \
              f"#text(weight: {weight}, style: {style})[{label}{inline(block.parts)}]]"
        yield ""
        return
    number = f"#{lit(paragraph_number(lang, block.number))}" if block.number is not None else ""
    # 6 points between paragraphs over a line's spacing, as the DOCX's 6 points after each
    yield f"#block(above: {PARAGRAPH_ABOVE}, grid(columns: (1cm, 1fr), [{number}], " \
          f"[{inline(block.parts)}]))"
    for entry in block.entries:
        yield from _entry(entry, 1)
    yield ""


def _entry(entry: ListEntry, depth: int) -> Iterable[str]:
    indent = f"{depth}cm"
    yield f"#grid(columns: ({indent}, 1cm, 1fr), [], [#{lit(entry.label)}], " \
          f"[{inline(entry.parts)}])"
    for child in entry.children:
        yield from _entry(child, depth + 1)
