"""The PDF's pages as a reader sees them, positions read from poppler's text layer: the title
set ragged, a draft's mark on the side of the distribution lines, the symbol and the page
number of later pages at the page's outer side (mirrored in Arabic), Chinese sub-headings bold
as in the DOCX and the HTML."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
from functools import cache
from itertools import pairwise

import pytest
from pypdf import PdfReader

from sessional.compose import Report, compose_report
from sessional.model import record_from_data
from sessional.render import render_pdf

from ..conftest import EXAMPLE
from .conftest import example_report

SYMBOL = "CTOC/COP/WG.3/2017/4"
LEFT = 2.2 / 2.54 * 72  # the side margins: 62.36 points from each edge of the A4 page
RIGHT = 595.276 - LEFT  # 532.91
Word = tuple[str, float, float, float, float]  # text, left, right, top, bottom


@cache
def with_symbol(lang: str) -> Report:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["report"]["symbol"] = SYMBOL
    return compose_report(record_from_data(data), lang)  # type: ignore[arg-type]


@cache
def pdf(lang: str, symbol: bool = False) -> bytes:
    return render_pdf(with_symbol(lang) if symbol else example_report(lang))


def words(data: bytes, page: int) -> list[Word]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
                         input=data, capture_output=True, check=True).stdout.decode("utf-8")
    return [(html.unescape(m[5]), float(m[1]), float(m[3]), float(m[2]), float(m[4]))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                 r'yMax="([\d.]+)">([^<]*)</word>', out)]


def line_of(page: list[Word], first: str, second: str) -> list[Word]:
    """The words of the line where `first` is followed by `second`, left to right."""
    for a, b in pairwise(page):
        if (a[0], b[0]) == (first, second):
            return sorted((w for w in page if abs(w[3] - a[3]) < 1), key=lambda w: w[1])
    raise AssertionError(f"no line with {first!r} {second!r}")


def test_the_english_title_is_ragged_one_plain_space_between_its_words() -> None:
    page = words(pdf("en"), 1)
    title = [line_of(page, "Draft", "report"), line_of(page, "Cooperation", "and"),
             line_of(page, "held", "in")]
    assert [" ".join(w[0] for w in line) for line in title] == [
        "Draft report on the meeting of the Working Group on International",
        "Cooperation and the Working Group of Government Experts on",
        "Technical Assistance held in Vienna from 9 to 13 October 2017"]
    spaces = [b[1] - a[2] for line in title for a, b in pairwise(line)]
    assert max(spaces) < 4  # a space of 13-point Noto Serif is 3.4 points; justified: up to 10
    assert title[0][-1][2] < RIGHT - 20  # the first line stops short of the right margin


@pytest.mark.parametrize(("lang", "draft", "side"), [
    ("en", "Draft", "right"), ("zh", "草稿", "right"), ("ar", "عورشم", "left")])
def test_a_drafts_mark_closes_the_distribution_lines_on_their_side(
        lang: str, draft: str, side: str) -> None:
    """("عورشم" is "مشروع", draft, as poppler writes it, in visual order.)"""
    page = words(pdf(lang), 1)
    original = next(w for w in page if w[0] == "Original:")
    mark = next(w for w in page if w[0] == draft)
    assert 10 < mark[3] - original[3] < 20  # the next line
    if side == "right":
        assert abs(mark[2] - RIGHT) < 1
    else:
        assert abs(mark[1] - LEFT) < 1


@pytest.mark.parametrize(("lang", "even", "odd"), [("en", "left", "right"),
                                                   ("ar", "right", "left")])
def test_later_pages_carry_symbol_and_number_at_their_outer_side(
        lang: str, even: str, odd: str) -> None:
    data = pdf(lang, symbol=True)
    for number, side in ((2, even), (3, odd)):
        page = words(data, number)
        head = next(w for w in page if w[0] == SYMBOL)
        foot = next(w for w in page if w[0] == str(number) and w[3] > 780)
        assert head[3] < 72  # in the top margin
        for word in (head, foot):
            if side == "left":
                assert abs(word[1] - LEFT) < 1, (number, word)
            else:
                assert abs(word[2] - RIGHT) < 1, (number, word)
    assert not any(w[0] == SYMBOL and w[3] < 60 for w in words(data, 1))  # page 1: masthead only


def _fonts_of(data: bytes, page: int) -> list[tuple[str, str]]:
    """Each piece of text of the page with the name of its font, in the order drawn."""
    found: list[tuple[str, str]] = []

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if text.strip() and font is not None:
            found.append((text.strip(), str(font["/BaseFont"])))  # type: ignore[index]

    PdfReader(io.BytesIO(data)).pages[page - 1].extract_text(visitor_text=visit)
    return found


def test_chinese_sub_headings_are_bold_and_upright() -> None:
    pieces = _fonts_of(pdf("zh"), 1)
    chapter = next(i for i, (text, _f) in enumerate(pieces) if "建议" in text)
    text, font = next((t, f) for t, f in pieces[chapter + 1:] if "国际合作工作组" in t)
    assert text == "国际合作工作组"
    assert font.endswith("NotoSerifCJKsc-Bold-Identity-H"), font


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_numbered_paragraphs_stand_six_points_further_apart_than_their_lines(lang: str) -> None:
    """As the DOCX's 6 points after each paragraph: paragraphs 1 to 5 are one line each in
    English ("[awaiting translation from Chinese]") and several in Chinese."""
    page = words(pdf(lang), 1)
    tops = {w[0]: w[3] for w in reversed(page) if w[1] < LEFT + 1}  # each word's first top
    starts = [tops[f"{n}."] for n in (1, 2, 3, 4, 5)]
    # a line's pitch: the body text's lines at the left margin of page 1, body names aside
    lines = sorted({round(w[3], 1) for w in page if LEFT + 20 < w[1] < LEFT + 40})
    pitch = min(b - a for a, b in pairwise(lines) if b - a > 5)
    assert 14 < pitch < 16  # 10.5-point Noto Serif with 0.7 em between lines
    gaps = [b - a for a, b in pairwise(starts)]
    if lang == "en":
        assert all(abs(g - pitch - 6) < 0.5 for g in gaps), (gaps, pitch)
    else:  # several lines each: a multiple of the pitch and 6 points
        assert all(abs((g - 6) / pitch - round((g - 6) / pitch)) < 0.05 for g in gaps), gaps
