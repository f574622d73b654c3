"""The limits on untrusted input: settings, JSON depth and the characters text may hold."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from sessional.model import (
    Limits,
    LimitSettingInvalid,
    RecordInvalid,
    limits_from,
    record_from_data,
    record_from_json,
)
from sessional.model.limits import without_forbidden

from ..conftest import EXAMPLE

PARAGRAPH = "$.narrative.deliberations[0].paragraphs.items[0].text.en"
LABEL = "narrative › deliberation 1 › paragraphs › paragraph 1 › text › en"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def test_defaults_and_settings_from_the_environment() -> None:
    assert limits_from({}) == Limits(input_bytes=52_428_800, json_depth=64,
                                     unzipped_bytes=209_715_200, zip_ratio=100,
                                     pdftotext_seconds=120.0)
    set_ = limits_from({"SESSIONAL_MAX_INPUT_MB": "2", "SESSIONAL_MAX_JSON_DEPTH": "10",
                        "SESSIONAL_MAX_UNZIPPED_MB": "3", "SESSIONAL_MAX_ZIP_RATIO": "7",
                        "SESSIONAL_MAX_PDFTOTEXT_SECONDS": "0.5"})
    assert set_ == Limits(2_097_152, 10, 3_145_728, 7, 0.5)


@pytest.mark.parametrize("value", ["abc", "0", "-3", "1.5", "inf"])
def test_a_limit_set_to_nonsense_is_named(value: str) -> None:
    with pytest.raises(LimitSettingInvalid) as caught:
        limits_from({"SESSIONAL_MAX_JSON_DEPTH": value})
    assert str(caught.value) == (f"SESSIONAL_MAX_JSON_DEPTH: {value!r} is not a whole number "
                                 "greater than 0")


def test_json_nested_a_thousand_deep_is_refused_on_one_line_quickly() -> None:
    started = time.perf_counter()
    for text in ("[" * 1000 + "]" * 1000, '{"a":' * 100_000 + "1" + "}" * 100_000):
        with pytest.raises(RecordInvalid) as caught:
            record_from_json(text, "deep.json")
        assert str(caught.value) == ("deep.json: the record: nested deeper than 64 levels "
                                     "(the limit, SESSIONAL_MAX_JSON_DEPTH) ($)")
    assert time.perf_counter() - started < 2


def test_depth_is_counted_from_the_top_and_the_fault_names_where() -> None:
    data = example()  # 9 levels deep at most
    data["report"]["x"] = {"a": {"b": [[[[[[1]]]]]]}}  # 10 levels: $, report, x, a, 6 lists
    with pytest.raises(RecordInvalid) as caught:
        record_from_data(data, limits=Limits(json_depth=9))
    assert [(f.path, f.text) for f in caught.value.faults] == [(
        "$.report.x.a.b[0][0][0][0][0]",
        "nested deeper than 9 levels (the limit, SESSIONAL_MAX_JSON_DEPTH)")]
    data["report"]["x"] = {"a": {"b": [[[[[1]]]]]}}
    with pytest.raises(RecordInvalid) as caught:  # not too deep: the unknown field is refused
        record_from_data(data, limits=Limits(json_depth=9))
    assert [f.path for f in caught.value.faults] == ["$.report.x"]


@pytest.mark.parametrize(("char", "described"), [
    ("\x0b", "U+000B (line tabulation)"), ("\x1b", "U+001B (escape)"),
    ("\x00", "U+0000 (null)"), ("\r", "U+000D (carriage return)"),
    ("\x85", "U+0085 (control character)"), ("\ud800", "U+D800 (a lone surrogate)"),
    ("\uffff", "U+FFFF (not a character)"),
])
def test_a_control_character_in_a_paragraph_is_refused_naming_the_field(
        char: str, described: str) -> None:
    data = example()
    data["narrative"]["deliberations"][0]["paragraphs"]["items"][0]["text"]["en"] = \
        f"ab{char}c"
    with pytest.raises(RecordInvalid) as caught:
        record_from_data(data, "r.json")
    assert str(caught.value) == (f"r.json: {LABEL}: {described} at character 3 is not "
                                 "allowed in text (only tab and new line among control "
                                 f"characters) ({PARAGRAPH})")


def test_tab_and_new_line_are_text() -> None:
    data = example()
    data["narrative"]["deliberations"][0]["paragraphs"]["items"][0]["text"]["en"] = "a\tb\nc"
    assert record_from_data(data).narrative.deliberations[0].paragraphs.items[0] \
        .text["en"] == "a\tb\nc"


def test_every_faulty_field_is_named_with_the_validation_faults() -> None:
    data = example()
    data["sessions"][0]["agenda"]["items"][0]["title"]["en"] = "\x07Opening"
    data["sessions"][0]["dates"]["end"] = "13 October 2017"
    data["report"]["\x1b"] = 1
    with pytest.raises(RecordInvalid) as caught:
        record_from_data(data)
    paths = sorted(f.path for f in caught.value.faults)
    assert paths == ["$.report.\\u001b", "$.sessions[0].agenda.items[0].title.en",
                     "$.sessions[0].dates.end"]


def test_ingested_text_loses_control_characters_but_line_ends_and_page_breaks() -> None:
    cleaned, removed = without_forbidden("a\x1b[1mb\x1b\r\n\fc\x0bd\ud800")
    assert cleaned == "a[1mb\r\n\fcd"
    assert dict(removed) == {"\x1b": 2, "\x0b": 1, "\ud800": 1}
