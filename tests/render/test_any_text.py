"""Any text in a record is either refused, naming the field, or rendered.

Hypothesis puts any Unicode text (control characters and lone surrogates included) into a
narrative paragraph and an agenda item title of the example record. Either the record is
refused with a fault at the path of each field that holds a character text cannot (and only
those), or its report renders in every language as Markdown and HTML, in DOCX (one language
per example: one DOCX takes about a second, and what fails in DOCX fails for the character,
not the language) and, for a few examples, in PDF.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

import docx
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sessional.compose import compose_report
from sessional.model import LANGUAGES, RecordInvalid, record_from_data
from sessional.render import render_docx, render_html, render_markdown, render_pdf

from ..conftest import EXAMPLE

PARAGRAPH = "$.narrative.deliberations[0].paragraphs.items[0].text.en"
TITLE = "$.sessions[0].agenda.items[1].title.en"
NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # as the README
TRICKY = [*"\x00\t\n\v\r\x1b\x7f\x85\u200e\u202e\u2028\ufeff\ufffe\uffff\ud800\udfff",
          *"<>&\"'`*_#[]()\\-!{}$%@~^|=+", "-->", "<!--", "--!>", "<script>", "#set", "&lt;",
          "\\u000b", "**", "~~~", "    "]
any_text = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=40),  # surrogates too
    st.lists(st.sampled_from(TRICKY) | st.text(max_size=3), max_size=12).map("".join))
text = any_text.map(lambda t: NOT_TEXT.sub("", t))  # what a record may hold
either = any_text | text


def with_texts(paragraph: str, title: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["narrative"]["deliberations"][0]["paragraphs"]["items"][0]["text"]["en"] = paragraph
    data["sessions"][0]["agenda"]["items"][1]["title"]["en"] = title
    return data


def refused_or_record(paragraph: str, title: str) -> Any:
    """The record, or None where it was refused at exactly the fields that hold non-text."""
    expected = {path for path, text in ((PARAGRAPH, paragraph), (TITLE, title))
                if NOT_TEXT.search(text)}
    try:
        record = record_from_data(with_texts(paragraph, title))
    except RecordInvalid as invalid:
        event("refused")
        assert {f.path for f in invalid.faults} == expected, invalid.faults
        assert all(f.message.endswith("is not allowed in text (only tab and new line among "
                                      "control characters)") for f in invalid.faults)
        return None
    assert not expected
    event("rendered")
    return record


def docx_text(content: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph=either, title=either, lang=st.sampled_from(LANGUAGES))
def test_any_text_is_refused_by_field_or_renders(paragraph: str, title: str,
                                                 lang: str) -> None:
    record = refused_or_record(paragraph, title)
    if record is None:
        return
    for each in LANGUAGES:
        report = compose_report(record, each)
        assert render_markdown(report).startswith("<!-- sessional report")
        assert render_html(report).startswith("<!DOCTYPE html>")
    written = docx_text(render_docx(compose_report(record, lang)))  # type: ignore[arg-type]
    if lang == "en" and paragraph.strip():  # the report starts a paragraph with a capital
        assert paragraph.split()[0].casefold() in written.casefold()


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph=text, title=text)
def test_any_text_a_record_may_hold_renders_in_pdf(paragraph: str, title: str) -> None:
    record = refused_or_record(paragraph, title)
    for lang in ("en", "ar", "zh"):
        assert render_pdf(compose_report(record, lang)).startswith(b"%PDF")
