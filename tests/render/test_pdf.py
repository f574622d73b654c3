"""PDF reports: every character has a glyph in the embedded fonts; the text is all there."""

from __future__ import annotations

import io
import re
import subprocess
from functools import cache
from pathlib import Path

import docx
import pytest
import typst
from fontTools.ttLib import TTCollection, TTFont
from pypdf import PdfReader

from sessional.compose import Heading, Report, plain
from sessional.model import LANGUAGES
from sessional.refdata import country
from sessional.render import render_docx, render_pdf
from sessional.render.pdf import fonts_for, typst_source

from ..orders import seed_order, states_parties
from .conftest import example_record, example_report


@cache
def pdf(lang: str) -> bytes:
    return render_pdf(example_report(lang))


@cache
def font_files() -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for font in typst.Fonts(include_embedded_fonts=False).fonts():
        if font.path:
            found.setdefault(font.family, []).append((font.path, font.index))
    return found


@cache
def coverage(family: str) -> frozenset[int]:
    points: set[int] = set()
    files = font_files().get(family)
    assert files, f"font {family!r} is not installed (the set-up installs the Noto fonts)"
    for path, index in files:
        font = TTCollection(path).fonts[index] if path.endswith(".ttc") else TTFont(path)
        points |= set(font.getBestCmap())
    return frozenset(points)


def report_text(report: Report) -> str:
    parts = [plain(report.title), *(plain(line) for line in report.heading_lines)]
    for block in report.blocks:
        parts.append(block.label if isinstance(block, Heading) else "")
        parts.append(plain(block.parts))
        if not isinstance(block, Heading):
            parts += [e.label + plain(e.parts) + "".join(c.label + plain(c.parts)
                                                        for c in e.children)
                      for e in block.entries]
    m = report.masthead
    parts += [plain(m.symbol), m.distribution, plain(m.date), m.original, m.draft or ""]
    return "".join(parts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_fonts_cover_every_character(lang: str) -> None:
    covered = frozenset().union(*(coverage(f) for f in fonts_for(lang)))
    missing = {ch for ch in report_text(example_report(lang))
               if not ch.isspace() and ord(ch) not in covered}
    assert not missing, f"{lang}: no glyph for {sorted(missing)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pdf_embeds_only_the_chosen_fonts(lang: str) -> None:
    reader = PdfReader(io.BytesIO(pdf(lang)))
    embedded = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"] or \
                "/FontFile3" in descendant["/FontDescriptor"]  # the font program is embedded
            name = str(font.get_object()["/BaseFont"])
            name = re.sub(r"^/?([A-Z]{6}\+)?|-(Regular|Bold|Italic|BoldItalic)(-Identity-H)?$", "",
                          name)
            embedded.add(name.casefold())
    expected = {f.replace(" ", "").casefold() for f in fonts_for(lang)}
    assert embedded and embedded <= expected, embedded


def pdftotext(data: bytes, tmp: Path) -> str:
    path = tmp / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def expected_states(lang: str) -> list[str]:
    """Written out in tests/orders.py (en, fr, es, ru); zh and ar keep the seed's English order."""
    if lang in ("en", "fr", "es", "ru"):  # printed with the typographic apostrophe
        return [name.replace("'", "’") for name in states_parties(lang)]
    day = example_record().first_day
    return [country(c).name(lang, day) for c in seed_order()]  # type: ignore[union-attr, arg-type]


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "ar"])
def test_pdf_text_contains_the_attendance_list(lang: str, tmp_path: Path) -> None:
    text = re.sub(r"\s+", "", pdftotext(pdf(lang), tmp_path))
    names = [re.sub(r"\s+", "", n) for n in expected_states(lang)]
    position = 0
    for name in names:
        position = text.index(name, position)  # each name, in order
        position += len(name)


def test_arabic_attendance_list_in_the_docx_and_glyphs_in_the_pdf() -> None:
    """PDF text extraction reorders Arabic, so the list is checked in the DOCX; the PDF must
    still use the Arabic font for it."""
    document = docx.Document(io.BytesIO(render_docx(example_report("ar"))))
    numbered = [p.text for p in document.paragraphs  # numbered by Word, in order
                if p.style is not None and p.style.name == "Numbered Paragraph"]
    para22 = numbered[21]
    positions = [para22.index(name) for name in expected_states("ar")]
    assert positions == sorted(positions)
    assert "Noto Naskh Arabic" in typst_source(example_report("ar"))


def test_text_is_never_read_as_typst_markup() -> None:
    from sessional.compose import Text
    from sessional.render.pdf import inline

    source = inline((Text('#set page(width: 1cm) "quoted" \\ [x] $y$ <z> @w'),))
    assert source == '#"#set page(width: 1cm) \\"quoted\\" \\\\ [x] $y$ <z> @w"'
