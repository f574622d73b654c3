"""HTML and Markdown: language and direction set, nothing from the record read as markup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

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


COMMENT_BREAKERS = ("x ---><script>a()</script> -->  <script>b()</script> --!><script>c()"
                    "</script> <!-- <!-<script>d()</script> & &lt;\n<script>e()</script>\n\n"
                    "<script>f()</script> -")


class Comments(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.comments: list[str] = []

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def test_source_text_cannot_close_its_comment_in_markdown() -> None:
    from markdown_it import MarkdownIt

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["narrative"]["introduction"]["items"][0]["text"] = {"zh": COMMENT_BREAKERS}
    markdown = render_markdown(compose_report(record_from_data(data), "en"))
    html = MarkdownIt("commonmark").render(markdown)  # raw HTML passed through, as viewers do
    assert "<script" not in html
    comments = Comments()
    comments.feed(html)
    source = [c for c in comments.comments if "source for translation" in c]
    assert source[0] == (" source for translation: x - - -&gt;&lt;script&gt;a()&lt;/script&gt; "
                         "- -&gt;  &lt;script&gt;b()&lt;/script&gt; - -!&gt;&lt;script&gt;c()"
                         "&lt;/script&gt; &lt;!- - &lt;!-&lt;script&gt;d()&lt;/script&gt; &amp; "
                         "&amp;lt;\n &lt;script&gt;e()&lt;/script&gt;\n \n "
                         "&lt;script&gt;f()&lt;/script&gt; - ")  # one comment, all of it


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Source text"), ("fr", "Texte source"), ("es", "Texto original"),
    ("ru", "Исходный текст"), ("ar", "النص الأصلي")])
def test_the_source_of_a_paragraph_awaiting_translation_is_labelled_in_the_reports_language(
        lang: str, label: str) -> None:
    page = render_html(example_report(lang))
    # the ten paragraphs awaiting translation from the Chinese original (5 + 5)
    assert page.count(f"<summary>{label}</summary>") == 10
    assert "<summary>source</summary>" not in page


def test_the_compiled_template_kept_in_the_cache_gives_the_same_html(tmp_path: Path) -> None:
    """`render` keeps Jinja2's compiled template in the cache folder for the next command; the
    HTML is the same from it, and from a kept file cut short (compiled again)."""
    cache = tmp_path / "cache"

    def html(run: str) -> bytes:
        subprocess.run([sys.executable, "-m", "sessional", "render", str(EXAMPLE), "--format",
                        "html", "--lang", "ar", "-o", str(tmp_path / run)], check=True,
                       capture_output=True, env=os.environ | {"SESSIONAL_CACHE_DIR": str(cache)})
        return (tmp_path / run / "report.ar.html").read_bytes()

    compiled = html("compiled")
    kept = sorted(cache.glob("jinja2-*.cache"))
    assert len(kept) == 1
    assert html("from-cache") == compiled
    kept[0].write_bytes(kept[0].read_bytes()[:40])
    assert html("cut-short") == compiled
    assert compiled == render_html(example_report("ar")).encode("utf-8")
