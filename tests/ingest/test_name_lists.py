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


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("奥地利，阿尔及利亚和安哥拉", "zh", ["AUT", "DZA", "AGO"]),  # a full-width comma
    ("奥地利, 阿尔及利亚和安哥拉", "zh", ["AUT", "DZA", "AGO"]),  # a Latin comma
    ("النمسا؛ الجزائر", "ar", ["AUT", "DZA"]),  # an Arabic semicolon
    ("Austria; Mexico; Chile", "en", ["AUT", "MEX", "CHL"]),
    ("Austria、Mexico", "en", ["AUT", "MEX"]),  # an enumeration comma typed in Chinese
    ("Austria, Mexico.", "en", ["AUT", "MEX"]),
    ("奥地利和墨西哥。", "zh", ["AUT", "MEX"]),
])
def test_lists_cut_at_the_separators_reports_also_use(
        text: str, lang: str, expected: list[str]) -> None:
    assert codes(text, lang) == expected


def test_russian_names_in_the_genitive_are_read_in_the_nominative() -> None:
    # "представители следующих государств: Австрии, Алжира и Анголы"
    assert codes("Австрии, Алжира и Анголы", "ru") == ["AUT", "DZA", "AGO"]
    assert codes("Боснии и Герцеговины, Австрии и Тринидада и Тобаго", "ru") == [
        "BIH", "AUT", "TTO"]


def test_names_that_resolve_nowhere_are_cut_at_commas_but_not_at_and() -> None:
    names = split_list("Ruritania, Freedonia and Mexico", "en", DAY, "state")
    assert [(n.text, n.code) for n in names] == [
        ("Ruritania", None), ("Freedonia", None), ("Mexico", "MEX")]
    [one] = split_list("Ruritania and Freedonia", "en", DAY, "state")  # could be one name
    assert (one.text, one.code) == ("Ruritania and Freedonia", None)
    names = split_list("Ruritania and Freedonia, Sylvania", "en", DAY, "state")
    assert [n.text for n in names] == ["Ruritania and Freedonia", "Sylvania"]


def test_a_misspelt_name_in_a_list_is_matched_to_the_nearest_of_its_kind() -> None:
    names = split_list("Austria and Germny", "en", DAY, "state")
    assert [(n.text, n.code, n.how, n.form) for n in names] == [
        ("Austria", "AUT", "exact", "in_force"), ("Germny", "DEU", "fuzzy", "fuzzy")]
    [coe] = split_list("Councel of Europe", "en", DAY, "organization")  # a three-letter key
    assert (coe.code, coe.kind, coe.how) == ("coe", "organization", "fuzzy")


def test_a_name_not_yet_in_force_on_the_meeting_date_is_read_as_a_later_form() -> None:
    [eswatini] = split_list("Eswatini", "en", DAY, "state")  # the name from 19 April 2018
    assert (eswatini.code, eswatini.form) == ("SWZ", "later")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("埃及代表77国集团和中国、奥地利和墨西哥", "zh",
     ("埃及、奥地利和墨西哥", {"埃及": "77国集团和中国"})),
    ("Mexico, Egypt on behalf of the Group of 77 and China and Austria", "en",
     ("Mexico, Egypt and Austria", {"Egypt": "Group of 77 and China"})),  # a known group
    ("Austria, on behalf of the Friends of Ruritania, Mexico", "en",
     ("Austria, Mexico", {"Austria": "Friends of Ruritania"})),  # a group by its separator
    ("Mexico and Austria, on behalf of a group of like-minded States.", "en",
     ("Mexico and Austria", {"Mexico and Austria": "a group of like-minded States"})),
    ("Egypt (On behalf of the Group of 77 and China), Austria", "en",
     ("Egypt, Austria", {"Egypt": "Group of 77 and China"})),
    ("Egypt, on behalf of The Group of 77 and China, Austria", "en",
     ("Egypt, Austria", {"Egypt": "Group of 77 and China"})),
    ("Egypt, speaking for the Group of 77 and China; Austria", "en",
     ("Egypt; Austria", {"Egypt": "Group of 77 and China"})),
    ("on behalf of nobody, Austria, Mexico (on behalf of the Group of 77 and China)", "en",
     ("on behalf of nobody, Austria, Mexico", {"Mexico": "Group of 77 and China"})),
    ("Egypt, on behalf of, Austria", "en", ("Egypt, on behalf of, Austria", {})),
    ("مصر باسم مجموعة الـ77 والصين، والنمسا", "ar",
     ("مصر، والنمسا", {"مصر": "مجموعة الـ77 والصين"})),
    ("Egypte, au nom du Groupe des 77 et de la Chine, et Autriche", "fr",
     ("Egypte, et Autriche", {"Egypte": "Groupe des 77 et de la Chine"})),
    ("Belgium, on behalf of BENELUX, Mexico", "en", ("Belgium, Mexico", {"Belgium": "BENELUX"})),
    ("Austria (on behalf of the Friends of Ruritania, Mexico", "en",  # a bracket left open
     ("Austria, Mexico", {"Austria": "Friends of Ruritania"})),
])
def test_groups_spoken_for_as_reports_write_them(
        text: str, lang: str, expected: tuple[str, dict[str, str]]) -> None:
    """A phrase with no speaker before it, or no group after it, is left as written."""
    assert spoken_for(text, lang) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("written", "lang", "name"), [
    ("Mr.John Smith", "en", "John Smith"),  # no space after the title's full stop
    ("Mr. H.E. John Smith", "en", "John Smith"),
    ("阁下王小明先生", "zh", "王小明"),
    ("السيد", "ar", "السيد"),  # a title alone is kept: never an empty name
])
def test_honorifics_as_they_are_also_written(written: str, lang: str, name: str) -> None:
    assert person_name(written, lang) == name  # type: ignore[arg-type]


def test_only_the_joining_waw_is_taken_off_an_arabic_name() -> None:
    # "بالنمسا" ("with Austria"): the preposition is not a list's "and"; a near match only
    [austria] = split_list("بالنمسا", "ar", DAY, "state")
    assert (austria.code, austria.how) == ("AUT", "fuzzy")
