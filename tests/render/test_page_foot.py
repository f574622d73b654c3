"""The foot of page 1: each language version's job number at the bottom left, in every format
(a placeholder and a gap where the record has none yet); later pages carry the page number."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from sessional.compose import Placeholder, Report, Text, compose_report
from sessional.model import RecordInvalid, record_from_data, record_to_data
from sessional.render import render_docx, render_html, render_markdown, render_pdf

from ..conftest import EXAMPLE

JOBS = {"zh": "V.17-07271 (C)", "en": "V.17-07268 (E)", "ar": "V.17-07275 (A)"}
A4_HEIGHT = 841.9  # points
LEFT_MARGIN = 2.2 / 2.54 * 72  # the PDF's 2.2 cm margin, in points: 62.4


def data(jobs: dict[str, str] | None = None) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    if jobs is not None:
        found["report"]["job_numbers"] = jobs
    return found


@cache
def report(lang: str, known: bool = True) -> Report:
    return compose_report(record_from_data(data(JOBS if known else None)), lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["V.17-07271 (C)", "GE.17-18194 (E)", "11-37474 (A)",
                                   "11-37476* (E)", "17-12345 (E)", "V.17-07271"])
def test_a_job_number_is_kept_as_typed(typed: str) -> None:
    record = record_from_data(data({"zh": typed}))
    assert record.report.job_numbers == {"zh": typed}
    assert record_to_data(record)["report"]["job_numbers"] == {"zh": typed}
    assert compose_report(record, "zh").masthead.job_number == (Text(typed),)


@pytest.mark.parametrize("typed", ["junk", "V.17", "2017-07271 (C)", "V.17-07271 (chinese)"])
def test_what_cannot_be_a_job_number_is_refused_with_its_path(typed: str) -> None:
    with pytest.raises(RecordInvalid) as error:
        record_from_data(data({"zh": typed}))
    assert "$.report.job_numbers.zh" in str(error.value)


def test_an_unknown_job_number_is_a_placeholder_and_the_first_gap() -> None:
    masthead = report("fr", known=False).masthead
    assert masthead.job_number == (Placeholder(
        "[…]", "unknown", "$.report.job_numbers.fr", "no job number of the fr version yet"),)
    gap = report("fr", known=False).gaps[0]
    assert (gap.path, gap.kind, gap.paragraph, gap.where) == (
        "$.report.job_numbers.fr", "unknown", None, "page 1, foot")
    # another language's number is not this version's
    assert compose_report(record_from_data(data({"zh": "V.17-07271 (C)"})),
                          "fr").masthead.job_number[0].text == "[…]"


def test_markdown_and_html_carry_the_job_number() -> None:
    assert "\nV.17-07271 (C) <!-- foot of page 1, left: job number -->\n" in \
        render_markdown(report("zh"))
    html = render_html(report("ar"))
    assert '<footer class="page-foot side-left" dir="ltr"><span class="job-number">' \
           'V.17-07275 (A)</span></footer>' in html
    unknown = render_html(report("en", known=False))
    assert re.search(r'<footer class="page-foot side-left" dir="ltr"><span class="job-number">'
                     r'<mark class="gap gap-unknown" title="\$\.report\.job_numbers\.en[^"]*">'
                     r'\[…\]</mark></span></footer>', unknown)


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_docx_page_1_has_a_footer_of_its_own_with_the_job_number_on_the_left(lang: str) -> None:
    document = docx.Document(io.BytesIO(render_docx(report(lang))))
    section = document.sections[0]
    assert section.different_first_page_header_footer  # w:titlePg
    first = section.first_page_footer
    assert not first.is_linked_to_previous
    assert [p.text for p in first.paragraphs] == [JOBS[lang]]
    foot = first.paragraphs[0]
    assert foot.style is not None and foot.style.name == "Page Foot"
    style_ppr = foot.style.element.pPr
    assert style_ppr.find(qn("w:jc")).get(qn("w:val")) == "left"
    # set left to right, so that "left" is the page's left in Arabic as well
    assert style_ppr.find(qn("w:bidi")).get(qn("w:val")) == "0"
    assert foot._p.pPr.find(qn("w:bidi")) is None
    assert all(r._r.find(qn("w:rPr")) is None or r._r.rPr.find(qn("w:rtl")) is None
               for r in foot.runs)
    # later pages: the page number, no job number
    for footer in (section.footer, section.even_page_footer):
        assert JOBS[lang] not in footer.paragraphs[0].text
        assert "PAGE" in footer.paragraphs[0]._p.xml


def _words(pdf: bytes, page: int) -> list[tuple[str, float, float]]:
    """The words of a page with their left edge and top, in points from the page's top left
    (poppler's text layer)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
                         input=pdf, capture_output=True, check=True).stdout.decode("utf-8")
    assert "Error" not in out
    return [(html.unescape(m.group(3)), float(m.group(1)), float(m.group(2))) for m in
            re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_pdf_page_1_foot_has_the_job_number_at_the_bottom_left(lang: str) -> None:
    pdf = render_pdf(report(lang))
    number = JOBS[lang].split()[0]  # V.17-07271
    at = [(x, y) for text, x, y in _words(pdf, 1) if number in text]
    assert at, f"{number} not on page 1"
    x, y = at[0]
    assert abs(x - LEFT_MARGIN) < 1  # at the left margin, in Arabic too
    assert y > A4_HEIGHT - 2.5 / 2.54 * 72  # in the bottom margin
    later = _words(pdf, 2)
    assert not any(number in text for text, _x, _y in later)
    assert ("2", True) in [(text, y2 > A4_HEIGHT - 72) for text, _x, y2 in later]  # page number


def test_libreoffice_sets_the_arabic_docx_job_number_at_the_bottom_left(tmp_path: Path) -> None:
    """The right-to-left document whose footer is set left to right, as an editor's office
    suite lays it out (LibreOffice, Debian's libreoffice-writer)."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (Debian's libreoffice-writer) is not installed"
    (tmp_path / "ar.docx").write_bytes(render_docx(report("ar")))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "ar.docx")],
                   check=True, capture_output=True, timeout=300)
    pdf = (tmp_path / "ar.pdf").read_bytes()
    at = [(x, y) for text, x, y in _words(pdf, 1) if text == "V.17-07275"]
    assert len(at) == 1
    x, y = at[0]
    assert abs(x - 2.2 / 2.54 * 72) < 1.5 and y > A4_HEIGHT - 72  # the left margin, the foot
    assert not any("V.17-07275" in text for text, _x, _y in _words(pdf, 2))
