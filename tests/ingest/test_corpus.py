"""The corpus of reports people wrote (tests/ingest/corpus): no wrong fact, most facts found.

Each report's facts file was written by hand from the report; the comparison is the accuracy
benchmark's (benchmarks/ingest_accuracy.py), which counts a fact stated otherwise as wrong.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
_spec = importlib.util.spec_from_file_location(
    "ingest_accuracy", Path(__file__).parents[2] / "benchmarks" / "ingest_accuracy.py")
assert _spec and _spec.loader
accuracy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)
FACTS = sorted(CORPUS.glob("*.facts.json"))


def test_the_corpus_has_reports_in_five_languages() -> None:
    assert {f.name.split(".")[-3] for f in FACTS} >= {"en", "zh", "fr", "es", "ru"}
    assert all(f.with_name(f.name.replace(".facts.json", ".txt")).is_file() for f in FACTS)


@pytest.mark.parametrize("facts_file", FACTS, ids=lambda f: f.name.split(".facts")[0])
def test_no_wrong_fact(facts_file: Path) -> None:
    score = accuracy.score_report(facts_file)
    assert {kind: bad for kind, (_, _, bad) in score.items() if bad} == {}


def test_most_facts_of_the_corpus_are_found() -> None:
    scores = [accuracy.score_report(f) for f in FACTS]
    facts = sum(n for score in scores for n, _, _ in score.values())
    found = sum(ok for score in scores for _, ok, _ in score.values())
    assert facts >= 300 and found / facts >= 0.9
