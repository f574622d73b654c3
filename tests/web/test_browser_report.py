"""The HTML report as Chromium shows it: the Noto fonts apply (the font list reaches the
stylesheet unescaped), Chinese sub-headings are upright."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from sessional.render import render_html

from ..render.conftest import example_report


@pytest.mark.parametrize(("lang", "family"), [
    ("en", '"Noto Serif"'), ("zh", '"Noto Serif CJK SC"'), ("ar", '"Noto Naskh Arabic"')])
def test_the_report_is_set_in_the_noto_fonts(browser: Browser, tmp_path: Path, lang: str,
                                            family: str) -> None:
    path = tmp_path / f"report.{lang}.html"
    path.write_text(render_html(example_report(lang)), encoding="utf-8")
    page = browser.new_page()
    try:
        page.goto(path.as_uri())
        body = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert body.startswith(family), body
        styles = page.evaluate("[...document.querySelectorAll('h4')].map("
                               "h => getComputedStyle(h).fontStyle)")
        if lang == "zh":
            assert styles and set(styles) == {"normal"}
    finally:
        page.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_drafts_mark_closes_the_distribution_lines_and_sub_headings_stand_at_the_start(
        browser: Browser, tmp_path: Path, lang: str) -> None:
    """As the DOCX and the PDF have them: the mark under "Original:", on its side (the right in
    English, the left in Arabic), and the body's name over its part of a chapter flush with
    the text, not centred."""
    path = tmp_path / f"report.{lang}.html"
    path.write_text(render_html(example_report(lang)), encoding="utf-8")
    page = browser.new_page()
    try:
        page.goto(path.as_uri())
        lines = page.locator(".masthead .distribution").bounding_box()
        draft = page.locator(".masthead .draft").bounding_box()
        assert lines is not None and draft is not None
        assert draft["y"] >= lines["y"] + lines["height"] - 1  # under the last line
        assert abs(draft["x"] - lines["x"]) < 1 and abs(draft["width"] - lines["width"]) < 1
        align = page.evaluate("getComputedStyle(document.querySelector('.masthead .draft'))"
                              ".textAlign")
        assert align == "end"
        headings = page.evaluate("[...document.querySelectorAll('h4')].map("
                                 "h => getComputedStyle(h).textAlign)")
        assert headings and set(headings) == {"start"}
    finally:
        page.close()
