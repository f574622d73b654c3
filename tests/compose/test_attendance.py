"""Attendance paragraphs: each category of participant gets its sentence, partial lists a mark."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sessional.compose import Paragraph, Placeholder, compose_report, plain
from sessional.model import record_from_data

from ..conftest import EXAMPLE


def paragraphs(lang: str, **attendance: Any) -> dict[int, str]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"].update(attendance)
    report = compose_report(record_from_data(data), lang)  # type: ignore[arg-type]
    return {p.number: plain(p.parts) for p in report.paragraphs if p.number is not None}


def test_funds_and_programmes_that_attended_get_their_paragraph() -> None:
    funds = {"items": [{"key": "undp"}, {"key": "unicef"}]}
    en = paragraphs("en", un_funds_and_programmes=funds)
    assert en[25] == ("The following United Nations funds and programmes were represented by "
                      "observers: United Nations Children’s Fund and United Nations Development "
                      "Programme.")
    assert en[26].startswith("The following specialized agencies")
    assert len(en) == 30  # one paragraph more than the example's 29
    fr = paragraphs("fr", un_funds_and_programmes=funds)
    assert fr[25] == ("Les fonds et programmes des Nations Unies suivants étaient représentés "
                      "par des observateurs\u00a0: Fonds des Nations Unies pour l’enfance et "
                      "Programme des Nations Unies pour le développement.")


def test_no_funds_and_programmes_paragraph_when_none_attended() -> None:
    en = paragraphs("en")
    assert len(en) == 29
    assert not any("funds and programmes" in text for text in en.values())


def test_a_partial_list_of_one_signatory_keeps_its_mark() -> None:
    partial = {"status": "partial", "items": ["IRN"]}
    assert paragraphs("en", signatories=partial)[24] == (
        "The following States signatories to the Convention were represented by observers: "
        "Iran (Islamic Republic of) […].")
    assert paragraphs("zh", signatories=partial)[24] == \
        "《公约》的下列签署国派观察员出席了会议：伊朗伊斯兰共和国[……]。"
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"]["signatories"] = partial
    para24 = compose_report(record_from_data(data), "en").paragraphs[23]
    marks = [p for p in para24.parts if isinstance(p, Placeholder)]
    assert [(m.kind, m.path) for m in marks] == [("partial", "$.attendance.signatories")]


def test_english_says_where_they_were_represented_as_a_un_editor_would() -> None:
    """Issue 13: 'represented at the meeting' (un_phrase_evidence.csv 1-attendance-states:
    'were represented at the session:'), the signatory sentence ending on its list."""
    en = paragraphs("en")
    assert en[22].startswith("The following States parties to the Convention were represented "
                             "at the meeting: Afghanistan, Algeria, Angola,")
    assert en[23] == ("The European Union, a regional economic integration organization that "
                      "is a party to the Convention, was represented at the meeting.")
    assert en[24] == ("The following State signatory to the Convention was represented by an "
                      "observer: Iran (Islamic Republic of).")
    units = {"items": [{"name": {"en": "Office of Legal Affairs"}},
                       {"name": {"en": "Office for Disarmament Affairs"}}]}
    assert paragraphs("en", un_secretariat_units=units)[25] == (
        "The following United Nations Secretariat units were represented at the meeting: "
        "Office for Disarmament Affairs and Office of Legal Affairs.")


ALONE = {"observer_states": {"status": "complete", "items": ["CHE"]},
         "intergovernmental_organizations": {"status": "complete",
                                             "items": [{"key": "interpol"}]}}


@pytest.mark.parametrize(("lang", "observer", "organization"), [
    ("en", "The following State not party to the Convention was represented by an observer: "
           "Switzerland.",
     "The following intergovernmental organization was represented by an observer: "
     "International Criminal Police Organization."),
    ("fr", "L’État non partie à la Convention ci-après était représenté par un observateur\u00a0: "
           "Suisse.",
     "L’organisation intergouvernementale suivante était représentée par un observateur\u00a0: "
     "Organisation internationale de police criminelle."),
    ("es", "Estuvo representado por un observador el siguiente Estado que no es parte en la "
           "Convención: Suiza.",
     "Estuvo representada por un observador la siguiente organización intergubernamental: "
     "Organización Internacional de Policía Criminal."),
    ("ru", "Наблюдателем было представлено следующее государство, не являющееся участником "
           "Конвенции: Швейцария.",
     "Наблюдателем была представлена следующая межправительственная организация: "
     "Международная организация уголовной полиции."),
    ("ar", "وكانت الدولة التالية غير الطرف في الاتفاقية ممثَّلة بمراقب: سويسرا.",
     "وكانت المنظمة الحكومية الدولية التالية ممثَّلة بمراقب: المنظمة الدولية للشرطة الجنائية."),
    ("zh", "非《公约》缔约国瑞士派观察员出席了会议。",
     "政府间组织国际刑事警察组织派观察员出席了会议。"),
])
def test_one_participant_known_to_be_the_only_one_takes_the_singular(
        lang: str, observer: str, organization: str) -> None:
    """A State or an organization alone in its category is not 'the following States … were'."""
    found = paragraphs(lang, **ALONE)
    assert found[25] == observer
    assert found[26].startswith(("The following specialized", "Les institutions", "Estuvieron",
                                 "Наблюдателями", "وكانت الوكالات", "联合国系统下列"))  # unknown
    assert found[27] == organization


def test_a_list_of_one_that_may_be_longer_keeps_the_plural() -> None:
    partial = {"status": "partial", "items": ["CHE"]}
    assert paragraphs("en", observer_states=partial)[25] == (
        "The following States not parties to the Convention were represented by observers: "
        "Switzerland […].")
    funds = {"status": "complete", "items": [{"key": "undp"}]}
    assert paragraphs("en", un_funds_and_programmes=funds)[25] == (
        "The following United Nations funds and programmes were represented by observers: "
        "United Nations Development Programme.")


def test_speakers_still_to_come_end_the_list_instead_of_a_sentence_of_their_own() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    report = compose_report(record_from_data(data), "en")
    para16 = next(p for p in report.paragraphs if p.number == 16)
    assert plain(para16.parts).endswith(
        "Sudan, United Kingdom of Great Britain and Northern Ireland, United States of America "
        "[…].")
    marks = [p for p in para16.parts if isinstance(p, Placeholder)]
    assert [(m.kind, m.path) for m in marks] == [("tentative", "$.statements[0].items"),
                                                 ("partial", "$.statements[0].statements")]


def test_an_organization_without_a_name_is_no_second_placeholder() -> None:
    """The example's one known intergovernmental organization has no sourced French name and
    the list is partial: one mark, not '[…] […].', and both gaps are still listed."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    report = compose_report(record_from_data(data), "fr")
    para26 = next(p for p in report.paragraphs if p.number == 26)
    assert plain(para26.parts) == ("Les organisations intergouvernementales suivantes étaient "
                                   "représentées par des observateurs\u00a0: […].")
    gaps = [(g.paragraph, g.kind, g.path) for g in report.gaps
            if g.path.startswith("$.attendance.intergovernmental_organizations")]
    assert sorted(gaps) == [
        (26, "missing_name", "$.attendance.intergovernmental_organizations.items[0]"),
        (26, "partial", "$.attendance.intergovernmental_organizations")]


def test_one_category_still_unknown_is_a_gap_not_a_sentence_saying_it_attended() -> None:
    """Unknown: not known whether anyone of them attended. Partial with no name yet: they
    attended, their names are to come (the seed's para 25,
    "下列专门机构派观察员出席了会议：[……]")."""
    unknown = {"status": "unknown"}
    en = paragraphs("en", specialized_agencies=unknown)
    assert len(en) == 28  # the example's 29 less the specialized agencies' sentence
    assert not any("specialized agencies" in text for text in en.values())
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"]["specialized_agencies"] = unknown
    report = compose_report(record_from_data(data), "en")
    gaps = [(g.after, g.kind, g.path, g.note) for g in report.gaps if g.path == "$.attendance"]
    assert gaps == [(24, "unknown", "$.attendance", "not yet recorded: specialized agencies")]
    assert paragraphs("en")[25] == ("The following specialized agencies of the United Nations "
                                    "system were represented by observers: […].")


def test_two_regional_organizations_take_the_plural_and_a_missing_name_is_a_gap() -> None:
    reio = {"items": [{"key": "eu"}, {"name": {"en": "Andean Community",
                                               "fr": "Communauté andine"}}]}
    assert paragraphs("en", regional_economic_integration_organizations=reio)[23] == (
        "Andean Community and European Union, regional economic integration organizations that "
        "are parties to the Convention, were represented at the meeting.")
    assert paragraphs("fr", regional_economic_integration_organizations=reio)[23] == (
        "Communauté andine et Union européenne, organisations régionales d’intégration "
        "économique parties à la Convention, étaient représentées.")
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"]["regional_economic_integration_organizations"] = reio
    report = compose_report(record_from_data(data), "es")
    para23 = next(p for p in report.paragraphs if p.number == 23)
    assert plain(para23.parts) == ("Estuvieron representadas […] y Unión Europea, organizaciones "
                                   "regionales de integración económica que son partes en la "
                                   "Convención.")
    assert para23.facts == ("$.attendance.regional_economic_integration_organizations",)
    assert [(g.paragraph, g.kind, g.path) for g in report.gaps if "regional" in g.path] == [
        (23, "missing_name", "$.attendance.regional_economic_integration_organizations.items[1]")]


def test_a_partial_list_of_regional_organizations_is_a_gap_of_that_list() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"]["regional_economic_integration_organizations"] = {
        "status": "partial", "items": [{"key": "eu"}]}
    report = compose_report(record_from_data(data), "en")
    assert [(g.paragraph, g.kind, g.path) for g in report.gaps if "regional" in g.path] == [
        (23, "partial", "$.attendance.regional_economic_integration_organizations")]


def test_two_categories_still_unknown_are_one_gap_naming_both() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"]["specialized_agencies"] = {"status": "unknown"}
    data["attendance"]["non_governmental_organizations"] = {"status": "unknown"}
    report = compose_report(record_from_data(data), "en")
    assert [(g.after, g.kind, g.note) for g in report.gaps if g.path == "$.attendance"] == [
        (24, "unknown", "not yet recorded: specialized agencies, non-governmental organizations")]
    [gap] = [b for b in report.blocks if isinstance(b, Paragraph) and b.role == "gap"
             and b.facts and b.facts[0].startswith("$.attendance")]
    assert gap.number is None
    assert gap.facts == ("$.attendance.specialized_agencies",
                         "$.attendance.non_governmental_organizations")
