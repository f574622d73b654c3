"""Russian lists in the genitive ("представители следующих государств – участников Конвенции:
Австрии, Алжира …") resolve through the nominative forms of their names; a form is only a
candidate for the exact look-up, so nothing is resolved that the reference data does not name."""

from __future__ import annotations

from sessional.ingest import ingest_text
from sessional.ingest.cases import nominative_forms
from sessional.ingest.names import split_list

GENITIVE = ("Австрии, Алжира, Беларуси, Соединенного Королевства Великобритании и Северной "
            "Ирландии, Гвинеи-Бисау, Того, Ирана (Исламской Республики) и Франции")


def test_a_list_in_the_genitive_resolves_to_the_states_it_names() -> None:
    names = split_list(GENITIVE, "ru", None, "state")
    assert [n.code for n in names] == ["AUT", "DZA", "BLR", "GBR", "GNB", "TGO", "IRN", "FRA"]


def test_the_nominative_keeps_capitals_gender_and_the_letter_e() -> None:
    assert "Гвинея-Бисау" in nominative_forms("Гвинеи-Бисау")
    assert "Соединенное Королевство Великобритании и Северной Ирландии" in nominative_forms(
        "Соединенного Королевства Великобритании и Северной Ирландии")
    assert "Африканский союз" in nominative_forms("Африканского союза")  # masculine too


def test_a_name_the_reference_data_lacks_in_russian_stays_unresolved() -> None:
    # the African Union has no Russian name in the reference data: no form of ours stands in
    names = split_list("Африканского союза и Международной организации уголовной полиции", "ru",
                       None, "organization")
    assert [(n.text, n.code) for n in names] == [
        ("Африканского союза", None),
        ("Международной организации уголовной полиции", "interpol")]


def test_a_russian_report_with_its_list_in_the_genitive_is_read() -> None:
    text = """Рабочая группа по огнестрельному оружию
Вена, 18–20 мая 2016 года

I. Организация работы совещания

1. Председателем сессии был г-н Олег Смирнов (Российская Федерация).

2. В работе совещания приняли участие представители следующих государств – участников
Конвенции: Австрии, Алжира, Германии и Мексики.
"""
    record = ingest_text(text).record
    assert record.attendance.states_parties.status == "complete"
    assert list(record.attendance.states_parties.items) == ["AUT", "DZA", "DEU", "MEX"]
    assert [(p.name, p.state) for p in record.officers] == [("Олег Смирнов", "RUS")]
