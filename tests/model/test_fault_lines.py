"""A record's fault as one line, in English or in the language of the operator's page (the
French catalogue of the web pages)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sessional.model import RecordInvalid, record_from_data, record_from_json
from sessional.model.references import Fault
from sessional.model.wording import marked, words
from sessional.web.pages.i18n import translations


def shown(line: str) -> str:
    return line.replace("\u2068", "").replace("\u2069", "")  # bidirectional isolates


def not_json() -> Fault:
    with pytest.raises(RecordInvalid) as refused:
        record_from_json(b'{"format": }', "r.json")
    [fault] = refused.value.faults
    return fault


def test_a_fault_without_hint_in_english_and_in_french() -> None:
    fault = not_json()
    english = "the record: not JSON: Expecting value at line 1, column 12 ($)"
    assert fault.line() == english
    assert fault.line("fr") == english  # no catalogue: English
    assert shown(fault.line("fr", translations("fr"))) == (
        "le dossier : pas du JSON : Expecting value à la ligne 1, colonne 12 ($)")


def test_a_fault_with_its_hint_in_french(example_data: dict[str, Any]) -> None:
    data = copy.deepcopy(example_data)
    data["sessions"][1]["body"] = "XX"
    with pytest.raises(RecordInvalid) as refused:
        record_from_data(data)
    [fault] = [f for f in refused.value.faults if f.path == "$.sessions[1].body"]
    assert fault.line() == ("session of XX › body: no body with key 'XX'; the bodies are: IC, "
                            "TA ($.sessions[1].body)")
    assert shown(fault.line("fr", translations("fr"))) == (
        "session de XX › organe : aucun organe n’a la clé « XX » ; les organes sont : IC, TA "
        "($.sessions[1].body)")


def test_a_hint_added_to_a_fault_is_said_with_it() -> None:
    fault = not_json().with_hint(words(marked("give the file as JSON")))
    assert fault.hint == "give the file as JSON"
    assert str(fault) == ("the record: not JSON: Expecting value at line 1, column 12; give the "
                          "file as JSON ($)")
    assert shown(fault.line("fr", translations("fr"))) == (
        "le dossier : pas du JSON : Expecting value à la ligne 1, colonne 12 ; give the file "
        "as JSON ($)")


def test_a_fault_written_in_english_only_keeps_its_words_on_a_french_page() -> None:
    """A fault given as plain text (not words of the catalogues): its label, message and hint
    as given, in the French frame, each a bidirectional isolate."""
    fault = Fault("$.report.symbol", "not a symbol", "the report › symbol", "write it as A/72/1")
    assert fault.line("fr", translations("fr")) == (
        "\u2068the report › symbol\u2069 : \u2068not a symbol\u2069 ; \u2068write it as "
        "A/72/1\u2069 (\u2068$.report.symbol\u2069)")
    bare = Fault("$.report.symbol", "not a symbol", "the report › symbol")
    assert bare.line("fr", translations("fr")) == (
        "\u2068the report › symbol\u2069 : \u2068not a symbol\u2069 (\u2068$.report.symbol\u2069)")
    hinted = bare.with_hint(words(marked("write it as A/72/1")))
    assert hinted.line("fr", translations("fr")) == fault.line("fr", translations("fr"))
    assert str(hinted) == "the report › symbol: not a symbol; write it as A/72/1 ($.report.symbol)"
