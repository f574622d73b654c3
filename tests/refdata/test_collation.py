"""List order per language (DESIGN section 4), against the seed and UN documents."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from typing import Any

import pytest

from sessional.refdata import country, sort_names, sort_states

from ..conftest import source_file

SEED_DAY = dt.date(2017, 10, 9)


def test_english_order_reproduces_the_seed(seed_facts: dict[str, Any]) -> None:
    seed_order = seed_facts["attendance"]["states_parties"]["iso3"]
    shuffled = sorted(seed_order)
    for lang in ("en", "zh", "ar"):
        assert sort_states(shuffled, lang, SEED_DAY) == seed_order
    names = [country(c).name("en", SEED_DAY) for c in seed_order]  # type: ignore[union-attr]
    assert names.index("Côte d'Ivoire") + 1 == names.index("Cyprus")


def test_french_spanish_russian_follow_their_own_alphabet(seed_facts: dict[str, Any]) -> None:
    codes = seed_facts["attendance"]["states_parties"]["iso3"]

    def first(lang: str, n: int = 4) -> list[str]:
        return [country(c).name(lang, SEED_DAY)  # type: ignore[union-attr]
                for c in sort_states(codes, lang, SEED_DAY)[:n]]

    assert first("fr") == ["Afghanistan", "Afrique du Sud", "Algérie", "Allemagne"]
    assert first("es") == ["Afganistán", "Alemania", "Angola", "Argelia"]
    assert first("ru") == ["Австрия", "Алжир", "Ангола", "Аргентина"]


def test_collation_is_not_code_point_order() -> None:
    assert sort_names(["Égypte", "Espagne", "Estonie", "Eswatini"], "fr") == [
        "Égypte", "Espagne", "Estonie", "Eswatini"]
    assert sort_names(["Ñandutí", "Noruega", "Nueva Zelandia"], "es") == [
        "Noruega", "Nueva Zelandia", "Ñandutí"]
    assert sort_names(["Ёлка", "Египет", "Эстония"], "ru") == ["Египет", "Ёлка", "Эстония"]


def _samples() -> dict[tuple[str, str], list[tuple[int, str]]]:
    path = source_file("data/un_list_order_samples.csv")
    groups: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if "adjectival" in row["observed_order"]:
                continue  # French lists of adjectives ("Gouvernements cubain, ...") are not names
            groups[(row["document"], row["lang"])].append((int(row["position"]), row["iso2"]))
    return groups


def test_every_printed_un_list_is_compared() -> None:
    # sources/data/un_list_order_samples.csv: the ICPPED reports to the GA's 72nd session (zh, es,
    # ru, ar; 11 States each) and 69th session (fr, ru, ar; 16 States each)
    assert sorted((lang, len(rows)) for (_, lang), rows in _samples().items()) == [
        ("ar", 11), ("ar", 16), ("es", 11), ("fr", 16), ("ru", 11), ("ru", 16), ("zh", 11)]


@pytest.mark.parametrize("key", sorted(_samples()))
def test_printed_un_lists_are_reproduced(key: tuple[str, str]) -> None:
    document, lang = key
    printed = [country(iso2).iso3 for _, iso2 in sorted(_samples()[key])]  # type: ignore[union-attr]
    day = dt.date(2017, 7, 1) if "72nd" in document else dt.date(2014, 7, 1)
    assert sort_states(sorted(printed), lang, day) == printed  # type: ignore[arg-type]


def test_a_state_without_a_name_in_the_ordering_language_comes_last_by_its_code() -> None:
    """Taiwan has no English name in the data (sources/data/country-codes.csv) and "QQQ" is
    no code at all: both come after the named States, by code, so that they are seen."""
    assert country("TWN").name("en") is None  # type: ignore[union-attr]
    assert sort_states(["TWN", "QQQ", "CHE", "AUT"], "en", SEED_DAY) == [
        "AUT", "CHE", "QQQ", "TWN"]
    # in French it has its name: Suisse, Taïwan, Thaïlande; Chinese lists take the English order
    assert sort_states(["THA", "TWN", "CHE"], "fr", SEED_DAY) == ["CHE", "TWN", "THA"]
    assert sort_states(["TWN", "THA", "CHE"], "zh", SEED_DAY) == ["CHE", "THA", "TWN"]
