"""Lists of names as reports write them, in each language: where a list is cut, which names stay
whole, articles and honorifics, the form of a name on the meeting's date, and groups spoken for.
Expected codes are the ISO 3166 codes of the States named (and the reference data's keys for
organizations), written out here."""

from __future__ import annotations

import datetime as dt

import pytest

from sessional.ingest.names import person_name, resolve_name, split_list, spoken_for

DAY = dt.date(2017, 10, 9)


def codes(text: str, lang: str, kind: str = "state", on: dt.date = DAY) -> list[str | None]:
    return [n.code for n in split_list(text, lang, on, kind)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Austria, Trinidad and Tobago, Bosnia and Herzegovina, United Kingdom of Great Britain and "
     "Northern Ireland and Saint Vincent and the Grenadines", "en",
     ["AUT", "TTO", "BIH", "GBR", "VCT"]),
    ("the Netherlands, the Philippines, and the United States of America", "en",
     ["NLD", "PHL", "USA"]),
    ("l’Autriche, les Pays-Bas et le Mexique", "fr", ["AUT", "NLD", "MEX"]),
    ("los Países Bajos, Austria y el Perú", "es", ["NLD", "AUT", "PER"]),
    ("Австрия, Алжир и Ангола", "ru", ["AUT", "DZA", "AGO"]),
    ("奥地利、阿尔及利亚和安哥拉", "zh", ["AUT", "DZA", "AGO"]),
    ("النمسا، والجزائر، وأنغولا", "ar", ["AUT", "DZA", "AGO"]),
    ("النمسا والجزائر", "ar", ["AUT", "DZA"]),  # two names: و alone joins them
    ("النمسا، الجزائر، أنغولا", "ar", ["AUT", "DZA", "AGO"]),
    ("البوسنة والهرسك، والنمسا، وترينيداد وتوباغو", "ar", ["BIH", "AUT", "TTO"]),
    ("سانت فنسنت وجزر غرينادين والمكسيك", "ar", ["VCT", "MEX"]),
])
def test_a_list_is_cut_between_names_and_never_inside_one(
        text: str, lang: str, expected: list[str]) -> None:
    assert codes(text, lang) == expected


def test_organizations_with_commas_and_and_in_their_names_stay_whole() -> None:
    assert codes("United Nations Educational, Scientific and Cultural Organization, European "
                 "Union and Organization for Security and Co-operation in Europe", "en",
                 "organization") == ["unesco", "eu", "osce"]


def test_a_name_is_in_force_or_historical_as_of_the_meeting_date() -> None:
    # Swaziland has been named Eswatini at the UN since 2018
    [then] = split_list("Swaziland", "en", DAY, "state")
    [later] = split_list("Swaziland", "en", dt.date(2019, 1, 1), "state")
    assert (then.code, then.form) == ("SWZ", "in_force")
    assert (later.code, later.form) == ("SWZ", "historical")


def test_a_name_that_matches_nothing_stays_as_written_with_its_nearest_names() -> None:
    found = resolve_name("Ruritania", DAY, "state", "en")
    assert (found.text, found.code, found.how) == ("Ruritania", None, "unresolved")
    assert found.candidates[0].startswith("Mauritania (MRT, ")
    assert codes("Ruritania and Mexico", "en") == [None, "MEX"]


@pytest.mark.parametrize(("written", "lang", "name"), [
    ("H.E. Mr. John Smith", "en", "John Smith"),
    ("Ms. Ana Pérez", "en", "Ana Pérez"),
    ("M. Jean Dupont", "fr", "Jean Dupont"),
    ("El Sr. Juan Pérez", "es", "Juan Pérez"),
    ("г-н Иван Петров", "ru", "Иван Петров"),
    ("王小明先生", "zh", "王小明"),
    ("السيد أحمد علي", "ar", "أحمد علي"),
])
def test_honorifics_are_not_part_of_a_person_s_name(written: str, lang: str, name: str) -> None:
    assert person_name(written, lang) == name  # type: ignore[arg-type]


def test_the_group_spoken_for_is_taken_out_of_the_list_of_speakers() -> None:
    assert spoken_for("Egypt, on behalf of the Group of 77 and China, Austria and Mexico",
                      "en") == ("Egypt, Austria and Mexico", {"Egypt": "Group of 77 and China"})
    assert spoken_for("Austria (on behalf of the European Union), Mexico and Chile", "en") == (
        "Austria, Mexico and Chile", {"Austria": "European Union"})
    assert spoken_for("埃及（代表77国集团和中国）、奥地利和墨西哥", "zh") == (
        "埃及、奥地利和墨西哥", {"埃及": "77国集团和中国"})


def test_an_arabic_entry_keeps_its_joining_waw_only_where_the_list_is_cut_elsewhere() -> None:
    # a list reflowed so that an entry begins a line: "والجزائر" is Algeria
    [algeria] = split_list("والجزائر", "ar", DAY, "state")
    assert (algeria.code, algeria.how) == ("DZA", "exact")  # not a near miss


def test_the_name_in_force_wins_over_an_old_or_variant_form(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sessional.ingest import names
    from sessional.refdata import country
    from sessional.refdata.resolve import Match, Resolution

    def two_meanings(text: str, on: dt.date | None = None) -> Resolution:
        return Resolution(text, on, (Match("variant", country=country("AUT")),
                                     Match("historical", country=country("DEU")),
                                     Match("in_force", country=country("MEX"))))
    monkeypatch.setattr(names, "resolve", two_meanings)
    names.exact_name.cache_clear()
    found = names.exact_name("Somewhere", DAY, "state", "en")
    assert (found.code, found.form) == ("MEX", "in_force")
    monkeypatch.setattr(names, "resolve", lambda text, on=None: Resolution(text, on, (
        Match("variant", country=country("AUT")), Match("historical", country=country("DEU")))))
    names.exact_name.cache_clear()
    found = names.exact_name("Somewhere", DAY, "state", "en")
    assert (found.code, found.form) == ("DEU", "historical")
    names.exact_name.cache_clear()
