"""The DOCX, read back with python-docx, says what the Markdown says."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest
from docx.oxml.ns import qn

from sessional.compose import compose_report
from sessional.model import LANGUAGES, record_from_data
from sessional.render import render_docx, render_markdown

from ..conftest import EXAMPLE
from .conftest import example_report


def markdown_paragraphs(markdown: str) -> dict[int, str]:
    out = {}
    for block in markdown.split("\n\n"):
        if start := re.match(r"^(\d+)(?:\.| -) ", block):  # "6." or, in Arabic, "6 -"
            body = re.sub(r"<!--.*?-->", "", block[start.end():], flags=re.S)
            out[int(start.group(1))] = re.sub(r"\s+", "", re.sub(r"\\(.)", r"\1", body))
    return out


def docx_paragraphs(data: bytes) -> dict[int, str]:
    """Numbered paragraphs (style 'Numbered Paragraph', numbered by Word: the n-th paragraph
    with `w:numPr` is number n) with the list entries under them."""
    out: dict[int, str] = {}
    current = None
    for para in docx.Document(io.BytesIO(data)).paragraphs:
        style = para.style.name if para.style is not None else ""
        if style == "Numbered Paragraph":
            assert para._p.pPr.numPr is not None, para.text
            current = len(out) + 1
            out[current] = para.text
        elif style.startswith("List Entry") and current is not None:
            out[current] += para.text.replace("\t", "")
        else:
            current = None
    return {n: re.sub(r"\s+", "", t) for n, t in out.items()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_docx_has_the_markdown_paragraphs(lang: str) -> None:
    report = example_report(lang)
    assert docx_paragraphs(render_docx(report)) == markdown_paragraphs(render_markdown(report))


def test_arabic_docx_is_right_to_left() -> None:
    document = docx.Document(io.BytesIO(render_docx(example_report("ar"))))
    body = [p for p in document.paragraphs if p.text]
    assert all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in body)
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None


def test_chinese_docx_names_an_east_asian_font() -> None:
    document = docx.Document(io.BytesIO(render_docx(example_report("zh"))))
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "SimSun"


def test_symbol_in_masthead_and_page_header_and_page_number_in_footer() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["report"]["symbol"] = "CTOC/COP/WG.3/2017/4-CTOC/COP/WG.2/2017/4"
    report = compose_report(record_from_data(data), "en")
    document = docx.Document(io.BytesIO(render_docx(report)))
    assert [p.text for p in document.paragraphs[:2]] == [
        "United Nations", "CTOC/COP/WG.3/2017/4-CTOC/COP/WG.2/2017/4"]
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "CTOC/COP/WG.3/2017/4-CTOC/COP/WG.2/2017/4"
    instructions = section.footer.paragraphs[0]._p.findall(".//" + qn("w:instrText"))
    assert [i.text for i in instructions] == ["PAGE"]


def test_paragraph_awaiting_translation_carries_its_source_in_a_comment() -> None:
    document = docx.Document(io.BytesIO(render_docx(example_report("en"))))
    comments = list(document.comments)
    assert len(comments) == 10  # five paragraphs of introduction, five of deliberations
    assert comments[0].text.startswith("联合国打击跨国有组织犯罪公约缔约方会议")
    body = "\n".join(p.text for p in document.paragraphs)
    assert "联合国打击跨国有组织犯罪公约缔约方会议" not in body


ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def _runs(lang: str, styles: tuple[str, ...] = ()) -> list:  # type: ignore[type-arg]
    document = docx.Document(io.BytesIO(render_docx(example_report(lang))))
    return [run for para in document.paragraphs for run in para.runs
            if not styles or (para.style is not None and para.style.name in styles)]


def _has(run: object, tag: str) -> bool:
    rpr = run._r.rPr  # type: ignore[attr-defined]
    return rpr is not None and rpr.find(qn(tag)) is not None


def test_every_arabic_run_of_the_paragraphs_is_marked_right_to_left() -> None:
    body = _runs("ar", ("Numbered Paragraph", "List Entry", "List Entry 2"))
    # the text of the paragraphs and their labels ("(أ)\t", "أولا-\t")
    arabic = [run for run in body if ARABIC_LETTER.search(run.text)]
    assert len(arabic) >= 70  # 60 runs of text with Arabic letters, and 10 list labels
    assert all(_has(run, "w:rtl") for run in arabic), [r.text for r in arabic
                                                       if not _has(r, "w:rtl")][:3]
    assert not any(_has(run, "w:rtl") for run in _runs("en"))


@pytest.mark.parametrize(("lang", "marks"), [
    # the seed's fifteen gaps: thirteen [……], one […], one [至 4] (items 2 to 4, the end unsure);
    # and two […] of the masthead (in English in a Chinese document): its symbol and its date
    ("zh", {"[……]": 13, "[…]": 3, "[至 4]": 1}),
    ("en", {"[…]": 45, "[awaiting translation from Chinese]": 10, "[to 4]": 1}),
])
def test_every_placeholder_and_only_placeholders_are_highlighted(
        lang: str, marks: dict[str, int]) -> None:
    runs = _runs(lang)
    highlighted = [run.text for run in runs if run.font.highlight_color is not None]
    bracketed = [run.text for run in runs if run.text.startswith("[") and run.text.endswith("]")]
    assert sorted(highlighted) == sorted(bracketed)
    assert {text: highlighted.count(text) for text in set(highlighted)} == marks


def test_each_source_comment_has_its_own_id_and_its_anchor() -> None:
    """Ids 0, 1, 2 … as Word numbers them, each referenced once from the text (the writer
    takes the next id from the last comment instead of reading them all)."""
    document = docx.Document(io.BytesIO(render_docx(example_report("fr"))))
    ids = [c.comment_id for c in document.comments]
    assert len(ids) >= 10 and ids == list(range(len(ids)))
    body = document.element.body
    anchors = [int(r.get(qn("w:id"))) for r in body.iter(qn("w:commentReference"))]
    assert anchors == ids


def test_the_same_record_gives_the_same_file_and_a_small_one() -> None:
    """Nothing in the file depends on the clock (comments carry no date, zip entries a fixed
    time): a report rendered twice is the same bytes, so an editor's diff shows only changes.
    And no template's 160 unused styles: the example's report is under 20 KB (it was 45 KB)."""
    report = example_report("en")
    first, again = render_docx(report), render_docx(report)
    assert first == again
    assert len(first) < 20_000
    names = [s.name for s in docx.Document(io.BytesIO(first)).styles]
    assert "Heading 1" not in names and "Numbered Paragraph" in names
