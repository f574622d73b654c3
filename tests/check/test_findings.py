"""Each rule's finding in full, as the secretary reads it: code, severity, message, the field's
path and the paragraph of the report (zh report of the filled example: paragraph 24 is the
statements under the joint items, 29 the States parties, 34 the documents of the first group)."""

from __future__ import annotations

from typing import Any

from sessional.check import run_checks
from sessional.model import record_from_data
from sessional.model.references import reference_faults

from .conftest import IRN_STATUS

TA_ZH = "技术援助问题政府专家工作组"


def findings(data: dict[str, Any], lang: str = "zh") -> list[tuple[Any, ...]]:
    """Every finding that is not a gap, besides the example's unknown status of Iran."""
    record = record_from_data(data, references=False)
    faults = [(f.path, f.message) for f in reference_faults(record)]
    return [(f.code, f.severity, f.message, f.path, f.paragraph)
            for f in run_checks(record, lang, faults)  # type: ignore[arg-type]
            if f.severity != "gap" and (f.code, f.path) != IRN_STATUS]


def test_a_speaker_not_attending_is_an_error_while_the_lists_are_complete(
        filled: dict[str, Any]) -> None:
    filled["statements"][1]["statements"]["items"].append({"delegation": {"state": "BRB"}})
    assert findings(filled) == [
        ("statements/speaker-not-attending", "error",
         "BRB spoke but is not in the attendance lists", "$.statements[1].statements.items[1]",
         24)]
    filled["attendance"]["observer_states"]["status"] = "partial"
    assert findings(filled) == [
        ("statements/speaker-not-attending", "warning",
         "BRB spoke but is not in the attendance lists (which are not complete)",
         "$.statements[1].statements.items[1]", 24)]


def test_documents_outside_the_series_or_paired_differently_or_cited_only(
        filled: dict[str, Any]) -> None:
    documents = filled["documents"]["items"]
    documents[1]["symbol"] = "CTOC/COP/2017/2"
    documents.append({"symbol": "CTOC/COP/WG.2/2017/2-CTOC/COP/WG.3/2017/9", "title": {},
                      "bodies": ["TA"]})
    filled["narrative"]["introduction"]["items"].append(
        {"text": {"zh": "见 CTOC/COP/2016/15 号文件。"}, "source_language": "zh"})
    assert findings(filled) == [
        ("documents/joint-counterpart-differs", "error",
         "CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2 and CTOC/COP/WG.2/2017/2-CTOC/COP/WG.3/2017/9"
         " share CTOC/COP/WG.2/2017/2 but pair it with different symbols",
         "$.documents.items[2]", 34),
        ("documents/outside-series", "warning",
         "CTOC/COP/2017/2 is listed for IC but none of its symbols is in IC's series "
         "CTOC/COP/WG.3", "$.documents.items[1]", 34),
        ("documents/cited-not-listed", "warning",
         "CTOC/COP/2016/15 is cited in the text but not in the list of documents",
         "$.documents", None)]


def test_meetings_held_and_duplicates_say_how_many(filled: dict[str, Any]) -> None:
    filled["sessions"][1]["meetings_held"] = 5
    filled["attendance"]["states_parties"]["items"].append("AUT")
    assert findings(filled) == [
        ("counts/meetings-held", "error", f"{TA_ZH}: 5 meetings held, but meeting 6 is recorded",
         "$.sessions[1].meetings_held", 22),
        ("counts/duplicate", "error", "AUT appears 2 times", "$.attendance.states_parties", 29)]


def test_agenda_numbering_and_items_not_on_the_agenda(filled: dict[str, Any]) -> None:
    filled["sessions"][1]["agenda"]["items"][2]["number"] = "7"
    assert findings(filled) == [
        ("statements/item-not-on-agenda", "error", "body 'TA' has no agenda item 3",
         "$.statements[2].items.items[0].number", 24),
        ("agendas/numbering-gap", "warning", f"{TA_ZH}: agenda items numbered [1, 2, 7, 4, 5]",
         "$.sessions[1].agenda.items", 27)]


def test_joint_items_reported_under_one_bodys_number_only(filled: dict[str, Any]) -> None:
    statements = filled["statements"][1]["items"]
    statements["items"] = statements["items"][:3]
    assert sorted(findings(filled)) == [
        ("statements/joint-item-one-number", "warning",
         f"joint item {j} is reported under 1 body's number only, not under TA's",
         "$.statements[1].items", 24) for j in ("J1", "J2", "J3")]


def test_a_document_listed_for_a_body_that_does_not_exist(filled: dict[str, Any]) -> None:
    filled["documents"]["items"][0]["bodies"] = ["ZZ"]
    assert findings(filled) == [("record/reference", "error", "no body with key 'ZZ'",
                                 "$.documents.items[0].bodies[0]", None)]


def test_a_speaker_a_document_or_an_organization_given_twice(filled: dict[str, Any]) -> None:
    documents = filled["documents"]["items"]
    documents.append(dict(documents[0]))
    speakers = filled["statements"][1]["statements"]["items"]
    speakers.append(dict(speakers[0]))  # Austria
    organizations = filled["attendance"]["intergovernmental_organizations"]["items"]
    organizations.append(dict(organizations[0]))
    assert sorted(findings(filled), key=lambda f: f[3]) == [
        ("counts/duplicate", "error", "gcc_ciccd appears 2 times",
         "$.attendance.intergovernmental_organizations", 32),
        ("counts/duplicate", "error",
         "CTOC/COP/WG.3/2017/1-CTOC/COP/WG.2/2017/1 appears 2 times", "$.documents", None),
        ("counts/duplicate", "error", "AUT appears 2 times", "$.statements[1].statements", 24)]


def test_names_not_in_force_misspelt_or_unknown(filled: dict[str, Any]) -> None:
    where = "$.attendance.states_parties"
    filled["name_forms"] = [  # Czech Republic became Czechia in 2016
        {"text": "Czech Republic", "code": "CZE", "form": "historical", "path": where,
         "paragraph": 22},
        {"text": "Germny", "code": "DEU", "form": "fuzzy", "path": where, "paragraph": 22}]
    filled["unresolved_names"] = [
        {"text": "Atlantis", "path": where, "paragraph": 22},
        {"text": "Autria", "path": where, "candidates": ["Austria (AUT, 91)"]}]
    assert findings(filled, "en") == [
        ("names/not-in-force", "error",
         "'Czech Republic' is not the name in force on 2017-10-09 (then: Czechia)", where, 22),
        ("names/unresolved", "error",
         "'Atlantis' matches no State or organization of the reference data", where, 22),
        ("names/unresolved", "error", "'Autria' matches no State or organization of the "
         "reference data; nearest: Austria (AUT, 91)", where, None),
        ("names/fuzzy", "warning", "'Germny' read as DEU (fuzzy match): check the spelling",
         where, 22)]


def test_dates_outside_the_session_in_full(filled: dict[str, Any]) -> None:
    filled["sessions"][1]["agenda"]["adopted_on"] = "2017-10-01"
    filled["sessions"][1]["agenda"]["adopted_at_meeting"] = 9
    filled["sessions"][0]["meetings"]["items"][7]["date"] = "2017-10-20"
    filled["report"]["adopted_on"] = "2017-10-12"
    ta = "Working Group of Government Experts on Technical Assistance"
    assert findings(filled, "en") == [
        ("dates/agenda-meeting-not-held", "error",
         f"{ta}: agenda adopted at meeting 9, but only 6 meetings were held",
         "$.sessions[1].agenda.adopted_at_meeting", 28),
        ("dates/agenda-outside-session", "error",
         f"{ta}: agenda adopted on 2017-10-01, outside the session (2017-10-10 to 2017-10-13)",
         "$.sessions[1].agenda.adopted_on", 28),
        ("dates/meeting-outside-session", "error",
         "Working Group on International Cooperation: meeting 8 on 2017-10-20 falls outside the "
         "session (2017-10-09 to 2017-10-13)", "$.sessions[0].meetings.items[7].date", None),
        ("dates/report-before-last-day", "warning",
         "report adopted on 2017-10-12, before the last day (2017-10-13)", "$.report.adopted_on",
         35)]
