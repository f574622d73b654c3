"""Mentions: the facts a report's text names, marked for Akoma Ntoso and printed as text."""

from __future__ import annotations

from sessional.compose import Mention, Placeholder, Text, compose_report, merged
from sessional.model import record_from_json
from sessional.render import RENDERERS

from ..conftest import EXAMPLE


def test_a_mention_prints_as_one_text_with_its_neighbours_and_no_more() -> None:
    """DOCX and PDF print the parts as they were before mentions were marked: the mention and
    the texts on either side of it are one run; texts that were apart stay apart."""
    gap = Placeholder("[…]", "unknown", "$.x")
    parts = (Text("by "), Mention("Austria", "state", "AUT", "$.a"), Text("."), Text(" "), gap)
    assert merged(parts) == (Text("by Austria."), Text(" "), gap)


def test_the_officer_of_the_example_is_a_mention_with_the_path_of_the_fact() -> None:
    report = compose_report(record_from_json(EXAMPLE.read_text(encoding="utf-8")), "en")
    found = [p for b in report.paragraphs for p in b.parts
             if isinstance(p, Mention) and p.names == "person"]
    assert [(p.text, p.value, p.path) for p in found] == [
        ("Lars Wilhelmsson", "moderator", "$.officers[1]"),
        ("Thomas Burrows", "chair", "$.officers[0]"),
        ("Thomas Burrows", "chair", "$.officers[0]")]


def test_html_prints_a_mention_as_text_not_as_a_gap() -> None:
    report = compose_report(record_from_json(EXAMPLE.read_text(encoding="utf-8")), "en")
    html = str(RENDERERS["html"](report))
    assert "moderated by the panellist Lars Wilhelmsson (Sweden).</p>" in html
    assert 'class="gap gap-person"' not in html and 'class="gap gap-state"' not in html
