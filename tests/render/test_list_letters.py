"""List letters as each language's UN documents print them, in every format: a), b) in
French, Spanish and Russian (Latin letters, no opening parenthesis); (a), (b) in English and
Chinese; (أ), (ب) in Arabic (evidence in the catalogues' translator comments)."""

from __future__ import annotations

import io
import re
import subprocess

import docx
import pytest

from sessional.compose import ListEntry, Paragraph
from sessional.render import render_docx, render_html, render_markdown, render_pdf

from .conftest import example_report

FIRST_TWO = {"fr": ("a)", "b)"), "es": ("a)", "b)"), "ru": ("a)", "b)"),
             "en": ("(a)", "(b)"), "zh": ("(a)", "(b)"), "ar": ("(\u0623)", "(\u0628)")}


def document_entries(lang: str) -> tuple[ListEntry, ...]:
    """The entries of the list of documents of the first body (chapter IV.E)."""
    report = example_report(lang)
    paragraphs = [b for b in report.blocks if isinstance(b, Paragraph) and b.entries
                  and "CTOC/COP/WG.3/2017/2" in "".join(p.text for p in b.entries[1].parts)]
    assert paragraphs, "no list of documents"
    return paragraphs[0].entries


@pytest.mark.parametrize("lang", list(FIRST_TWO))
def test_the_report_tree_letters_lists_as_the_language_does(lang: str) -> None:
    entries = document_entries(lang)
    assert (entries[0].label, entries[1].label) == FIRST_TWO[lang]
    if lang == "ru":  # Latin a, not Cyrillic а
        assert entries[0].label[0] == "\u0061"


@pytest.mark.parametrize("lang", list(FIRST_TWO))
def test_every_format_prints_the_letters(lang: str) -> None:
    first, second = FIRST_TWO[lang]
    report = example_report(lang)
    markdown = render_markdown(report)
    assert f"\n    {first} " in markdown and f"\n    {second} " in markdown
    assert f'<span class="label">{first}</span>' in render_html(report)
    texts = [p.text for p in docx.Document(io.BytesIO(render_docx(report))).paragraphs]
    assert any(t.startswith(f"{first}\t") for t in texts)
    assert any(t.startswith(f"{second}\t") and "CTOC/COP/WG.3/2017/2" in t for t in texts)
    if lang != "ar":  # text taken from an Arabic PDF comes out of order
        pdf_text = subprocess.run(["pdftotext", "-", "-"], input=render_pdf(report),
                                  capture_output=True, check=True).stdout.decode("utf-8")
        assert re.search(rf"(?m)^{re.escape(second)}\s", pdf_text)
        other = r"(?m)^b\)" if second == "(b)" else r"\(b\)"  # the other language's form
        assert not re.search(other, pdf_text)


def agenda_entries(lang: str) -> tuple[ListEntry, ...]:
    """The entries of the first adopted agenda (chapter IV.C)."""
    report = example_report(lang)
    return next(b.entries for b in report.blocks if isinstance(b, Paragraph) and b.entries
                and b.entries[0].children)


@pytest.mark.parametrize(("lang", "labels"), [
    ("ar", ["1-", "2-", "3-"]),  # CAC/COSP/IRG/2015/1 (AR): "8- اعتماد تقرير …"
    ("en", ["1.", "2.", "3."]), ("fr", ["1.", "2.", "3."]), ("zh", ["1.", "2.", "3."])])
def test_agenda_items_are_numbered_as_the_language_does(lang: str, labels: list[str]) -> None:
    entries = agenda_entries(lang)
    assert [e.label for e in entries[:3]] == labels
    document = docx.Document(io.BytesIO(render_docx(example_report(lang))))
    texts = [p.text for p in document.paragraphs]
    assert f"{labels[1]}\t" in {t[:len(labels[1]) + 1] for t in texts}
