"""Stage 1: raw text -> clean lines. Line ends, full-width digits and letters, page furniture.

Removes what a PDF or a print layout adds between pages: page numbers, running headers (a
document symbol or a job number repeated on every page), form feeds. Never raises on any string.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_FULLWIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                       *range(0xFF41, 0xFF5B), 0xFF3B, 0xFF3D]}
"""Full-width digits, Latin letters and square brackets (placeholders are written [……])."""
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*(?:page|p\.)\s*\d+\s*$|"
                          r"^\s*第\s*\d+\s*页\s*$", re.IGNORECASE)
_JOB_NUMBER = re.compile(r"^\s*(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\s*(?:\([A-Z]\))?.*$")
_MARKDOWN_PAGE_FOOT = re.compile(r"^[^\n]*<!-- foot of page 1\b[^\n]*-->[ \t]*$", re.M)
_SYMBOL_LINE = re.compile(r"^\s*[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.]+)+(?:-[A-Z][A-Za-z0-9./]*)*"
                          r"\s*$")


_STARTS_BLOCK = re.compile(r"^\s*(\d{1,3}\.\s|#|\*\*|\([a-z]\)|\[)")


@dataclass(frozen=True)
class Line:
    text: str
    number: int  # line number in the input, from 1


def normalize(text: str) -> list[Line]:
    """Lines with furniture removed; blank lines kept (they separate paragraphs)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.translate(_FULLWIDTH).replace("\u3000", " ").replace("\xa0", " ")
    text = text.replace("\u202f", " ")  # the narrow no-break space of French typography
    text = _MARKDOWN_PAGE_FOOT.sub("", text)  # our Markdown's foot of page 1 (the job number)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)  # Markdown comments are not report text
    raw = text.split("\n")
    repeated = _running_headers(raw)
    lines: list[Line] = []
    seen_symbol = False
    page_break = False
    masthead = True  # the first block of the file
    for number, line in enumerate(raw, start=1):
        masthead = masthead and bool(line.strip() or not lines)
        if masthead:
            line = _right_column(line)
        if "\f" in line:
            line = line.replace("\f", "")
            page_break = True
        stripped = line.strip()
        # the symbol heads the later pages, but its first line, in the masthead, is the symbol
        symbol = bool(_SYMBOL_LINE.match(line))
        furniture = (_PAGE_NUMBER.match(line) and _apart(raw, number - 1)) or \
            _JOB_NUMBER.match(line) or (stripped in repeated and (seen_symbol or not symbol)) or \
            (symbol and seen_symbol)
        if furniture:
            page_break = True
            while lines and not lines[-1].text.strip():
                lines.pop()  # the blank lines before a page break separate nothing
            continue
        if page_break and not stripped:
            continue  # nor do the blank lines after it
        if page_break and lines and lines[-1].text.strip() and _NEW_BLOCK.match(line):
            lines.append(Line("", number))  # but a numbered paragraph or heading starts anew
        page_break = False
        line = _tidy(line)
        if _SYMBOL_LINE.match(line):
            seen_symbol = True
        lines.append(Line(line.rstrip(), number))
    return _collapse_blanks(_undouble(lines))


# what opens a paragraph, a heading or a list entry: a page break before it ends the block above
_NEW_BLOCK = re.compile(r"^\s*((\d{1,3}\.|[IVX]{1,4}\.|[A-H]\.|\(?[a-z]\)|\(\d{1,2}\))\s+|"
                        r"[一二三四五六七八九十]{1,3}、)\S")


_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_INNER_RUNS = re.compile(r"(?<=\S) {2,}(?=\S)")
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


_TWO_COLUMNS = re.compile(r"^\s*\S.*?\S {8,}(\S.*)$")


def masthead_banner(text: str) -> list[str]:
    """The left column of a two-column masthead (its first block): the issuing organ's banner,
    "United Nations" left out."""
    banner = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            break
        columns = _TWO_COLUMNS.match(line)
        left = line[:columns.start(1)].strip() if columns else ""
        if left and left != "United Nations":
            banner.append(left)
    return banner


def _right_column(line: str) -> str:
    """A masthead set in two columns (text from a PDF): its left column ("United Nations",
    "Conference of the States Parties to the") is the issuing organ's banner, never the name
    of the meeting's body; the right column (symbol, distribution, date) is the masthead."""
    columns = _TWO_COLUMNS.match(line)
    return columns.group(1) if columns else line


def _tidy(line: str) -> str:
    """Spaces that a PDF's justified layout puts inside a line are not text: runs of spaces
    become one, and no space stands between two Chinese characters."""
    indent = len(line) - len(line.lstrip(" "))
    body = _CJK_GAP.sub("", _INNER_RUNS.sub(" ", line[indent:].rstrip()))
    return line[:indent] + body


def _undouble(lines: list[Line]) -> list[Line]:
    """Text extracted from a PDF is often double-spaced: every line followed by an empty one.
    There, a single empty line is an artefact; a line of spaces or two empty lines separate."""
    texts = [line.text for line in lines]
    singles = [i for i, t in enumerate(texts[:-2]) if t.strip() and texts[i + 1] == ""
               and texts[i + 2].strip()]
    content = sum(1 for t in texts if t.strip())
    starts = sum(1 for i in singles if _STARTS_BLOCK.match(texts[i + 2]))
    if content < 4 or len(singles) < 0.6 * content or starts > 0.4 * len(singles):
        return lines  # blank lines here separate paragraphs (as in Markdown)
    out: list[Line] = []
    for i, line in enumerate(lines):
        if line.text == "":
            single = (i == 0 or lines[i - 1].text != "") and \
                (i + 1 == len(lines) or lines[i + 1].text != "")
            if single:
                continue
        out.append(line)
    return out


def _apart(raw: list[str], i: int) -> bool:
    """A page number stands apart: next to a blank line or a page break, not inside a
    paragraph (where a lone number is a wrapped part of the text)."""
    around = [raw[j] for j in (i - 1, i + 1) if 0 <= j < len(raw)]
    return not around or any(not t.strip() or "\f" in t for t in around) or "\f" in raw[i]


def _running_headers(raw: list[str]) -> set[str]:
    """Short lines that stand next to a page break on three or more pages are running heads
    or feet, not content (a subheading that recurs in the text is not one of them)."""
    breaks = [i for i, line in enumerate(raw) if "\f" in line]
    if len(breaks) < 2:
        return set()
    near: Counter[str] = Counter()
    for i in breaks:
        before = [t.strip() for t in raw[max(0, i - 4):i] if t.strip()][-1:]
        after = [t.strip().replace("\f", "") for t in raw[i:i + 5] if t.strip("\f \t")][:1]
        near.update({t for t in (*before, *after) if 0 < len(t) <= 80})
    needed = max(2, int(0.6 * len(breaks) + 0.5))
    total = Counter(t.strip().replace("\f", "") for t in raw)
    return {line for line, n in near.items()
            if n >= needed and total[line] <= n + 1 and not re.match(r"^\[.*\]$", line)}


def _collapse_blanks(lines: list[Line]) -> list[Line]:
    """Collapse runs of blank lines to one."""
    out: list[Line] = []
    for line in lines:
        if not line.text.strip() and out and not out[-1].text.strip():
            continue
        out.append(line)
    return out
