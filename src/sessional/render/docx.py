"""Report tree -> DOCX (python-docx): the editors' format.

UN layout: masthead (symbol, distribution, date, original language), the bodies and their dates,
the title set ragged, chapters and paragraphs numbered by Word (insert one and the rest
renumber), every format in a named style (`docx_styles`). Page 1 carries the masthead, no
running head, and a footer of its own with the job number on the left (`layout`); later pages
carry the symbol and the page number, on the outer side (left on even pages, right on odd
ones). Arabic documents are right-to-left (bidi paragraphs and section,
`w:rtl` runs); Chinese text carries an East Asian font. Placeholders are highlighted; a
paragraph awaiting translation carries its source text in a Word comment for the translator.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

from ..compose import Heading, ListEntry, Paragraph, Parts, Placeholder, Report, plain
from . import docx_comments  # noqa: F401  (comments in constant time each)
from .docx_styles import Styles, add_styles, number, right_to_left
from .layout import first_page_foot, paragraph_number

__all__ = ["render_docx"]


def render_docx(report: Report) -> bytes:
    doc = Document()
    styles = add_styles(doc, report.lang, report.direction == "rtl")
    _page(doc, report, styles)
    _masthead(doc, report, styles)
    for i, line in enumerate(report.heading_lines):
        _para(doc, report, line, styles.body_dates if i % 2 else styles.body_name)
    _para(doc, report, report.title, styles.title)
    numbered = _numbered_by_word(report)
    for block in report.blocks:
        if isinstance(block, Heading):
            _heading(doc, report, block, styles)
        else:
            _paragraph(doc, report, block, styles, numbered)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _numbered_by_word(report: Report) -> bool:
    """Word numbers the paragraphs when they run 1, 2, 3 … without a gap (as composed);
    otherwise each keeps its own number, typed."""
    numbers = [b.number for b in report.blocks if isinstance(b, Paragraph) and b.number]
    return numbers == list(range(1, len(numbers) + 1))


def _page(doc: DocumentObject, report: Report, styles: Styles) -> None:
    section = doc.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    rtl = report.direction == "rtl"
    section.different_first_page_header_footer = True  # page 1: the masthead, no running head
    if rtl:  # in the schema's place (CT_SectPr: … titlePg, textDirection, bidi, rtlGutter, …)
        section._sectPr.insert_element_before(
            OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
            "w:sectPrChange")
    doc.settings.odd_and_even_pages_header_footer = True
    # the outer side: the end of the line on odd pages, its start on even ones (the header
    # paragraphs of a right-to-left report are right to left: the values mean start/end)
    outer = {"odd": WD_ALIGN_PARAGRAPH.RIGHT, "even": WD_ALIGN_PARAGRAPH.LEFT}
    for side, header, footer in (("odd", section.header, section.footer),
                                 ("even", section.even_page_header, section.even_page_footer)):
        head = header.paragraphs[0]
        head.style = styles.running_head
        head.add_run(report.masthead.symbol or "")
        head.alignment = outer[side]
        _direction(head, report)
        foot = footer.paragraphs[0]
        foot.alignment = outer[side]
        _page_number(foot)
    _first_page_foot(section.first_page_footer.paragraphs[0], report, styles)


def _first_page_foot(para: DocxParagraph, report: Report, styles: Styles) -> None:
    """Page 1's own footer: the job number on the left (`layout`), no page number."""
    foot = first_page_foot(report)
    para._p.style = styles.page_foot.style_id
    if foot.side == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _runs(para, foot.parts)


def _page_number(paragraph: DocxParagraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)


def _masthead(doc: DocumentObject, report: Report, styles: Styles) -> None:
    m = report.masthead
    lines = [(m.organization, styles.organization), (m.symbol, styles.masthead_strong),
             *((x, styles.masthead) for x in m.lines()),
             (m.draft, styles.masthead_strong)]
    for text, style in lines:
        if text:
            para = _add(doc, style)
            _direction(para, report)
            para.add_run(text)


def _heading(doc: DocumentObject, report: Report, block: Heading, styles: Styles) -> None:
    style = styles.headings[min(block.level, len(styles.headings)) - 1]
    para = _para(doc, report, (), style)
    if block.label:
        para.add_run(block.label + "\t")
    _runs(para, block.parts)


def _paragraph(doc: DocumentObject, report: Report, block: Paragraph, styles: Styles,
               numbered: bool) -> None:
    para = _para(doc, report, (), styles.paragraph if block.number is not None else styles.gap)
    if block.number is not None:
        if numbered:
            number(para._p, styles.number_id)
        else:
            para.add_run(paragraph_number(report.lang, block.number) + "\t")
    runs = _runs(para, block.parts)
    if block.source and runs:
        doc.add_comment(runs, text=plain(block.source), author="sessional", initials="S")
    for entry in block.entries:
        _entry(doc, report, entry, 1, styles)


def _entry(doc: DocumentObject, report: Report, entry: ListEntry, depth: int,
           styles: Styles) -> None:
    para = _para(doc, report, (), styles.entries[min(depth, len(styles.entries)) - 1])
    if entry.label:
        para.add_run(entry.label + "\t")
    _runs(para, entry.parts)
    for child in entry.children:
        _entry(doc, report, child, depth + 1, styles)


def _para(doc: DocumentObject, report: Report, parts: Parts,
          style: ParagraphStyle) -> DocxParagraph:
    para = _add(doc, style)
    _direction(para, report)
    _runs(para, parts)
    return para


def _add(doc: DocumentObject, style: ParagraphStyle) -> DocxParagraph:
    """A paragraph of `style`, its id written directly: python-docx would look the style up
    among every style of the document for each paragraph (most of the DOCX's time)."""
    para = doc.add_paragraph()
    para._p.style = style.style_id
    return para


def _runs(para: DocxParagraph, parts: Parts) -> list:  # type: ignore[type-arg]
    runs = []
    rtl = para._p.pPr is not None and para._p.pPr.find(qn("w:bidi")) is not None
    for part in parts:
        run = para.add_run(part.text)
        if isinstance(part, Placeholder):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if rtl:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        runs.append(run)
    return runs


def _direction(para: DocxParagraph, report: Report) -> None:
    if report.direction == "rtl":
        right_to_left(para._p.get_or_add_pPr())
