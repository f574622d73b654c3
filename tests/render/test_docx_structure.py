"""The DOCX as an editor works in it: formats in named styles, headings with outline levels,
paragraphs numbered by Word, complex-script bold and size for Arabic, no Chinese italics, page 1
without a running head; and LibreOffice opens every one and prints the same numbered
paragraphs."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from sessional.model import LANGUAGES
from sessional.render import render_docx, render_markdown

from .conftest import example_report

DIRECT = ("w:b", "w:bCs", "w:i", "w:iCs", "w:sz", "w:szCs")
CHAPTERS = {  # the example's chapter headings: zh as the 2017 seed has them (lines 17-404)
    "en": ["I.\tIntroduction", "II.\tRecommendations", "III.\tSummary of deliberations",
           "IV.\tOrganization of the meeting", "V.\tAdoption of the report"],
    "zh": ["一.\t导言", "二.\t建议", "三.\t审议情况概要", "四.\t会议安排", "五.\t通过报告"],
}


@cache
def document(lang: str) -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(example_report(lang))))


def markdown_numbers(lang: str) -> int:
    form = r"^\d+ - " if lang == "ar" else r"^\d+\. "  # Arabic "6 -" (A/73/512)
    return len(re.findall(form, render_markdown(example_report(lang)), re.M))


def _style_chain(style: object) -> list[object]:
    chain = []
    while style is not None:
        chain.append(style)
        style = style.base_style  # type: ignore[attr-defined]
    return chain


def _style_has(style: object, tag: str) -> bool:
    return any(s.element.rPr is not None and s.element.rPr.find(qn(tag)) is not None
               for s in _style_chain(style))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_run_carries_bold_italics_or_a_size_of_its_own(lang: str) -> None:
    for para in document(lang).paragraphs:
        for run in para.runs:
            rpr = run._r.rPr
            direct = [t for t in DIRECT if rpr is not None and rpr.find(qn(t)) is not None]
            assert direct == [], f"{lang}: {run.text!r} has {direct}"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_chapters_are_headings_of_outline_level_one(lang: str) -> None:
    found = []
    for para in document(lang).paragraphs:
        levels = [s.element.pPr.find(qn("w:outlineLvl")) for s in _style_chain(para.style)
                  if s.element.pPr is not None]
        level = next((int(x.get(qn("w:val"))) for x in levels if x is not None), None)
        if level == 0:
            found.append(para.text)
    assert found == CHAPTERS[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_paragraphs_are_numbered_by_word_from_one_definition(lang: str) -> None:
    doc = document(lang)
    numbered = [p for p in doc.paragraphs if p._p.pPr is not None and
                p._p.pPr.numPr is not None]
    assert len(numbered) == markdown_numbers(lang) > 20
    assert {p._p.pPr.numPr.numId.val for p in numbered} == {numbered[0]._p.pPr.numPr.numId.val}
    assert not any(re.match(r"\d+\.\t", p.text) for p in doc.paragraphs  # none typed
                   if p.style is not None and p.style.name == "Numbered Paragraph")
    numbering = doc.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num"))
               if n.get(qn("w:numId")) == str(numbered[0]._p.pPr.numPr.numId.val))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(
        qn("w:abstractNumId")) == num.find(qn("w:abstractNumId")).get(qn("w:val")))
    level = abstract.find(qn("w:lvl"))
    assert [level.find(qn(t)).get(qn("w:val")) for t in ("w:numFmt", "w:lvlText")] == \
        ["decimal", "%1 -" if lang == "ar" else "%1."]  # Arabic "6 -" as in A/73/512


def test_arabic_bold_and_sizes_hold_for_the_arabic_script() -> None:
    doc = document("ar")
    for name in ("Report Title", "Chapter Heading", "Body Heading", "Masthead Emphasis"):
        style = doc.styles[name]
        assert _style_has(style, "w:b") and _style_has(style, "w:bCs"), name
    title = doc.styles["Report Title"].element.rPr
    assert title.find(qn("w:sz")).get(qn("w:val")) == title.find(qn("w:szCs")).get(
        qn("w:val")) == "26"


def test_chinese_has_no_italics() -> None:
    doc = document("zh")
    styles = {p.style.name for p in doc.paragraphs}
    assert "Sub-heading" in styles
    assert not [name for name in styles if _style_has(doc.styles[name], "w:i")]


def test_page_one_has_the_masthead_and_no_running_head() -> None:
    section = document("en").sections[0]
    assert section.different_first_page_header_footer
    assert [p.text for p in section.first_page_header.paragraphs] == [""]
    odd, even = section.header.paragraphs[0], section.even_page_header.paragraphs[0]
    assert (odd.alignment, even.alignment) == (2, 0)  # right on odd pages, left on even ones
    assert document("en").settings.odd_and_even_pages_header_footer


@pytest.fixture(scope="module")
def libreoffice_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The six DOCX and the PDFs LibreOffice made of them."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (Debian's libreoffice-writer) is not installed"
    folder = tmp_path_factory.mktemp("libreoffice")
    for lang in LANGUAGES:
        (folder / f"report.{lang}.docx").write_bytes(render_docx(example_report(lang)))
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder),
                    *sorted(str(p) for p in folder.glob("*.docx"))],
                   check=True, capture_output=True, timeout=300)
    return folder


@pytest.fixture(scope="module")
def libreoffice_pdfs(libreoffice_folder: Path) -> dict[str, str]:
    folder, out = libreoffice_folder, {}
    for lang in LANGUAGES:
        pdf = folder / f"report.{lang}.pdf"
        assert pdf.exists(), f"LibreOffice made no PDF of the {lang} DOCX"
        out[lang] = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout
    return out


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "ar"])
def test_libreoffice_prints_the_numbered_paragraphs(libreoffice_pdfs: dict[str, str],
                                                    lang: str) -> None:
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\.\s", libreoffice_pdfs[lang], re.M)]
    paragraphs = [n for n in numbers if n <= markdown_numbers(lang)]
    # 1, 2, 3 … in order (agenda lists inside paragraphs count again from 1: skip them)
    expected = iter(range(1, markdown_numbers(lang) + 1))
    following = next(expected)
    for n in paragraphs:
        if n == following:
            following = next(expected, 0)
    assert following == 0, f"{lang}: Word's numbers stop before {following}"


def test_libreoffice_prints_the_arabic_report(libreoffice_pdfs: dict[str, str]) -> None:
    text = re.sub("[\u202a-\u202e]", "", libreoffice_pdfs["ar"])  # pdftotext's bidi marks
    assert len(re.findall("[\u0600-\u06ff]", text)) > 2000  # the Arabic text is there
    # each paragraph's number once, at the right of its line ("1 -" is extracted in visual
    # order: "-1"), never the "1." of the other languages (".1")
    numbers = {int(n) for n in re.findall(r"^\s*\S.*\s-(\d{1,2})\s*$", text, re.M)}
    assert not re.search(r"\s\.\d\d\s*$", text, re.M)  # (agenda labels 1-7 aside)
    assert numbers >= set(range(1, markdown_numbers("ar") + 1))


def test_every_docx_is_a_file_libreoffice_opens(libreoffice_pdfs: dict[str, str],
                                               tmp_path: Path) -> None:
    assert set(libreoffice_pdfs) == set(LANGUAGES)


def page_one_words(pdf: Path) -> tuple[float, dict[str, tuple[float, float]]]:
    """The page's width and each word of page 1 with its left and right edge (points)."""
    layout = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                            check=True, capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', layout).group(1))  # type: ignore[union-attr]
    boxes = {}
    for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<',
            layout):
        boxes.setdefault(word, (float(x_min), float(x_max)))
        boxes.setdefault(word[::-1], (float(x_min), float(x_max)))  # Arabic: visual order
    return width, boxes


@pytest.mark.parametrize(("lang", "organization", "masthead_side"), [
    ("en", "Nations", "right"), ("zh", "联合国", "right"), ("ar", "المتحدة", "left")])
def test_word_puts_the_masthead_on_its_side_of_page_one(
        libreoffice_pdfs: dict[str, str], libreoffice_folder: Path, lang: str,
        organization: str, masthead_side: str) -> None:
    """As LibreOffice lays it out: "Distr.:" on the masthead's side, the organization line on
    the other (Word reads left/right of a right-to-left paragraph as its start/end)."""
    width, words = page_one_words(libreoffice_folder / f"report.{lang}.pdf")
    middle = width / 2
    distr_left, distr_right = words["Distr.:"]
    org_left, org_right = words[organization]
    if masthead_side == "right":
        assert distr_left > middle and org_right < middle
    else:
        assert distr_right < middle and org_left > middle
