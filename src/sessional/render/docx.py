"""Report tree -> DOCX: the editors' format, written as WordprocessingML (`docx_xml`).

UN layout: masthead (symbol, distribution, date, original language), the bodies and their dates,
the title set ragged, chapters and paragraphs numbered by Word (insert one and the rest
renumber), every format in a named style (`docx_styles`). Page 1 carries the masthead, no
running head, and a footer of its own with the job number on the left (`layout`); later pages
carry the symbol and the page number, on the outer side (left on even pages, right on odd
ones). Arabic documents are right-to-left (bidi paragraphs and section, `w:rtl` runs); Chinese
text carries an East Asian font. Placeholders are highlighted; a paragraph awaiting
translation carries its source text in a Word comment for the translator.
"""

from __future__ import annotations

from ..compose import Heading, ListEntry, Paragraph, Parts, Placeholder, Report, Text, merged, plain
from .docx_package import Package
from .docx_styles import STYLES, numbering_part, styles_part
from .docx_xml import page_field, paragraph, text_run
from .layout import first_page_foot, paragraph_number

__all__ = ["render_docx"]

# the outer side: the end of the line on odd pages, its start on even ones (the header
# paragraphs of a right-to-left report are right to left: the values mean start/end)
_OUTER = {"default": "right", "even": "left"}


def render_docx(report: Report) -> bytes:
    return _Writer(report).write()


class _Writer:
    def __init__(self, report: Report) -> None:
        self.report, self.rtl = report, report.direction == "rtl"
        self.package = Package(report.lang, plain(report.title), self.rtl,
                               styles_part(report.lang, self.rtl), numbering_part(report.lang))
        self.body: list[str] = []

    def write(self) -> bytes:
        report = self.report
        self._page()
        self._masthead()
        for i, line in enumerate(report.heading_lines):
            self._para(STYLES.body_dates if i % 2 else STYLES.body_name, line)
        self._para(STYLES.title, report.title)
        numbered = _numbered_by_word(report)
        for block in report.blocks:
            if isinstance(block, Heading):
                self._heading(block)
            else:
                self._paragraph(block, numbered)
        return self.package.save("".join(self.body))

    def _page(self) -> None:
        symbol = _runs(self.report.masthead.symbol, rtl=self.rtl)
        for side, align in _OUTER.items():
            self.package.headers[side] = paragraph(
                STYLES.running_head, symbol, bidi=self.rtl, align=align)
            self.package.footers[side] = paragraph(STYLES.page_number, page_field(), align=align)
        self.package.headers["first"] = paragraph(STYLES.running_head)  # page 1: none
        foot = first_page_foot(self.report)  # the job number, left, left to right
        self.package.footers["first"] = paragraph(
            STYLES.page_foot, _runs(foot.parts, rtl=False),
            align="right" if foot.side == "right" else None)

    def _masthead(self) -> None:
        m = self.report.masthead
        lines = [((Text(m.organization),), STYLES.organization),
                 (m.symbol, STYLES.masthead_strong), *((x, STYLES.masthead) for x in m.lines()),
                 ((Text(m.draft),) if m.draft else (), STYLES.masthead_strong)]
        for parts, style in lines:
            if plain(parts):
                self.body.append(paragraph(style, _runs(parts, rtl=self.rtl), bidi=self.rtl))

    def _para(self, style: str, parts: Parts, label: str = "", source: Parts = (),
              number_id: int | None = None) -> None:
        content = text_run(label + "\t", rtl=self.rtl) if label else ""
        runs = _runs(parts, rtl=self.rtl)
        if source and runs:
            runs = self._comment(runs, plain(source))
        self.body.append(paragraph(style, content + runs, bidi=self.rtl, number_id=number_id))

    def _heading(self, block: Heading) -> None:
        style = STYLES.headings[min(block.level, len(STYLES.headings)) - 1]
        self._para(style, block.parts, block.label or "")

    def _paragraph(self, block: Paragraph, numbered: bool) -> None:
        if block.number is None:
            self._para(STYLES.gap, block.parts, source=block.source)
        elif numbered:
            self._para(STYLES.paragraph, block.parts, source=block.source,
                       number_id=STYLES.number_id)
        else:
            self._para(STYLES.paragraph, block.parts,
                       paragraph_number(self.report.lang, block.number), block.source)
        for entry in block.entries:
            self._entry(entry, 1)

    def _entry(self, entry: ListEntry, depth: int) -> None:
        self._para(STYLES.entries[min(depth, len(STYLES.entries)) - 1], entry.parts,
                   entry.label or "")
        for child in entry.children:
            self._entry(child, depth + 1)

    def _comment(self, runs: str, text: str) -> str:
        """The runs anchored to a new comment carrying `text` (ids 0, 1, 2 … in order)."""
        n = len(self.package.comments)
        reference = text_run("", char_style="CommentReference").replace(
            "</w:r>", f'<w:commentReference w:id="{n}"/></w:r>')
        paragraphs = "".join(paragraph("CommentText", (
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            if i == 0 else "") + text_run(line)) for i, line in enumerate(text.split("\n")))
        self.package.comments.append(f'<w:comment w:id="{n}" w:author="sessional" '
                                     f'w:initials="S">{paragraphs}</w:comment>')
        return (f'<w:commentRangeStart w:id="{n}"/>{runs}<w:commentRangeEnd w:id="{n}"/>'
                f"{reference}")


def _numbered_by_word(report: Report) -> bool:
    """Word numbers the paragraphs when they run 1, 2, 3 … without a gap (as composed);
    otherwise each keeps its own number, typed."""
    numbers = [b.number for b in report.blocks if isinstance(b, Paragraph) and b.number]
    return numbers == list(range(1, len(numbers) + 1))


def _runs(parts: Parts, rtl: bool) -> str:
    return "".join(text_run(part.text, highlight=isinstance(part, Placeholder), rtl=rtl)
                   for part in merged(parts))

