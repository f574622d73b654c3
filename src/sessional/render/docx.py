"""Report tree -> DOCX (python-docx): the editors' format.

UN layout: masthead (symbol, distribution, date, original language), the bodies and their dates,
the title, chapters and numbered paragraphs with a hanging number, the symbol in the page header
and the page number in the footer. Arabic documents are right-to-left (bidi paragraphs and
section); Chinese text carries an East Asian font. Placeholders are highlighted; a paragraph
awaiting translation carries its source text in a Word comment for the translator.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from ..compose import Heading, ListEntry, Paragraph, Parts, Placeholder, Report, plain

FONTS = {  # (Latin, East Asian, complex script) per language: UN editors' Word fonts
    "zh": ("Times New Roman", "SimSun", "Times New Roman"),
    "ar": ("Times New Roman", "SimSun", "Simplified Arabic"),
}
DEFAULT_FONTS = ("Times New Roman", "SimSun", "Times New Roman")
LANG_TAGS = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "es": "es-ES",
             "ru": "ru-RU"}
HANG = Cm(1.0)
PARAGRAPH, ENTRY, GAP, HEADING = "Numbered Paragraph", "List Entry", "Placeholder", "Report Heading"
STYLES = (PARAGRAPH, ENTRY, GAP, HEADING, "Masthead", "Report Title", "Body Heading")


def render_docx(report: Report) -> bytes:
    doc = Document()
    _styles(doc, report)
    _page(doc, report)
    _masthead(doc, report)
    for i, line in enumerate(report.heading_lines):
        para = _para(doc, report, line, bold=i % 2 == 0, style="Body Heading")
        para.paragraph_format.space_after = Pt(0 if i % 2 == 0 else 6)
    title = _para(doc, report, report.title, bold=True, size=13, style="Report Title")
    title.paragraph_format.space_before = Pt(12)
    for block in report.blocks:
        if isinstance(block, Heading):
            _heading(doc, report, block)
        else:
            _paragraph(doc, report, block)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _styles(doc: DocumentObject, report: Report) -> None:
    latin, east_asian, complex_script = FONTS.get(report.lang, DEFAULT_FONTS)
    style = doc.styles["Normal"]
    style.font.size = Pt(10)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian),
                        ("w:cs", complex_script)):
        fonts.set(qn(attr), value)
    lang = OxmlElement("w:lang")
    tag = LANG_TAGS[report.lang]
    lang.set(qn("w:val"), tag if report.lang not in {"zh", "ar"} else "en-GB")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    style.paragraph_format.space_after = Pt(6)
    if report.direction == "rtl":
        style.element.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for name in STYLES:
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = style


def _page(doc: DocumentObject, report: Report) -> None:
    section = doc.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    if report.direction == "rtl":
        section._sectPr.append(OxmlElement("w:bidi"))
    header = section.header.paragraphs[0]
    header.add_run(report.masthead.symbol or "").bold = True
    _direction(header, report)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(footer)


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


def _masthead(doc: DocumentObject, report: Report) -> None:
    m = report.masthead
    lines = [m.symbol or "", m.distribution, m.date or "", m.original]
    for i, line in enumerate(x for x in lines if x):
        para = doc.add_paragraph(style="Masthead")
        _direction(para, report)
        run = para.add_run(line)
        run.bold = i == 0 and bool(m.symbol)
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT if report.direction == "ltr" \
            else WD_ALIGN_PARAGRAPH.LEFT
        para.paragraph_format.space_after = Pt(0)
    if m.draft:
        para = doc.add_paragraph(style="Masthead")
        para.add_run(m.draft).bold = True
        _direction(para, report)


def _heading(doc: DocumentObject, report: Report, block: Heading) -> None:
    label: Parts = ()
    para = _para(doc, report, label, bold=block.level <= 2, style=HEADING)
    if block.label:
        para.add_run(block.label + "\t").bold = block.level <= 2
    _runs(para, block.parts, bold=block.level <= 2, italic=block.level == 3)
    fmt = para.paragraph_format
    fmt.keep_with_next = True
    fmt.space_before = Pt(12 if block.level == 1 else 8)
    if block.label:
        fmt.left_indent, fmt.first_line_indent = HANG, -HANG


def _paragraph(doc: DocumentObject, report: Report, block: Paragraph) -> None:
    para = _para(doc, report, (), style=PARAGRAPH if block.number is not None else GAP)
    if block.number is not None:
        para.add_run(f"{block.number}.\t")
        fmt = para.paragraph_format
        fmt.left_indent, fmt.first_line_indent = HANG, -HANG
    else:
        para.paragraph_format.left_indent = HANG
    runs = _runs(para, block.parts)
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if block.source and runs:
        doc.add_comment(runs, text=plain(block.source), author="sessional", initials="S")
    for entry in block.entries:
        _entry(doc, report, entry, 1)


def _entry(doc: DocumentObject, report: Report, entry: ListEntry, depth: int) -> None:
    para = _para(doc, report, (), style=ENTRY)
    if entry.label:
        para.add_run(entry.label + "\t")
    _runs(para, entry.parts)
    fmt = para.paragraph_format
    fmt.left_indent = HANG * (depth + 1)
    fmt.first_line_indent = -HANG
    fmt.space_after = Pt(3)
    for child in entry.children:
        _entry(doc, report, child, depth + 1)


def _para(doc: DocumentObject, report: Report, parts: Parts, bold: bool = False,
          size: int | None = None, style: str | None = None) -> DocxParagraph:
    para = doc.add_paragraph(style=style)
    _direction(para, report)
    _runs(para, parts, bold=bold, size=size)
    return para


def _runs(para: DocxParagraph, parts: Parts, bold: bool = False, italic: bool = False,
          size: int | None = None) -> list:  # type: ignore[type-arg]
    runs = []
    rtl = para._p.pPr is not None and para._p.pPr.find(qn("w:bidi")) is not None
    for part in parts:
        run = para.add_run(part.text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if isinstance(part, Placeholder):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if rtl:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        runs.append(run)
    return runs


def _direction(para: DocxParagraph, report: Report) -> None:
    if report.direction == "rtl":
        para._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
