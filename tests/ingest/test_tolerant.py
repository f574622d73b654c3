"""Reports phrased otherwise than our catalogue: what is read is right, the rest stays unknown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sessional.ingest import ingest_text
from sessional.ingest.lists import category_of
from sessional.ingest.names import person_name, split_list

TEXT = (Path(__file__).parent / "data" / "wg-tip-2018.en.txt").read_text(encoding="utf-8")
STATES_LEAD = "The following States parties to the Convention were represented:"
PARTIES = ["ARG", "AUT", "BIH", "CIV", "NGA", "THA", "MKD", "TTO", "GBR"]
JULY_2018 = dt.date(2018, 7, 9)


def _attendance(text: str) -> dict[str, tuple[str, list[object]]]:
    attendance = ingest_text(text).record.attendance
    return {name: (getattr(attendance, name).status,
                   [i if isinstance(i, str) else (i.key or i.name["en"])
                    for i in getattr(attendance, name).items])
            for name in type(attendance).model_fields}


def test_a_lead_the_grammar_cannot_read_leaves_the_categories_unknown_not_empty() -> None:
    text = TEXT.replace(STATES_LEAD, "The meeting was attended by representatives of")
    result = ingest_text(text)
    found = _attendance(text)
    assert found["states_parties"] == ("unknown", [])
    assert found["signatories"] == ("unknown", [])
    assert found["regional_economic_integration_organizations"] == ("unknown", [])
    assert found["observer_states"] == ("complete", ["SOM"])  # read from its own paragraph
    (kept,) = result.record.unclassified
    assert kept.paragraph == 10 and kept.text.startswith("The meeting was attended by")
    assert "ARG, AUT, BIH, CIV, NGA, THA, MKD, TTO, GBR" in kept.reason
    assert result.report.confidence["organization/attendance"] == 0.8


@pytest.mark.parametrize("lead", [
    "The following States parties to the Convention were represented at the meeting:",
    "The following States parties were represented:",
    "Representatives of the following States parties attended the meeting:",
])
def test_a_list_is_found_by_its_names_and_placed_by_the_cue_words_of_its_lead(lead: str) -> None:
    found = _attendance(TEXT.replace(STATES_LEAD, lead))
    assert found["states_parties"] == ("complete", PARTIES)
    # the report does not mention signatories: silence is not "none attended"
    assert found["signatories"] == ("unknown", [])


def test_a_serial_comma_and_an_organization_named_with_and() -> None:
    text = TEXT.replace(
        "The following intergovernmental organizations were represented by observers: African\n"
        "Union and International Criminal Police Organization.",
        "The meeting was also attended by observers for the following intergovernmental "
        "organizations: African Union, Organization for Security and Co-operation in Europe, "
        "and International Criminal Police Organization.")
    found = _attendance(text)
    assert found["intergovernmental_organizations"] == ("complete", ["au", "osce", "interpol"])


def test_an_unresolved_name_is_never_cut_at_and() -> None:
    names = split_list("Argentina, Organisation pour la sécurité et la coopération en Europe et "
                       "Autriche", "fr", JULY_2018, "organization")
    assert [n.text for n in names] == ["Argentina", "Organisation pour la sécurité et la "
                                       "coopération en Europe et Autriche"]
    assert [n.code for n in names] == [None, None]


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("zh", "阿根廷、奥地利和特立尼达和多巴哥", ["ARG", "AUT", "TTO"]),
    ("zh", "埃及及大不列颠及北爱尔兰联合王国", ["EGY", "GBR"]),
    ("es", "Argentina, Austria, y Brasil", ["ARG", "AUT", "BRA"]),
    ("ru", "Аргентина, Австрия и Бразилия", ["ARG", "AUT", "BRA"]),
    ("en", "Argentina, Austria, and Trinidad and Tobago", ["ARG", "AUT", "TTO"]),
])
def test_lists_end_with_the_languages_and(lang: str, text: str, codes: list[str]) -> None:
    assert [n.code for n in split_list(text, lang, JULY_2018, "state")] == codes  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "lead", "category"), [
    ("en", "The following States not parties to the Convention were represented by observers",
     "observer_states"),
    ("en", "The following specialized agencies of the United Nations system were represented",
     "specialized_agencies"),
    ("en", "The following States parties and signatory States were represented", None),
    ("en", "The following were represented", None),
    ("fr", "Les États non parties à la Convention suivants étaient représentés", "observer_states"),
    ("es", "Estuvieron representados los siguientes Estados que no son partes en la Convención",
     "observer_states"),
    ("zh", "下列非《公约》缔约国派观察员出席了会议", "observer_states"),
    ("zh", "出席会议的有下列缔约国代表", "states_parties"),
    ("ru", "На совещании были представлены следующие государства-участники", "states_parties"),
])
def test_the_category_comes_from_one_cue_or_none(lang: str, lead: str,
                                                 category: str | None) -> None:
    assert category_of(lead, lang) == category  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Mr. Ludwik Ochocki", "Ludwik Ochocki"),
    ("en", "H.E. Ms. Ana Gonzalez", "Ana Gonzalez"),
    ("zh", "王小明先生", "王小明"), ("zh", "李女士", "李"),
    ("fr", "M. David Anderson", "David Anderson"),
    ("fr", "Mme Marie Durand", "Marie Durand"), ("es", "Sra. Ana Pérez", "Ana Pérez"),
    ("ru", "г-н Иван Петров", "Иван Петров"), ("ar", "السيد محمد علي", "محمد علي"),
    ("en", "Drew Mrsic", "Drew Mrsic"),
])
def test_honorifics_are_not_part_of_a_name(lang: str, text: str, name: str) -> None:
    assert person_name(text, lang) == name  # type: ignore[arg-type]


def test_a_chair_named_with_an_honorific() -> None:
    text = TEXT.replace("chaired by Ana Gonzalez", "chaired by Ms. Ana Gonzalez")
    (chair,) = ingest_text(text).record.officers
    assert (chair.name, chair.state) == ("Ana Gonzalez", "ARG")


def test_a_list_outside_an_attendance_sentence_is_reported_not_placed() -> None:
    text = TEXT.replace("Under agenda item 2 of the Working Group on Trafficking in Persons, "
                        "statements were made\nby representatives of the following States "
                        "parties to the Convention:",
                        "The following States parties to the Convention made statements:")
    result = ingest_text(text)
    assert list(result.record.attendance.states_parties.items) == PARTIES  # unchanged
    assert [s.kind for s in result.record.statements] == ["presentation"]
    (kept,) = result.record.unclassified
    assert kept.paragraph == 7
    assert kept.reason == ("not understood; holds names not placed: ARG, AUT, NGA, MKD, THA "
                           "(statements under no agenda item read); SOM (statements under no "
                           "agenda item read)")


OPENING = ("The Working Group on Trafficking in Persons met on 9 and 10 July 2018 and held four\n"
           "meetings. The meeting was chaired by Ana Gonzalez (Argentina).")


@pytest.mark.parametrize(("opening", "held", "chair"), [
    ("The Working Group met on 9 and 10 July 2018. It held four meetings.\n\n"
     "Ms. Ana Gonzalez (Argentina) served as Chair.", 4, ("Ana Gonzalez", "ARG")),
    ("The Working Group met on 9 and 10 July 2018. It held 4 meetings. The meeting was "
     "chaired by H.E. Mr. Juan Perez (Chile).", 4, ("Juan Perez", "CHL")),
    ("Three meetings were held. Mr. Ali Khan (Atlantis) served as Chair.", 3, None),
    ("The Working Group held several meetings.", None, None),
])
def test_counts_and_chairs_read_from_their_own_sentence(opening: str, held: int | None,
                                                       chair: tuple[str, str] | None) -> None:
    record = ingest_text(TEXT.replace(OPENING, opening)).record
    (session,) = record.sessions
    assert (session.meetings_held if isinstance(session.meetings_held, int) else None) == held
    assert [(p.name, p.state) for p in record.officers] == ([chair] if chair else [])


def test_a_chinese_opening_in_other_words() -> None:
    text = (Path(__file__).parent / "corpus" / "wg-trafficking-2019.zh.txt").read_text(
        encoding="utf-8")
    record = ingest_text(text).record
    assert record.sessions[0].meetings_held == 4  # "工作组共举行了 4 次会议。"
    assert [(p.name, p.role, p.state) for p in record.officers] == [
        ("Ana Lopez", "chair", "CHL")]  # "会议主席为 Ana Lopez 女士（智利）。"


def test_organization_of_the_session_is_the_chapter_of_the_organization() -> None:
    text = TEXT.replace("IV. Organization of the meeting", "IV. Organization of the session")
    text = text.replace("A. Opening of the meeting", "A. Opening of the session")
    found = _attendance(text)
    assert found["states_parties"] == ("complete", PARTIES)
    assert ingest_text(text).record.sessions[0].meetings_held == 4


def test_the_adoption_of_the_report_on_its_session() -> None:
    text = TEXT.replace("On 10 July 2018, the Working Group adopted the report on its meeting.",
                        "On 10 July 2018, the Working Group adopted the report on its first "
                        "session.")
    assert ingest_text(text).record.report.adopted_on == dt.date(2018, 7, 10)


def test_organizations_without_a_category_word_take_the_one_the_reference_data_gives() -> None:
    text = TEXT.replace("The following intergovernmental organizations were represented by "
                        "observers: African\nUnion and International Criminal Police "
                        "Organization.", "The African Union and the International Criminal "
                        "Police Organization were represented as observers.")
    assert _attendance(text)["intergovernmental_organizations"] == ("complete",
                                                                     ["au", "interpol"])


def test_member_states_are_no_category_of_the_record() -> None:
    text = TEXT.replace(STATES_LEAD, "The following Member States were represented:")
    found = _attendance(text)
    assert found["states_parties"] == ("unknown", [])
    assert found["observer_states"] == ("complete", ["SOM"])


def test_recommendations_given_as_lettered_entries_are_kept() -> None:
    text = TEXT.replace(
        "2. The Working Group on Trafficking in Persons made the following recommendations:\n\n"
        "3. States parties should consider strengthening the identification of victims of "
        "trafficking\nin persons at borders.",
        "2. The Working Group on Trafficking in Persons made the following recommendations:\n\n"
        "      (a)   States parties should strengthen the identification of victims;\n\n"
        "      (b)   States parties should share information on routes.\n\n"
        "3. The Working Group also recommended that States parties consider:\n\n"
        "      (a)   Training for border officials.")
    (recommendations,) = ingest_text(text).record.narrative.recommendations
    assert [p.text["en"] for p in recommendations.paragraphs.items] == [
        "(a) States parties should strengthen the identification of victims;",
        "(b) States parties should share information on routes.",
        "The Working Group also recommended that States parties consider:\n"
        "(a) Training for border officials."]


def test_a_gap_in_the_paragraph_numbers_is_tolerated() -> None:
    text = TEXT
    for n in range(16, 4, -1):  # paragraphs 5 to 16 become 6 to 17: no paragraph 5
        text = text.replace(f"\n{n}. ", f"\n{n + 1}. ")
    result = ingest_text(text)
    assert result.report.paragraphs == 16 and result.record.unclassified == ()
    assert list(result.record.attendance.states_parties.items) == PARTIES
    assert [i.number for i in result.record.sessions[0].agenda.items] == ["1", "2", "3"]


def test_speakers_under_an_item_of_a_body_not_named() -> None:
    text = TEXT.replace("Under agenda item 2 of the Working Group on Trafficking in Persons, "
                        "statements were made\nby representatives",
                        "Under agenda item 2, statements were made by representatives")
    result = ingest_text(text)
    statement, presentation = result.record.statements
    assert [s.delegation.state for s in statement.statements.items] == [
        "ARG", "AUT", "NGA", "MKD", "THA", "SOM"]
    assert [(r.body, r.number) for r in statement.items.items] == [("B1", "2")]
    assert statement.statements.status == "complete" and presentation.kind == "presentation"
    assert result.record.unclassified == ()


def test_an_unread_attendance_list_under_another_heading_leaves_the_categories_unknown() -> None:
    text = TEXT.replace("D. Attendance\n\n", "").replace(
        "The following States not parties to the Convention were represented by observers:",
        "The following States were represented by observers:")
    found = _attendance(text)
    assert found["observer_states"] == ("unknown", [])
    assert found["signatories"] == ("unknown", [])
    assert found["states_parties"] == ("complete", PARTIES)  # its lead names the category
