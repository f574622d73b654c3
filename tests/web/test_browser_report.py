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
