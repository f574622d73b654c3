"""What a written name resolves to, how (in force, historical, later, variant), in which
languages; near misses. Dates from the name changes in countries.json's change sources."""

from __future__ import annotations

import datetime as dt

import pytest

from sessional.refdata import resolve
from sessional.refdata.resolve import NearMatch, near_matches

SEED_DAY = dt.date(2017, 10, 9)
LATER = dt.date(2023, 1, 1)  # after Türkiye (1 June 2022)


@pytest.mark.parametrize(("text", "on", "how", "code", "languages"), [
    ("Turkey", SEED_DAY, "in_force", "TUR", ("en",)),
    ("Turquie", SEED_DAY, "in_force", "TUR", ("fr",)),
    ("Türkiye", SEED_DAY, "later", "TUR", ("en", "fr", "es")),
    ("Türkiye", LATER, "in_force", "TUR", ("en", "fr", "es")),
    ("Turkey", LATER, "historical", "TUR", ("en",)),
    ("Turkey", None, "historical", "TUR", ("en",)),  # no day: today's names
    ("Swaziland", None, "historical", "SWZ", ("en", "fr")),
    ("Czech Republic", SEED_DAY, "historical", "CZE", ("en",)),
    ("Viet Nam", SEED_DAY, "in_force", "VNM", ("en", "fr", "es")),
    ("Vietnam", SEED_DAY, "variant", "VNM", ()),
    ("UNODC", SEED_DAY, "organization", "unodc", ()),
    ("European Union", SEED_DAY, "organization", "eu", ()),
])
def test_a_name_resolves_to_its_entity_saying_how_and_in_which_languages(
        text: str, on: dt.date | None, how: str, code: str, languages: tuple[str, ...]) -> None:
    resolution = resolve(text, on)
    assert [(m.how, m.code, m.languages) for m in resolution.matches] == [(how, code, languages)]
    assert resolution.resolved is resolution.matches[0]  # one match: resolved, not ambiguous
    assert (resolution.text, resolution.on) == (text, on)


def test_a_name_of_nothing_resolves_to_nothing() -> None:
    resolution = resolve("Atlantis", SEED_DAY)
    assert resolution.matches == ()
    assert resolution.resolved is None


def test_a_near_miss_offers_the_nearest_names_best_first() -> None:
    """rapidfuzz ratio on normalised names: 'germny' against 'germany' is 2 * 6 / 13."""
    assert near_matches("Germny")[0] == NearMatch("DEU", "Germany", pytest.approx(1200 / 13))
    assert [m.code for m in near_matches("Germny")] == ["DEU", "GGY", "GGY"]  # Guernsey, -esey
    assert near_matches("Autria", 1) == [NearMatch("AUT", "Austria", pytest.approx(1200 / 13))]


def test_a_near_miss_is_not_offered_the_longer_names_that_contain_it() -> None:
    """Scored on whole names (rapidfuzz ratio), not on the best part of a longer one: 'Guinee'
    is Guinea or Guinée (5 of 6 letters: 83.3), not Guinea-Bissau."""
    found = near_matches("Guinee")
    assert [(m.code, m.name) for m in found[:2]] == [("GIN", "Guinea"), ("GIN", "Guinée")]
    assert found[0].score == pytest.approx(500 / 6)
    assert "GNB" not in [m.code for m in found]
