"""HTML and Markdown: language and direction set, nothing from the record read as markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from sessional.compose import compose_report
from sessional.model import LANGUAGES, record_from_data
from sessional.render import render_html, render_markdown
from sessional.render.pdf import typst_source

from ..conftest import EXAMPLE
from .conftest import example_report

HOSTILE = '<script>alert("x")</script> & *bold* _u_ #h [l](http://e) `c`'


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_sets_language_and_direction(lang: str) -> None:
    parser = Elements()
    parser.feed(render_html(example_report(lang)))
    html = next(attrs for tag, attrs in parser.tags if tag == "html")
    assert html == {"lang": lang, "dir": "rtl" if lang == "ar" else "ltr"}
    marks = [attrs for tag, attrs in parser.tags if tag == "mark"]
    assert marks and all(a["title"].startswith("$.") for a in marks)  # type: ignore[union-attr]


def hostile_report(lang: str = "en"):  # type: ignore[no-untyped-def]
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["bodies"][0]["name"]["en"] = HOSTILE
    data["officers"][0]["name"] = HOSTILE
    return compose_report(record_from_data(data), lang)  # type: ignore[arg-type]


def test_names_with_markup_stay_text_in_html() -> None:
    html = render_html(hostile_report())
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; *bold*" in html


def test_names_with_markup_stay_text_in_markdown_and_typst() -> None:
    markdown = render_markdown(hostile_report())
    assert "\\<script\\>" in markdown and "\\*bold\\*" in markdown and "\\_u\\_" in markdown
    source = typst_source(hostile_report())
    assert '#"<script>alert(\\"x\\")</script> & *bold* _u_ #h [l](http://e) `c`' in source
