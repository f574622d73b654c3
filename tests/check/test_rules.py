"""Every rule: a record that breaks it gives its finding, one that keeps it gives none (the
rules whose findings test_findings.py states in full, speakers not attending, meetings held,
duplicates and documents, are not tried again here)."""

from __future__ import annotations

from typing import Any

import pytest

from sessional.check import run_checks
from sessional.compose import compose_report, plain
from sessional.model import record_from_data
from sessional.model.references import reference_faults

from .conftest import IRN_STATUS, besides_iran


def codes(data: dict[str, Any], lang: str = "zh") -> list[str]:
    record = record_from_data(data, references=False)
    faults = [(f.path, f.message) for f in reference_faults(record)]
    found = [(f.code, f.path) for f in run_checks(record, lang, faults)]  # type: ignore[arg-type]
    return [code for code, _path in besides_iran(found)]


def test_the_filled_example_gives_no_error_and_no_gap(filled: dict[str, Any]) -> None:
    assert codes(filled) == []


def test_the_filled_example_warns_that_its_signatorys_status_in_2017_is_not_known(
        filled: dict[str, Any]) -> None:
    record = record_from_data(filled, references=False)
    assert [(f.code, f.severity, f.path, f.message) for f in run_checks(record, "en")
            if f.severity != "gap"] == [
        ("participation/status-unknown", "warning", "$.attendance.signatories.items[0]",
         "IRN: UNTOC status on 2017-10-09 not known to the reference data (signed 2000-12-12; "
         "no ratification in the list, which is complete up to 2014-01-27; not known after "
         "that date)")]


def _set(data: dict[str, Any], path: tuple[str | int, ...], value: str) -> None:
    """`value` at `path` (keys and indexes from the top of the record's data)."""
    *parents, last = path
    place: Any = data
    for step in parents:
        place = place[step]
    place[last] = value


@pytest.mark.parametrize(("path", "value", "expected"), [
    pytest.param(("sessions", 0, "meetings", "items", 7, "date"), "2017-10-20",
                 ["dates/meeting-outside-session"], id="meeting outside the session"),
    pytest.param(("report", "adopted_on"), "2017-10-20", ["dates/report-outside-session"],
                 id="report adopted after the last day"),
    pytest.param(("report", "adopted_on"), "2017-10-12", ["dates/report-before-last-day"],
                 id="report adopted before the last day"),
    pytest.param(("statements", 2, "items", "items", 0, "number"), "9",
                 ["statements/item-not-on-agenda"], id="statement under an item not on the agenda"),
])
def test_one_value_changed_gives_its_finding(filled: dict[str, Any], path: tuple[str | int, ...],
                                             value: str, expected: list[str]) -> None:
    _set(filled, path, value)
    assert codes(filled) == expected


def test_agenda_adopted_outside_the_session_or_at_a_meeting_not_held(
        filled: dict[str, Any]) -> None:
    filled["sessions"][1]["agenda"]["adopted_on"] = "2017-10-01"
    filled["sessions"][1]["agenda"]["adopted_at_meeting"] = 9
    assert sorted(codes(filled)) == ["dates/agenda-meeting-not-held",
                                     "dates/agenda-outside-session"]


def test_dates_stated_two_ways(filled: dict[str, Any]) -> None:
    filled["sessions"][1]["stated_dates"].append(
        {"dates": {"start": "2017-10-11", "end": "2017-10-13"}, "where": "para 15"})
    assert codes(filled) == ["dates/stated-differently"]


@pytest.mark.usefixtures("untoc_list_of_2026")
def test_signatory_listed_among_the_parties(filled: dict[str, Any]) -> None:
    filled["attendance"]["states_parties"]["items"].append("IRN")
    assert "participation/states_parties-but-signatory" in codes(filled)


def test_party_listed_as_signatory_and_unknown_status(filled: dict[str, Any]) -> None:
    filled["attendance"]["signatories"]["items"] = ["IRN", "AUS"]
    filled["attendance"]["observer_states"]["items"] = ["FJI"]
    found = codes(filled)
    assert "participation/signatories-but-party" in found
    assert "participation/status-unknown" in found  # Fiji: acceded in 2017, day unknown


def test_name_not_in_force_and_unresolved_names(filled: dict[str, Any]) -> None:
    filled["name_forms"] = [{"text": "Eswatini", "code": "SWZ", "form": "historical",
                             "path": "$.attendance.states_parties", "paragraph": 22}]
    filled["unresolved_names"] = [{"text": "Atlantis", "path": "$.attendance.states_parties"}]
    assert sorted(codes(filled)) == ["names/not-in-force", "names/unresolved"]


def test_an_observer_state_or_a_signatory_that_spoke_attended(filled: dict[str, Any]) -> None:
    filled["attendance"]["observer_states"] = {"items": ["BTN"]}  # party only from 2023
    statements = filled["statements"][1]["statements"]["items"]
    statements.append({"delegation": {"state": "BTN"}})  # an observer State
    statements.append({"delegation": {"state": "IRN"}})  # the example's signatory
    assert codes(filled) == []


def test_report_adopted_before_the_session_began(filled: dict[str, Any]) -> None:
    filled["report"]["adopted_on"] = "2017-10-02"  # the sessions ran 9 (IC) to 13 October 2017
    record = record_from_data(filled)
    (finding,) = [f for f in run_checks(record, "zh") if (f.code, f.path) != IRN_STATUS]
    assert (finding.code, finding.severity) == ("dates/report-outside-session", "error")
    assert finding.message == (
        "report adopted on 2017-10-02, outside the session (2017-10-09 to 2017-10-13)")


def test_joint_item_under_one_bodys_number_only(filled: dict[str, Any]) -> None:
    filled["statements"][1]["items"]["items"] = filled["statements"][1]["items"]["items"][:3]
    assert codes(filled).count("statements/joint-item-one-number") == 3


def test_joint_item_missing_from_one_agenda_and_titles_that_differ(
        filled: dict[str, Any]) -> None:
    filled["sessions"][1]["agenda"]["items"][1]["title"]["zh"] = "另一个标题"
    assert codes(filled) == ["agendas/joint-titles-differ"]
    filled["sessions"][1]["agenda"]["items"][1].pop("joint")
    assert "agendas/joint-item-mismatch" in codes(filled)


def test_agenda_numbering_gap(filled: dict[str, Any]) -> None:
    filled["sessions"][1]["agenda"]["items"][2]["number"] = "7"
    assert "agendas/numbering-gap" in codes(filled)


def test_gaps_with_their_paragraphs(filled: dict[str, Any]) -> None:
    filled["sessions"][1]["meetings_held"] = {"status": "unknown"}
    filled["sessions"][1]["meetings"] = {"status": "partial", "items": []}
    record = record_from_data(filled)
    findings = run_checks(record, "zh")
    gap = next(f for f in findings if f.path == "$.sessions[1].meetings_held")
    report = compose_report(record, "zh")
    paragraph = next(p for p in report.paragraphs if p.number == gap.paragraph)
    assert gap.severity == "gap" and "共举行了[…]次会议" in plain(paragraph.parts)


def test_missing_translation_is_a_gap_in_that_language(filled: dict[str, Any]) -> None:
    assert "gaps/missing-translation" in codes(filled, "en")


def test_length_over_the_limit(filled: dict[str, Any]) -> None:
    filled["narrative"]["introduction"]["items"].append(
        {"text": {"en": "word " * 11000}, "source_language": "en"})
    assert "length/over-limit" in codes(filled, "en")


def test_a_language_version_without_its_job_number_is_a_gap(filled: dict[str, Any]) -> None:
    del filled["report"]["job_numbers"]["zh"]
    assert codes(filled, "zh") == ["gaps/unknown"]
    finding = next(f for f in run_checks(record_from_data(filled), "zh")
               if (f.code, f.path) != IRN_STATUS)
    assert finding.path == "$.report.job_numbers.zh"
    assert finding.message == ("job number: unknown (page 1, foot): no job number of the zh "
                               "version yet")
    assert "$.report.job_numbers.zh" not in [
        f.path for f in run_checks(record_from_data(filled), "en")]


@pytest.mark.usefixtures("untoc_list_of_2026")
def test_a_state_listed_too_early_is_said_in_russian_without_a_gender_to_agree(
        filled: dict[str, Any]) -> None:
    from sessional.web.pages.i18n import translations
    filled["attendance"]["states_parties"]["items"].append("IRN")
    record = record_from_data(filled, references=False)
    [finding] = [f for f in run_checks(record, "zh", [])
                 if f.code == "participation/states_parties-but-signatory"]
    said = finding.said("ru", translations("ru")).replace("\u2068", "").replace("\u2069", "")
    # a feminine, a masculine or a plural State name reads the same: no verb agrees with it
    assert said == ("Иран (Исламская Республика) (IRN) значится в списке "
                           "«Государства-участники», однако статус по конвенции «UNTOC» на "
                           "2017-10-09: подписавшее государство (подписано 2000-12-12; не "
                           "участник на 2026-12-01)")  # no sourced ru name; the reason in ru


def test_dates_stated_two_ways_are_said_with_the_page_s_words_and_separators(
        filled: dict[str, Any]) -> None:
    from sessional.web.pages.i18n import translations
    filled["sessions"][1]["stated_dates"] = [
        {"dates": {"start": "2017-10-11", "end": "2017-10-13"}, "where": "heading"},
        {"dates": {"start": "2017-10-10", "end": "2017-10-13"}, "where": "para 15"}]
    record = record_from_data(filled, references=False)
    [finding] = [f for f in run_checks(record, "zh", []) if f.code == "dates/stated-differently"]
    assert finding.message.endswith(
        "(heading: 2017-10-11 to 2017-10-13; para 15: 2017-10-10 to 2017-10-13)")
    said = finding.said("zh", translations("zh")).replace("\u2068", "").replace("\u2069", "")
    assert said.endswith("（标题：2017-10-11至2017-10-13；第15段：2017-10-10至2017-10-13）")
