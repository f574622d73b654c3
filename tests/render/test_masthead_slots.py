"""The masthead's symbol and date of issue are never an empty slot: where the record does not
know them yet, each format prints the placeholder there and the report lists the gap as on
"page 1, masthead" (the example: a draft that carries no symbol and no date of issue)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from sessional.compose import compose_report
from sessional.ingest import ingest_text, read_report
from sessional.model import Unknown, record_from_data
from sessional.render import RENDERERS

from ..conftest import EXAMPLE

SYMBOL = "CTOC/COP/WG.3/2017/4-CTOC/COP/WG.2/2017/4"


def record(symbol: str | None = None, date: str | None = None):  # type: ignore[no-untyped-def]
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    if symbol:
        data["report"]["symbol"] = symbol
    if date:
        data["report"]["date"] = date
    return record_from_data(data)


def written(fmt: str, rec, tmp_path: Path, lang: str = "en") -> str:  # type: ignore[no-untyped-def]
    content = RENDERERS[fmt](compose_report(rec, lang))  # type: ignore[arg-type]
    path = tmp_path / f"report.{lang}.{fmt}"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_report(path)[0]


def masthead_gaps(rec, lang: str = "en") -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(g.path, g.where, g.note) for g in compose_report(rec, lang).gaps  # type: ignore[arg-type]
            if g.where == "page 1, masthead"]


def test_an_unknown_symbol_and_date_are_gaps_of_the_masthead_with_the_records_note() -> None:
    assert masthead_gaps(record()) == [
        ("$.report.date", "page 1, masthead", None),
        ("$.report.symbol", "page 1, masthead", "the draft carries no symbol")]
    assert masthead_gaps(record(SYMBOL, "2017-10-13")) == []


def test_the_markdown_masthead_holds_both_placeholders_in_their_places(tmp_path: Path) -> None:
    first = [line for line in written("md", record(), tmp_path).splitlines() if line][1]
    assert first == ("United Nations · […] · Distr.: General · […] · English · Original: Chinese"
                     " · Draft")
    known = [line for line in written("md", record(SYMBOL, "2017-10-13"), tmp_path).splitlines()
             if line][1]
    assert known == (f"United Nations · {SYMBOL} · Distr.: General · 13 October 2017 · English"
                     " · Original: Chinese · Draft")


def test_page_1_of_the_pdf_shows_the_placeholders_above_and_below_distr(tmp_path: Path) -> None:
    head = [line.strip() for line in written("pdf", record(), tmp_path).splitlines()][:3]
    assert [line.split()[-1] for line in head] == ["[…]", "General", "[…]"]


def test_the_html_masthead_marks_both_slots_as_gaps_with_their_paths() -> None:
    page = lxml.html.fromstring(RENDERERS["html"](compose_report(record(), "en")))
    masthead = page.find(".//header[@class='masthead']")
    assert [(m.text, m.get("title")) for m in masthead.iter("mark")] == [
        ("[…]", "$.report.symbol: the draft carries no symbol"), ("[…]", "$.report.date")]


def test_the_pdfs_later_pages_head_with_the_symbol_once_it_is_known(tmp_path: Path) -> None:
    later = written("pdf", record(), tmp_path).split("\f")[1:]
    assert later and not any(page.strip().startswith("[…]") for page in later)
    later = written("pdf", record(SYMBOL), tmp_path).split("\f")[1:-1]
    assert later and all(page.strip().startswith(SYMBOL) for page in later)


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_a_placeholder_symbol_reads_back_as_unknown_and_a_known_one_as_itself(
        fmt: str, tmp_path: Path) -> None:
    read = ingest_text(written(fmt, record(), tmp_path)).record.report
    assert isinstance(read.symbol, Unknown) and isinstance(read.date, Unknown)
    read = ingest_text(written(fmt, record(SYMBOL, "2017-10-13"), tmp_path)).record.report
    assert str(read.symbol) == SYMBOL
