"""The masthead in each language as UN documents print it (shared/data/un_phrase_evidence.csv,
context 12-masthead: CAC/COSP/IRG/2015/1 in fr, es, ru, zh; CTOC/COP/2018/13 fr;
A/C.6/74/SR.19 ar): ar, zh and ru mastheads are in English, date included; a translation has
the line of its language above "Original:"; the original has none."""

from __future__ import annotations

import json

import pytest

from sessional.compose import compose_report, plain
from sessional.model import record_from_data

from ..conftest import EXAMPLE

EXPECTED = {  # the example: a Chinese original, issued on 13 October 2017
    "zh": ("Distr.: General", "13 October 2017", "Original: Chinese"),
    "ar": ("Distr.: General", "13 October 2017", "Arabic", "Original: Chinese"),
    "ru": ("Distr.: General", "13 October 2017", "Russian", "Original: Chinese"),
    "en": ("Distr.: General", "13 October 2017", "English", "Original: Chinese"),
    "fr": ("Distr. générale", "13 octobre 2017", "Français", "Original\u00a0: chinois"),
    "es": ("Distr. general", "13 de octubre de 2017", "Español", "Original: chino"),
}


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_the_masthead_reads_as_the_un_prints_it(lang: str) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["report"]["date"] = "2017-10-13"
    report = compose_report(record_from_data(data), lang)  # type: ignore[arg-type]
    assert tuple(plain(line) for line in report.masthead.lines()) == EXPECTED[lang]
