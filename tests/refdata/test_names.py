"""Names in six languages as of a date, and resolution of any form of a name to its entity."""

from __future__ import annotations

import csv
import datetime as dt
import re
from typing import Any

import pytest

from sessional.model import LANGUAGES
from sessional.refdata import all_countries, all_organizations, country, organization, resolve

from ..conftest import source_file

SEED_DAY = dt.date(2017, 10, 9)


def seed_paragraph_names(number: int) -> list[str]:
    text = source_file("000_af53d38e3a9bfe7d.txt").read_text(encoding="utf-8")
    body = re.search(rf"(?ms)^\s*{number}\.\s(.*?)(?=^\s*{number + 1}\.\s)", text)
    assert body is not None
    joined = "".join(line.strip() for line in body.group(1).splitlines())
    joined = joined.split("：", 1)[1] if "：" in joined else joined
    return [n for n in re.split(r"[、。]|\[……\]", joined) if n]


def test_every_state_of_seed_paragraphs_16_and_22_resolves_to_its_code(
        seed_facts: dict[str, Any]) -> None:
    para16 = seed_paragraph_names(16)
    para22 = seed_paragraph_names(22)
    assert [_code(n) for n in para16] == seed_facts["bodies"]["IC"]["speakers"]["states"]
    assert [_code(n) for n in para22] == seed_facts["attendance"]["states_parties"]["iso3"]


def test_the_signatory_of_seed_paragraph_24_resolves(seed_facts: dict[str, Any]) -> None:
    assert [_code("伊朗伊斯兰共和国")] == seed_facts["attendance"]["signatories"]


def test_seed_names_are_the_names_in_force_on_the_meeting_date() -> None:
    """The seed's list is reproduced by our Chinese names as of 9 October 2017."""
    path = source_file("data/seed_states_un_names.csv")
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entity = country(row["iso3"])
            assert entity is not None
            assert entity.name("zh", SEED_DAY) == row["zh_in_seed"], row["iso3"]
            assert entity.name("en", SEED_DAY) == row["en_short_2017"].replace(
                "Czech Republic", "Czechia"), row["iso3"]


def _code(name: str) -> str:
    resolution = resolve(name, SEED_DAY)
    match = resolution.resolved
    assert match is not None, f"{name!r} did not resolve ({resolution.matches})"
    assert match.how == "in_force", f"{name!r} is {match.how} on {SEED_DAY}"
    return match.code


SWAZILAND = {"ar": "سوازيلند", "zh": "斯威士兰", "en": "Swaziland", "fr": "Swaziland",
             "es": "Swazilandia", "ru": "Свазиленд"}
ESWATINI = {"ar": "إسواتيني", "zh": "斯威士兰", "en": "Eswatini", "fr": "Eswatini",
            "es": "Eswatini", "ru": "Эсватини"}
TURKEY = {"ar": "تركيا", "zh": "土耳其", "en": "Turkey", "fr": "Turquie", "es": "Turquía",
          "ru": "Турция"}
TURKIYE = {"ar": "تركيا", "zh": "土耳其", "en": "Türkiye", "fr": "Türkiye", "es": "Türkiye",
           "ru": "Турция"}


@pytest.mark.parametrize(("code", "before", "after", "day_before", "day_after"), [
    ("SWZ", SWAZILAND, ESWATINI, dt.date(2017, 10, 9), dt.date(2019, 1, 1)),
    ("TUR", TURKEY, TURKIYE, dt.date(2022, 5, 31), dt.date(2022, 6, 1)),
])
def test_names_change_on_their_effective_date(code: str, before: dict[str, str],
                                              after: dict[str, str], day_before: dt.date,
                                              day_after: dt.date) -> None:
    entity = country(code)
    assert entity is not None
    assert entity.names(day_before) == before
    assert entity.names(day_after) == after


@pytest.mark.parametrize("lang", LANGUAGES)
def test_any_language_form_resolves_at_either_date(lang: str) -> None:
    for name in {SWAZILAND[lang], ESWATINI[lang]}:  # type: ignore[index]
        for day in (dt.date(2017, 10, 9), dt.date(2019, 1, 1)):
            match = resolve(name, day).resolved
            assert match is not None and match.code == "SWZ"


def test_historical_and_current_names_are_told_apart() -> None:
    assert resolve("Swaziland", dt.date(2017, 10, 9)).resolved.how == "in_force"  # type: ignore[union-attr]
    assert resolve("Swaziland", dt.date(2019, 1, 1)).resolved.how == "historical"  # type: ignore[union-attr]
    # a name in force only after the day is a later name, not an old one
    assert resolve("Eswatini", dt.date(2017, 10, 9)).resolved.how == "later"  # type: ignore[union-attr]
    assert resolve("Türkiye", dt.date(2017, 10, 9)).resolved.how == "later"  # type: ignore[union-attr]
    assert resolve("Turkey", dt.date(2023, 1, 1)).resolved.how == "historical"  # type: ignore[union-attr]
    macedonia = resolve("the former Yugoslav Republic of Macedonia", dt.date(2018, 5, 1))
    assert macedonia.resolved is not None and macedonia.resolved.how == "in_force"
    assert country("MKD").name("en", dt.date(2019, 2, 12)) == "North Macedonia"  # type: ignore[union-attr]
    assert country("CZE").name("en", dt.date(2016, 5, 16)) == "Czech Republic"  # type: ignore[union-attr]
    assert country("CZE").name("en", dt.date(2016, 5, 17)) == "Czechia"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "code"), [
    ("Afganistán (el)", "AFG"), ("el Afganistán", "AFG"), ("Afghanistan (l')", "AFG"),
    ("the United Kingdom of Great Britain and Northern Ireland", "GBR"),
    ("United Republic of Tanzania (the)", "TZA"), ("Pays-Bas (les)", "NLD"),
    ("Holy See (the) *", "VAT"), ("罗马教廷", "VAT"), ("玻利维亚（多民族国）", "BOL"),
    ("玻利维亚(多民族国)", "BOL"), ("  côte D’IVOIRE ", "CIV"), ("Côte d'Ivoire (la)", "CIV"),
    ("Кот-д’Ивуар", "CIV"), ("الجمهورية التشيكية", "CZE"), ("Cook Islands (the) **", "COK"),
])
def test_variant_spellings_resolve(text: str, code: str) -> None:
    match = resolve(text).resolved
    assert match is not None and match.code == code


def test_an_unknown_name_resolves_to_nothing() -> None:
    assert resolve("Atlantis").matches == ()
    assert resolve("Atlantis").resolved is None


def test_every_member_state_has_six_names_today() -> None:
    members = [c for c in all_countries().values() if c.kind == "member_state"]
    assert len(members) == 193
    observers = sorted(c.iso3 for c in all_countries().values() if c.kind == "observer_state")
    assert observers == ["PSE", "VAT"]
    for c in members:
        assert all(c.names().values()), c.iso3
        assert c.iso2 and len(c.m49) == 3


def test_organization_names_are_never_invented() -> None:
    eurojust = organization("eurojust")
    assert eurojust is not None
    assert eurojust.name("zh") == "欧洲司法组织"
    assert eurojust.name("fr") is None
    assert "fr" in eurojust.missing
    assert organization("iom").names == {}  # type: ignore[union-attr]
    for org in all_organizations().values():
        assert set(org.names) | set(org.missing) == set(LANGUAGES)
    match = resolve("海湾合作委员会禁毒刑事信息中心").resolved
    assert match is not None and match.code == "gcc_ciccd"


def test_every_grammatical_fact_of_a_body_has_its_source_and_its_body() -> None:
    """curated/body_grammar.csv: the genders and articles the phrases agree with."""
    from sessional.refdata import body_grammar, body_templates

    cosp = body_grammar("cosp_uncac", "fr")
    assert cosp is not None and (cosp.gender, cosp.article) == ("feminine", "la")
    irg = body_grammar("irg", "es")
    assert irg is not None and (irg.gender, irg.article) == ("masculine", "el")
    ar = body_grammar("irg", "ar")
    assert ar is not None and ar.gender == "masculine" and "دورته" in ar.source
    assert body_grammar("wg_international_cooperation", "fr") is None  # no sourced name
    for key in ("cop_untoc", "cosp_uncac", "irg"):
        assert key in body_templates()
        for lang in ("fr", "es", "ru", "ar"):
            facts = body_grammar(key, lang)
            assert facts is not None and facts.source
            assert facts.gender in {"masculine", "feminine", "neuter"}


@pytest.mark.parametrize(("text", "key", "names"), [
    ("Vienna", "vienna", {"ar": "فيينا", "zh": "维也纳", "en": "Vienna", "fr": "Vienne",
                          "es": "Viena", "ru": "Вена"}),
    ("Доха", "doha", {"ar": "الدوحة", "zh": "多哈", "en": "Doha", "fr": "Doha", "es": "Doha",
                      "ru": "Доха"}),
    ("Abu Dhabi", "abu_dhabi", {"ar": "أبوظبي", "zh": "阿布扎比", "en": "Abu Dhabi",
                                "fr": "Abu Dhabi", "es": "Abu Dhabi"}),
    ("شرم الشيخ", "sharm_el_sheikh", {"ar": "شرم الشيخ", "en": "Sharm el-Sheikh"}),
])
def test_the_usual_venues_have_their_sourced_names_and_no_others(
        text: str, key: str, names: dict[str, str]) -> None:
    from sessional.refdata import place_by_name

    place = place_by_name(text)
    assert place is not None and place.key == key
    assert place.names == names  # a language without a source is missing, never translated
    assert place.source


def test_the_european_union_is_named_in_every_language_from_the_evidence() -> None:


    eu = organization("eu")
    assert eu is not None and eu.missing == ()
    assert (eu.name("fr"), eu.name("es"), eu.name("ru"), eu.name("ar")) == (
        "Union européenne", "Unión Europea", "Европейский союз", "الاتحاد الأوروبي")
    assert "un_names_evidence.csv" in eu.source


@pytest.mark.parametrize("code", ["AUT", "AT", "040", "40", " at "])
def test_a_state_is_found_by_any_of_its_codes(code: str) -> None:
    """sources/data/country-codes.csv: Austria is AUT, AT and M49 040 (ISO3166-1-numeric 40)."""
    austria = country(code)
    assert austria is not None
    assert (austria.iso3, austria.iso2, austria.m49, austria.kind) == ("AUT", "AT", "040",
                                                                       "member_state")
    assert austria.name("fr") == "Autriche"
    assert austria.articles == {"fr": "l'"}
    assert austria.variants == ("Autriche (l')", "Autriche (l') [fém.]")


@pytest.mark.parametrize("code", ["XYZ", "XY", "999", "", "0"])
def test_a_code_of_no_state_finds_nothing(code: str) -> None:
    assert country(code) is None


def test_a_name_change_keeps_its_dates_and_its_source() -> None:
    entity = country("SWZ")
    assert entity is not None
    swaziland, eswatini = entity.history["en"]
    assert entity.span("en", dt.date(2018, 4, 18)) == swaziland
    assert entity.span("en") == eswatini
    assert (swaziland.name, swaziland.start, swaziland.end) == ("Swaziland", None,
                                                               dt.date(2018, 4, 19))
    assert eswatini.start == dt.date(2018, 4, 19) and eswatini.end is None
    assert eswatini.basis == "name_changes.csv"
    assert (entity.change_source or "").startswith(
        "renaming proclaimed by the King on 19 April 2018")


def test_the_six_languages_are_named_in_each_and_no_other_is_invented() -> None:
    from sessional.refdata.languages import language_name

    assert [language_name("fr", lang) for lang in ("en", "zh")] == ["anglais", "chinois"]
    assert language_name("ru", "zh") == "китайский"
    assert language_name("en", "xx") is None  # CLDR names no language "xx"
