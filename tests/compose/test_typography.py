"""French typography in the composed report: a no-break space (U+00A0) before the colon, a
narrow no-break space (U+202F) before ; ! ? and inside « », typographic apostrophes; the
record keeps the text as typed, and the other languages are left as they are."""

from __future__ import annotations

import io
import json
from typing import Any

import docx
import pytest

from sessional.compose import compose_report, plain
from sessional.compose.typography import french
from sessional.model import record_from_data, record_to_data
from sessional.render import render_docx, render_markdown

from ..conftest import EXAMPLE

TYPED = "Le Groupe s'est réuni ; il a dit : « Très bien » ! Pourquoi ? Voir http://x.org à 10:30."
PRINTED = ("Le Groupe s’est réuni\u202f; il a dit\u00a0: «\u202fTrès bien\u202f»\u202f! "
           "Pourquoi\u202f? Voir http://x.org à 10:30.")


@pytest.mark.parametrize(("typed", "printed"), [
    (TYPED, PRINTED),
    ("représentés: A", "représentés\u00a0: A"),  # a space is added where none was typed
    ("commun;", "commun\u202f;"),
    ("«Titre»", "«\u202fTitre\u202f»"),
    ("suivants\u00a0;", "suivants\u202f;"),  # the catalogue's word space becomes a thin one
    ("(?) [?] l'ONU", "(?) [?] l’ONU"),  # no space inside brackets; apostrophes between letters
    ("Côte d'Ivoire", "Côte d’Ivoire"),
    ("Iran (République islamique d')", "Iran (République islamique d’)"),  # UNTERM's name
    ("12 'x' 3", "12 'x' 3"),  # a quote mark, not an apostrophe
])
def test_french_rules(typed: str, printed: str) -> None:
    assert french(typed) == printed


def record(text: dict[str, str]) -> Any:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["narrative"]["introduction"] = {"items": [
        {"text": text, "source_language": next(iter(text))}]}
    return record_from_data(data)


def test_the_french_report_prints_typed_narrative_in_french_typography() -> None:
    rec = record({"fr": TYPED, "en": "The Group's view: fine; why?"})
    assert plain(compose_report(rec, "fr").paragraphs[0].parts) == PRINTED
    # the record keeps what was typed; English takes only the typographic apostrophe
    assert record_to_data(rec)["narrative"]["introduction"]["items"][0]["text"]["fr"] == TYPED
    assert plain(compose_report(rec, "en").paragraphs[0].parts) == \
        "The Group’s view: fine; why?"
    assert record_to_data(rec)["narrative"]["introduction"]["items"][0]["text"]["en"] == \
        "The Group's view: fine; why?"


def test_every_format_prints_the_same_french_text() -> None:
    report = compose_report(record({"fr": TYPED}), "fr")
    assert f"1. {PRINTED}\n" in render_markdown(report)
    texts = [p.text for p in docx.Document(io.BytesIO(render_docx(report))).paragraphs]
    assert PRINTED in texts


def test_stock_phrases_and_the_masthead_in_french_typography() -> None:
    report = compose_report(record({"zh": "导言。"}), "fr")
    assert report.masthead.original == "Original\u00a0: chinois"
    # the placeholder of a paragraph awaiting translation is typeset too; its source is not
    waiting = report.paragraphs[0]
    assert plain(waiting.parts) == "[traduction en attente\u202f; original\u00a0: chinois]"
    assert plain(waiting.source) == "导言。"
    attendance = next(plain(p.parts) for p in report.paragraphs
                      if plain(p.parts).startswith("Les États parties"))
    assert "représentés\u00a0: Afghanistan" in attendance
    assert "Côte d’Ivoire" in attendance and "d'" not in attendance
