"""The DOCX an editor opens: UN page, fonts and languages, and the layout of each kind of line.

Expected values are the UN editors' layout written out (A4, 2.2 cm side margins, Times New Roman
10 pt, numbered paragraphs with a 1 cm hanging number, bold chapter headings, ...), not read
from the renderer.
"""

from __future__ import annotations

import io
import json
from typing import Any

import docx
import pytest
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from sessional.compose import compose_report
from sessional.model import record_from_data
from sessional.render import render_docx

from ..conftest import EXAMPLE
from .conftest import example_report

SYMBOL = "CTOC/COP/WG.3/2017/4-CTOC/COP/WG.2/2017/4"


def document(lang: str, symbol: str | None = None) -> Any:
    if symbol is None:
        report = example_report(lang)
    else:
        data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        data["report"]["symbol"] = symbol
        report = compose_report(record_from_data(data), lang)  # type: ignore[arg-type]
    return docx.Document(io.BytesIO(render_docx(report)))


def first(doc: Any, style: str, starts: str = "") -> Paragraph:
    found: Paragraph = next(p for p in doc.paragraphs
                            if p.style.name == style and p.text.startswith(starts))
    return found


def cm(length: Any) -> float | None:
    return None if length is None else round(length.cm, 2)


def pt(length: Any) -> float | None:
    return None if length is None else round(length.pt, 1)


def _chain(style: Any) -> list[Any]:
    out = []
    while style is not None:
        out.append(style)
        style = style.base_style
    return out


def effective(para: Paragraph, attr: str) -> Any:
    """A paragraph format as Word applies it: the paragraph's own, else its style's (and the
    styles that style is based on)."""
    value = getattr(para.paragraph_format, attr)
    for style in _chain(para.style):
        if value is not None:
            break
        value = getattr(style.paragraph_format, attr)
    return value


def layout(para: Paragraph) -> tuple[Any, ...]:
    return (effective(para, "alignment"), cm(effective(para, "left_indent")),
            cm(effective(para, "first_line_indent")), pt(effective(para, "space_before")),
            pt(effective(para, "space_after")))


def font(para: Paragraph, run: Any, attr: str) -> Any:
    value = getattr(run.font, attr)
    for style in _chain(para.style):
        if value is not None:
            break
        value = getattr(style.font, attr)
    return value


def runs(para: Paragraph) -> list[tuple[str, bool | None, bool | None]]:
    """(text, bold, italic) of each run with text, as Word shows them (run, then style)."""
    return [(r.text, font(para, r, "bold"), font(para, r, "italic")) for r in para.runs if r.text]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_report_is_on_a4_with_2_2_cm_side_margins(lang: str) -> None:
    section = document(lang).sections[0]
    assert (cm(section.page_height), cm(section.page_width)) == (29.7, 21.0)
    assert (cm(section.left_margin), cm(section.right_margin)) == (2.2, 2.2)
    assert section.start_type == WD_SECTION_START.NEW_PAGE


@pytest.mark.parametrize(("lang", "fonts", "language"), [
    ("en", ("Times New Roman", "Times New Roman", "SimSun", "Times New Roman"), "en-GB"),
    ("fr", ("Times New Roman", "Times New Roman", "SimSun", "Times New Roman"), "fr-FR"),
    ("es", ("Times New Roman", "Times New Roman", "SimSun", "Times New Roman"), "es-ES"),
    ("ru", ("Times New Roman", "Times New Roman", "SimSun", "Times New Roman"), "ru-RU"),
    ("zh", ("Times New Roman", "Times New Roman", "SimSun", "Times New Roman"), "en-GB"),
    ("ar", ("Times New Roman", "Times New Roman", "SimSun", "Simplified Arabic"), "en-GB"),
])
def test_body_text_is_times_new_roman_10_pt_in_the_reports_language(
        lang: str, fonts: tuple[str, ...], language: str) -> None:
    """Latin text in Times New Roman, Chinese in SimSun, Arabic in Simplified Arabic; Word's
    spelling languages: the report's own, Chinese for East Asian text, Arabic for complex script
    (zh and ar reports mark their Latin runs British English)."""
    normal = document(lang).styles["Normal"]
    assert (normal.font.name, pt(normal.font.size)) == ("Times New Roman", 10.0)
    assert pt(normal.paragraph_format.space_after) == 6.0
    rpr = normal.element.rPr
    found = rpr.find(qn("w:rFonts"))
    assert tuple(found.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")) == fonts
    tag = rpr.find(qn("w:lang"))
    assert (tag.get(qn("w:val")), tag.get(qn("w:eastAsia")), tag.get(qn("w:bidi"))) == (
        language, "zh-CN", "ar-SA")
    bidi = normal.element.pPr is not None and normal.element.pPr.find(qn("w:bidi")) is not None
    assert bidi == (lang == "ar")


def test_masthead_symbol_bold_at_the_right_then_distribution_and_original() -> None:
    doc = document("en", SYMBOL)
    head = [p for p in doc.paragraphs if p.style.name.startswith("Masthead")]
    assert [runs(p) for p in head] == [
        [("United Nations", True, None)], [(SYMBOL, True, None)],
        [("Distr.: General", None, None)], [("[…]", None, None)],  # the date of issue, unknown
        [("English", None, None)], [("Original: Chinese", None, None)], [("Draft", True, None)]]
    assert layout(head[0])[0] == WD_ALIGN_PARAGRAPH.LEFT  # the organization: left
    assert [layout(p) for p in head[1:6]] == [(WD_ALIGN_PARAGRAPH.RIGHT, None, None, None,
                                               0.0)] * 5
    header = doc.sections[0].header.paragraphs[0]  # pages after the first
    assert runs(header) == [(SYMBOL, True, None)]
    assert [p.text for p in doc.sections[0].first_page_header.paragraphs] == [""]


def test_a_symbol_and_a_date_still_to_come_are_highlighted_placeholders_in_their_slots() -> None:
    """The editor sees where the symbol and the date of issue go (never an empty slot)."""
    masthead = [p for p in document("en").paragraphs if p.style.name.startswith("Masthead")]
    assert [runs(p) for p in masthead] == [
        [("United Nations", True, None)], [("[…]", True, None)],
        [("Distr.: General", None, None)], [("[…]", None, None)],
        [("English", None, None)], [("Original: Chinese", None, None)], [("Draft", True, None)]]
    assert [p.runs[0].font.highlight_color is not None for p in masthead] == [
        False, True, False, True, False, False, False]


def test_arabic_masthead_stands_at_the_end_of_its_right_to_left_lines() -> None:
    """"right" of a right-to-left paragraph is its end: the left of the page (where LibreOffice
    prints it: test_docx_structure), as "right" is in English."""
    doc = document("ar", SYMBOL)
    masthead = [p for p in doc.paragraphs if p.style.name in ("Masthead", "Masthead Emphasis")]
    assert [effective(p, "alignment") for p in masthead[:3]] == [WD_ALIGN_PARAGRAPH.RIGHT] * 3
    section = doc.sections[0]._sectPr
    order = [child.tag.split("}")[1] for child in section]
    assert order.index("titlePg") < order.index("bidi") < order.index("docGrid")
    assert all(p._p.pPr.find(qn("w:bidi")) is not None for p in masthead)
    header = doc.sections[0].header.paragraphs[0]
    assert header._p.pPr.find(qn("w:bidi")) is not None


def test_each_body_name_bold_over_its_dates_then_the_title_bold_13_pt() -> None:
    doc = document("en")
    lines = [p for p in doc.paragraphs if p.style.name in ("Body Heading", "Body Dates")]
    assert [(p.text, font(p, p.runs[0], "bold"), pt(effective(p, "space_after")))
            for p in lines] == [
        ("Working Group on International Cooperation", True, 0.0),
        ("Vienna, 9-13 October 2017", None, 6.0),
        ("Working Group of Government Experts on Technical Assistance", True, 0.0),
        ("Vienna, 10-13 October 2017", None, 6.0)]
    title = first(doc, "Report Title")
    assert [(font(title, r, "bold"), pt(font(title, r, "size"))) for r in title.runs] == \
        [(True, 13.0)]
    assert pt(effective(title, "space_before")) == 12.0


def test_chapter_headings_bold_with_a_hanging_number_and_kept_with_what_follows() -> None:
    doc = document("en")
    chapter = first(doc, "Chapter Heading", "I.\t")
    assert runs(chapter) == [("I.\t", True, None), ("Introduction", True, None)]
    assert layout(chapter) == (None, 1.0, -1.0, 12.0, 6.0)
    assert effective(chapter, "keep_with_next") is True
    section = first(doc, "Section Heading", "A.\t")
    assert runs(section)[0] == ("A.\t", True, None)
    assert layout(section) == (None, 1.0, -1.0, 8.0, 6.0)
    assert effective(section, "keep_with_next") is True


def test_a_body_name_over_its_part_of_a_chapter_is_italic_not_bold() -> None:
    doc = document("en")
    sub = first(doc, "Sub-heading", "Working Group on International Cooperation")
    assert runs(sub) == [("Working Group on International Cooperation", None, True)]
    assert layout(sub) == (None, None, None, 8.0, 6.0)
    assert effective(sub, "keep_with_next") is True


def test_numbered_paragraphs_justified_with_a_1_cm_hanging_number() -> None:
    doc = document("en")
    numbered = [p for p in doc.paragraphs if p.style.name == "Numbered Paragraph"]
    para = numbered[28]  # paragraph 29, numbered by Word
    assert para.text == ("On 13 October 2017, the two working groups adopted the report on "
                         "their joint meeting, as amended.")
    assert para._p.pPr.numPr is not None
    assert layout(para) == (WD_ALIGN_PARAGRAPH.JUSTIFY, 1.0, -1.0, None, 6.0)
    assert all(not font(para, r, "bold") and not font(para, r, "italic") and
               pt(font(para, r, "size")) == 10.0 for r in para.runs)


def test_a_missing_paragraph_stands_indented_without_a_number() -> None:
    gap = first(document("en"), "Placeholder")
    assert gap.text == "[…]"
    assert layout(gap) == (WD_ALIGN_PARAGRAPH.JUSTIFY, 1.0, None, None, 6.0)


def test_list_entries_hang_under_their_paragraph_and_sub_items_one_step_further() -> None:
    entries = [p for p in document("en").paragraphs if p.style.name.startswith("List Entry")]
    item, sub_item = entries[0], entries[1]
    assert (item.text, sub_item.text) == ("1.\t[…]:", "(a)\t[…];")
    assert layout(item) == (None, 2.0, -1.0, None, 3.0)
    assert layout(sub_item) == (None, 3.0, -1.0, None, 3.0)
    document_entry = next(p for p in entries if p.text.startswith("(a)\t[…] (CTOC/"))
    assert layout(document_entry) == (None, 2.0, -1.0, None, 3.0)


def test_the_footer_numbers_the_pages_with_a_word_page_field() -> None:
    footer = document("en").sections[0].footer.paragraphs[0]
    parts = [(el.tag.split("}")[1], el.get(qn("w:fldCharType")), el.text,
              el.get(qn("xml:space")))
             for el in footer._p.iter(qn("w:fldChar"), qn("w:instrText"))]
    assert parts == [("fldChar", "begin", None, None), ("instrText", None, "PAGE", "preserve"),
                     ("fldChar", "end", None, None)]


def test_without_a_symbol_the_page_header_holds_its_highlighted_placeholder() -> None:
    head = document("en").sections[0].header.paragraphs[0]
    assert [(r.text, r.font.highlight_color is not None) for r in head.runs if r.text] == [
        ("[…]", True)]


def test_the_translators_comment_is_signed_by_sessional() -> None:
    comments = list(document("en").comments)
    assert {(c.author, c.initials) for c in comments} == {("sessional", "S")}
