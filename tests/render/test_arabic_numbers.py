"""Arabic paragraph numbers as UN Arabic documents print them: "6 -", the number at the right
of the line and the hyphen to its left (the Arabic A/73/512 numbers its paragraphs "1 -",
"2 -" where the English has "1.", "2."); every other language keeps "6.". And the Arabic
masthead mirrored: "الأمم المتحدة" at the right, "Distr." and "Original:" at the left."""

from __future__ import annotations

import html
import re
import subprocess
from functools import cache

import pytest

from sessional.render import render_html, render_markdown, render_pdf

from .conftest import example_report

A4_WIDTH = 595.276
MARGIN = 2.2 / 2.54 * 72  # the PDF's side margins


@cache
def words(lang: str) -> list[tuple[str, float, float, float]]:
    """Page 1's words with left edge, right edge and top, in points (poppler's text layer)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", "-", "-"],
                         input=render_pdf(example_report(lang)), capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [(html.unescape(m[4]), float(m[1]), float(m[3]), float(m[2])) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>', out)]


@cache
def text(lang: str) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=render_pdf(example_report(lang)),
                         capture_output=True, check=True).stdout.decode("utf-8")
    return re.sub("[\u202a-\u202e]", "", out)  # poppler's bidi marks


def test_arabic_pdf_prints_paragraph_one_as_number_space_hyphen_at_the_right() -> None:
    page = words("ar")
    one = [(left, right, top) for word, left, right, top in page if word == "1"]
    assert one, "no paragraph number 1 on page 1"
    left, right, top = one[0]
    assert abs(right - (A4_WIDTH - MARGIN)) < 1  # the number at the right margin
    hyphen = [x1 for word, _x0, x1, y in page if word == "-" and abs(y - top) < 5]
    assert hyphen, "no hyphen on the line of paragraph 1"
    assert 1 < left - hyphen[0] < 4  # left of the number, one space apart: "1 -" read right to left


def test_arabic_pdf_text_has_the_hyphen_form_and_never_the_full_stop() -> None:
    lines = text("ar").splitlines()
    # pdftotext writes the number's line in visual order: "-1", "- 10" … for "1 -", "10 -" …
    assert {"-1", "-2", "-3", "-10"} <= {re.sub(r"\s", "", line) for line in lines}
    # ".10" would be "10." in visual order (the agenda items' own labels, from the catalogue,
    # count 1 to 7 in lists of their own)
    assert not any(re.fullmatch(r"\.\d\d|\d\d\.", line.strip()) for line in lines)


def test_english_pdf_keeps_number_and_full_stop() -> None:
    lines = {line.strip() for line in text("en").splitlines()}
    assert {"1.", "2.", "10."} <= lines


def test_arabic_html_and_markdown_write_the_same_form() -> None:
    page = render_html(example_report("ar"))
    assert '<span class="num">6 -</span>' in page
    assert '<span class="num">6.</span>' not in page
    md = render_markdown(example_report("ar"))
    assert re.search(r"^6 - \S", md, re.M) and not re.search(r"^6\. ", md, re.M)
    assert '<span class="num">6.</span>' in render_html(example_report("fr"))


@pytest.mark.parametrize(("lang", "organization", "organization_side"), [
    ("en", "Nations", "left"), ("zh", "联合国", "left"), ("ar", "ممألا", "right")])
def test_pdf_masthead_mirrored_in_arabic(lang: str, organization: str,
                                         organization_side: str) -> None:
    """Arabic UN documents put "الأمم المتحدة" at the top right and the distribution lines at
    the left (A/65/L.78, A/73/512); the others the other way round. ("ممألا" is "الأمم" as
    poppler writes it, in visual order.)"""
    page = words(lang)
    middle = A4_WIDTH / 2
    org = next(left for word, left, _r, _t in page if word == organization)
    distr = next(left for word, left, _r, _t in page if word == "Distr.:" or
                 word.startswith("Distr."))
    if organization_side == "left":
        assert org < middle < distr
    else:
        assert distr < middle < org
