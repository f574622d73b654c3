"""Plausible report text that once became a wrong fact (issue 11 review): now right or unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessional.ingest import ingest_text
from sessional.ingest.grammar import grammar
from sessional.ingest.lists import negative
from sessional.ingest.names import spoken_for
from sessional.model import Lang

CORPUS = Path(__file__).parent / "corpus"
PARTIES_EN = ("The following States parties to the Convention were represented at the meeting: "
              "{list}.")


def _read(name: str, lang: Lang) -> dict[str, tuple[str, list[object]]]:
    record = ingest_text((CORPUS / f"{name}.{lang}.txt").read_text(encoding="utf-8"),
                         lang).record
    return {category: (getattr(record.attendance, category).status,
                       [i if isinstance(i, str) else i.key
                        for i in getattr(record.attendance, category).items])
            for category in type(record.attendance).model_fields
            if getattr(record.attendance, category).status != "unknown"}


# -------------------------------------------------------------- 1. a list ends with its sentence

@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh"])
def test_two_attendance_lists_in_one_paragraph_are_two_lists(lang: Lang) -> None:
    found = _read("review-two-lists", lang)
    assert found["states_parties"] == ("complete", ["AUT", "CHL", "MEX"])
    assert sorted(found["signatories"][1]) == ["IRL", "JPN", "NZL"]  # type: ignore[type-var]
    assert found["signatories"][0] == "complete"


def test_a_list_followed_by_absent_states_keeps_them_out() -> None:
    found = _read("review-did-not-attend", "en")
    assert found["states_parties"] == ("complete", ["AUT", "DEU", "MEX"])
    assert found["signatories"] == ("complete", ["JPN"])
    assert "observer_states" not in found  # Brazil, Chile and Peru: stated as absent, unknown


@pytest.mark.parametrize(("lang", "msgid", "text"), [
    ("en", PARTIES_EN, "The following States parties to the Convention were represented at the "
     "meeting: "
     "Austria, Chile and Mexico. The following signatory States were represented: Japan."),
    ("ar", PARTIES_EN, "وكانت الدول الأطراف التالية في الاتفاقية ممثَّلة: النمسا وشيلي والمكسيك. "
     "وكانت الدول الموقِّعة التالية ممثَّلة: اليابان."),
    ("zh", PARTIES_EN,
     "《公约》的下列缔约国派代表出席了会议：奥地利和智利。下列签署国派代表出席了会议：日本。"),
])
def test_the_list_slot_never_runs_into_the_next_sentence(lang: Lang, msgid: str,
                                                         text: str) -> None:
    assert grammar(lang).match("attendance", msgid, text) is None
    first = text.split(". ")[0] + "." if lang != "zh" else text.split("。")[0] + "。"
    found = grammar(lang).match("attendance", msgid, first)
    assert found is not None
    assert found["list"] in {"Austria, Chile and Mexico", "النمسا وشيلي والمكسيك", "奥地利和智利"}


# ---------------------------------------------------- 2. a group spoken for is never a speaker

def _speakers(name: str, lang: Lang) -> list[tuple[str | None, str | None]]:
    record = ingest_text((CORPUS / f"{name}.{lang}.txt").read_text(encoding="utf-8"),
                         lang).record
    return [(s.delegation.state, s.on_behalf_of) for g in record.statements
            for s in g.statements.items]


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("review-group-of-77", "en", [("EGY", "Group of 77 and China"), ("AUT", None),
                                  ("MEX", None)]),
    ("review-behalf-semicolons", "en", [("EGY", "Group of 77 and China"),
                                        ("AUT", "European Union"), ("MEX", None)]),
    ("review-behalf-parentheses", "en", [("EGY", "Group of 77 and China"),
                                         ("AUT", "European Union and its member States"),
                                         ("COL", None), ("MEX", None)]),
    ("review-speaking-on-behalf", "en", [("AUT", "European Union"), ("DEU", None),
                                         ("EGY", "Group of African States"), ("PSE", None)]),
    ("review-group-of-77", "zh", [("EGY", "77国集团和中国"), ("AUT", None), ("MEX", None)]),
    ("review-group-of-77", "es", [("EGY", "Grupo de los 77 y China"), ("AUT", None),
                                  ("MEX", None)]),
    ("review-group-of-77", "ru", [("EGY", "Группы 77 и Китая"), ("AUT", None), ("MEX", None)]),
])
def test_the_group_spoken_for_is_kept_with_its_speaker_not_split_into_speakers(
        name: str, lang: Lang, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(name, lang) == expected


@pytest.mark.parametrize(("lang", "text", "rest", "groups"), [
    ("fr", "Égypte, au nom du Groupe des 77 et de la Chine, Autriche et Mexique",
     "Égypte, Autriche et Mexique", {"Égypte": "Groupe des 77 et de la Chine"}),
    ("ar", "مصر باسم مجموعة الـ77 والصين، والنمسا والمكسيك", "مصر، والنمسا والمكسيك",
     {"مصر": "مجموعة الـ77 والصين"}),
    ("en", "Austria, on behalf of the Group of Friends of Mediation, and Chile",
     "Austria, and Chile", {"Austria": "Group of Friends of Mediation"}),  # not a known group
    ("zh", "奥地利、智利和墨西哥代表", "奥地利、智利和墨西哥代表", {}),  # nothing spoken for
])
def test_on_behalf_of_phrases_are_taken_off_a_list(lang: Lang, text: str, rest: str,
                                                   groups: dict[str, str]) -> None:
    assert spoken_for(text, lang) == (rest, groups)


# ------------------------------------------------- 3. "were not represented" places nothing

@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh"])
def test_a_list_of_states_not_represented_places_nothing(lang: Lang) -> None:
    result = ingest_text((CORPUS / f"review-not-represented.{lang}.txt").read_text(
        encoding="utf-8"), lang)
    attendance = result.record.attendance
    assert attendance.states_parties.status == "unknown"
    assert attendance.states_parties.items == ()
    assert attendance.signatories.status == "unknown"
    (kept,) = [u for u in result.record.unclassified if "did not attend" in u.reason]
    assert kept.reason.endswith("holds names not placed: TCD, MLI "
                                "(the lead says who did not attend)")


def test_a_state_not_party_is_no_negative_lead() -> None:  # "State not party … was represented"
    found = _read("wg-firearms-2019", "en")
    assert found["observer_states"] == ("complete", ["SOM"])


def test_absent_states_after_a_list_are_in_no_category() -> None:
    result = ingest_text((CORPUS / "review-did-not-attend.en.txt").read_text(encoding="utf-8"),
                         "en")
    placed = {code for category in type(result.record.attendance).model_fields
              for code in getattr(result.record.attendance, category).items
              if isinstance(code, str)}
    assert placed.isdisjoint({"BRA", "CHL", "PER"})
    (kept,) = result.record.unclassified
    assert "BRA, CHL, PER (the lead says who did not attend)" in kept.reason


@pytest.mark.parametrize(("lang", "lead", "expected"), [
    ("ar", "وكانت الدول الأطراف التالية في الاتفاقية لم تكن ممثَّلة", True),
    ("ar", "وكانت الدول غير الأطراف التالية في الاتفاقية ممثَّلة بمراقبين", False),
    ("en", "The following States not parties to the Convention were represented by observers",
     False),
    ("en", "Austria and Chile were not represented", True),
    ("en", "The following States, notably, were represented", False),
    ("es", "Estuvieron representados por observadores los siguientes Estados no partes", False),
    ("ru", "Наблюдателями были представлены следующие государства, не являющиеся участниками",
     False),
    ("zh", "下列非《公约》缔约国派观察员出席了会议", False),
    ("fr", "Les États parties suivants n’étaient pas représentés", True),
])
def test_a_negative_lead_is_read_from_its_words(lang: Lang, lead: str, expected: bool) -> None:
    assert negative(lead, lang) is expected
