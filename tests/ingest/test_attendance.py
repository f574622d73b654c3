"""Chapter IV of a report read back: who attended, in which category, what is partial, what
was named twice, and the documents each body had before it. The reports are written out here
as a secretariat writes them; the expected codes are the ISO 3166 codes of the States named and
the reference data's keys of the organizations."""

from __future__ import annotations

import re
from typing import Any

from sessional.ingest import IngestResult, ingest_text
from sessional.ingest.attendance import once
from sessional.ingest.draft import Draft
from sessional.ingest.names import Name

from ..conftest import source_file

HEAD = """\
                                                            {symbol}
                                                            Distr.: General
                                                            Original: English

Working Group on Trafficking in Persons
Vienna, {dates}

Report on the meeting of the Working Group on Trafficking in Persons held in Vienna from
{days}

I. Introduction

1. The Working Group on Trafficking in Persons was established by the Conference of the
Parties in its decision 4/4.

II. Organization of the meeting

A. Opening of the meeting

2. The Working Group on Trafficking in Persons met from {days} and held five meetings. The
meeting was chaired by Maria Rossi (Italy).

B. Attendance

"""
END = """
III. Adoption of the report

{n}. On {last}, the Working Group adopted the report on its meeting.
"""


def report(*paragraphs: str, symbol: str = "CTOC/COP/WG.4/2016/5",
           days: str = "6 to 8 September 2016", last: str = "8 September 2016") -> IngestResult:
    """A report whose chapter II holds these paragraphs, numbered from 3 (a heading such as
    "C. Documentation" is not numbered)."""
    blocks, n = [], 3
    for text in paragraphs:
        if re.match(r"[A-Z]\. ", text):
            blocks.append(text)
        else:
            blocks.append(f"{n}. {text}")
            n += 1
    dates = days.replace(" to ", "-", 1)  # "6-8 September 2016" under the body's name
    return ingest_text(HEAD.format(symbol=symbol, days=days, dates=dates) + "\n\n".join(blocks)
                       + "\n" + END.format(n=n, last=last), "en")


def attendance(result: IngestResult) -> dict[str, Any]:
    dumped: dict[str, Any] = result.record.attendance.model_dump(mode="json",
                                                                 exclude_defaults=True)
    return dumped


def unresolved(result: IngestResult) -> list[tuple[str, str, int | None]]:
    return [(u.text, u.path, u.paragraph) for u in result.record.unresolved_names]


def test_each_category_of_attendance_is_read_from_its_own_sentence() -> None:
    result = report(
        "The following States parties to the Convention were represented at the meeting: "
        "Austria, Germany and Tunisia.",
        "The following States signatories to the Convention were represented by observers: "
        "Japan.",
        "The following States not parties to the Convention were represented by observers: "
        "Bhutan.",
        "The European Union, a regional economic integration organization that is a party to "
        "the Convention, was represented at the meeting.",
        "The following United Nations funds and programmes were represented by observers: "
        "United Nations Development Programme and United Nations Children's Fund.",
        "The following intergovernmental organizations were represented by observers: Council "
        "of Europe and International Criminal Police Organization.")
    assert attendance(result) == {
        "states_parties": {"items": ["AUT", "DEU", "TUN"]},
        "signatories": {"items": ["JPN"]},
        "observer_states": {"items": ["BTN"]},
        "regional_economic_integration_organizations": {"items": [{"key": "eu"}]},
        "un_funds_and_programmes": {"items": [{"key": "undp"}, {"key": "unicef"}]},
        "intergovernmental_organizations": {"items": [{"key": "coe"}, {"key": "interpol"}]},
    }
    assert result.report.unclassified == [] and result.report.warnings == []


def test_a_list_of_names_to_come_is_partial_and_holds_no_name() -> None:
    result = report("The following States parties to the Convention were represented at the "
                    "meeting: […].")
    assert attendance(result) == {"states_parties": {"status": "partial"}}


def test_a_list_that_ends_in_a_gap_is_partial_and_keeps_the_names_before_it() -> None:
    result = report(
        "The following States parties to the Convention were represented at the meeting: "
        "Austria, Germany […].",
        "The following intergovernmental organizations were represented by observers: Council "
        "of Europe [……].")
    assert attendance(result) == {
        "states_parties": {"status": "partial", "items": ["AUT", "DEU"]},
        "intergovernmental_organizations": {"status": "partial", "items": [{"key": "coe"}]}}
    assert unresolved(result) == []


def test_a_state_no_one_knows_leaves_its_list_partial_and_is_reported_where_it_was() -> None:
    result = report("The following States parties to the Convention were represented at the "
                    "meeting: Austria, Ruritania and Tunisia.")
    assert attendance(result) == {"states_parties": {"status": "partial",
                                                     "items": ["AUT", "TUN"]}}
    assert unresolved(result) == [("Ruritania", "$.attendance.states_parties", 3)]


def test_an_organization_no_one_knows_is_kept_by_its_name_and_the_list_stays_complete() -> None:
    result = report("The following non-governmental organizations were represented by "
                    "observers: Friends of Ruritania and Council of Europe.")
    assert attendance(result) == {"non_governmental_organizations": {"items": [
        {"name": {"en": "Friends of Ruritania"}}, {"key": "coe"}]}}
    assert unresolved(result) == [
        ("Friends of Ruritania", "$.attendance.non_governmental_organizations", 3)]


def test_names_named_twice_or_three_times_are_kept_once_and_said_with_the_paragraph() -> None:
    result = report(
        "The following States parties to the Convention were represented at the meeting: "
        "Austria, Germany, Austria and Austria.",
        "The following non-governmental organizations were represented by observers: Friends "
        "of Ruritania, Ruritanian Aid, Council of Europe and Friends of Ruritania.")
    assert attendance(result) == {
        "states_parties": {"items": ["AUT", "DEU"]},
        "non_governmental_organizations": {"items": [{"name": {"en": "Friends of Ruritania"}},
                                                     {"name": {"en": "Ruritanian Aid"}},
                                                     {"key": "coe"}]}}
    assert result.report.warnings == [
        "paragraph 3: Austria (AUT) is named 3 times in the list of states parties; kept once",
        "paragraph 4: 'Friends of Ruritania' is named 2 times in the list of non governmental "
        "organizations; kept once"]


def test_a_repetition_in_a_paragraph_without_a_number_is_said_so() -> None:
    draft = Draft("en")
    undp = Name("United Nations Development Programme", "undp", "organization", "exact")
    kept = once(draft, [undp, undp], "un_funds_and_programmes", None)
    assert kept == [undp]
    assert draft.warnings == [
        "a paragraph without a number: United Nations Development Programme (undp) is named 2 "
        "times in the list of United Nations funds and programmes; kept once"]


def test_a_name_no_longer_in_force_on_the_first_day_is_read_and_its_form_recorded() -> None:
    # Swaziland is named Eswatini at the United Nations from 19 April 2018
    later = report("The following States parties to the Convention were represented at the "
                   "meeting: Austria and Swaziland.", symbol="CTOC/COP/WG.4/2019/5",
                   days="7 to 9 October 2019", last="9 October 2019")
    assert attendance(later) == {"states_parties": {"items": ["AUT", "SWZ"]}}
    assert [f.model_dump(mode="json", exclude_defaults=True) for f in later.record.name_forms] \
        == [{"text": "Swaziland", "code": "SWZ", "form": "historical",
             "path": "$.attendance.states_parties", "paragraph": 3}]


def test_the_form_of_a_name_is_that_of_the_first_day_of_the_meeting() -> None:
    # a meeting from 17 to 20 April 2018: on its first day Swaziland was still the name
    result = report("The following States parties to the Convention were represented at the "
                    "meeting: Swaziland.", symbol="CTOC/COP/WG.4/2018/5",
                    days="17 to 20 April 2018", last="20 April 2018")
    assert attendance(result) == {"states_parties": {"items": ["SWZ"]}}
    assert result.record.name_forms == ()


DOCUMENTS = """The Working Group had before it the following documents:

    (a) Provisional agenda and annotations (CTOC/COP/WG.4/2016/1);

    (b) Background paper prepared by the Secretariat on the role of the internet
    (CTOC/COP/WG.4/2016/2);
"""


def documents(result: IngestResult) -> dict[str, Any]:
    dumped: dict[str, Any] = result.record.documents.model_dump(mode="json",
                                                                exclude_defaults=True)
    return dumped


def test_the_documents_before_the_body_are_read_with_their_titles_and_the_series() -> None:
    result = report("C. Documentation", DOCUMENTS + "\n    (c) […] (CTOC/COP/WG.4/2016/3).",
                    symbol="")  # no symbol at the head: the series is that of the documents
    assert documents(result) == {"items": [  # complete
        {"symbol": "CTOC/COP/WG.4/2016/1", "title": {"en": "Provisional agenda and annotations"},
         "bodies": ["B1"]},
        {"symbol": "CTOC/COP/WG.4/2016/2", "title": {
            "en": "Background paper prepared by the Secretariat on the role of the internet"},
         "bodies": ["B1"]},
        {"symbol": "CTOC/COP/WG.4/2016/3", "title": {}, "bodies": ["B1"]}]}
    assert result.record.bodies[0].symbol_series == "CTOC/COP/WG.4"
    assert result.report.unclassified == [] and result.report.warnings == []


def test_documents_still_to_be_listed_leave_the_list_partial() -> None:
    result = report("C. Documentation", DOCUMENTS + "\n    (c) […]")
    assert documents(result)["status"] == "partial"
    assert [d["symbol"] for d in documents(result)["items"]] == [
        "CTOC/COP/WG.4/2016/1", "CTOC/COP/WG.4/2016/2"]


def test_a_document_listed_twice_is_one_document() -> None:
    result = report("C. Documentation",
                    DOCUMENTS + "\n    (c) Provisional agenda (CTOC/COP/WG.4/2016/1).")
    assert [(d["symbol"], d["bodies"]) for d in documents(result)["items"]] == [
        ("CTOC/COP/WG.4/2016/1", ["B1"]), ("CTOC/COP/WG.4/2016/2", ["B1"])]


def test_a_list_of_documents_with_an_entry_not_read_is_kept_whole_never_half() -> None:
    result = report("C. Documentation", DOCUMENTS + "\n    (c) A note without its symbol.")
    assert documents(result) == {"status": "unknown"}
    [kept] = result.report.unclassified
    assert kept["paragraph"] == 3
    assert kept["text"].endswith("(CTOC/COP/WG.4/2016/2);\n(c) A note without its symbol.")


def statements(result: IngestResult) -> list[dict[str, Any]]:
    return [s.model_dump(mode="json", exclude_defaults=True)["statements"]
            for s in result.record.statements]


def test_each_speaker_is_named_with_the_group_it_spoke_for_and_no_other() -> None:
    result = report("Under agenda item 2, statements were made by representatives of the "
                    "following States parties to the Convention: Egypt (on behalf of the Group "
                    "of 77 and China), Mexico and Austria, on behalf of a group of like-minded "
                    "States.")
    assert statements(result) == [{"items": [
        {"delegation": {"state": "EGY"}, "on_behalf_of": "Group of 77 and China"},
        {"delegation": {"state": "MEX"}},
        {"delegation": {"state": "AUT"}, "on_behalf_of": "a group of like-minded States"}]}]


def test_organizations_that_made_statements_are_named_by_their_keys() -> None:
    result = report("Under agenda item 2, statements were made by observers for the following "
                    "intergovernmental organizations: Council of Europe and International "
                    "Criminal Police Organization.")
    assert statements(result) == [{"items": [
        {"delegation": {"organization": {"key": "coe"}}},
        {"delegation": {"organization": {"key": "interpol"}}}]}]


def test_documents_to_come_between_documents_listed_leave_the_others_read() -> None:
    result = report("C. Documentation", DOCUMENTS + "\n    (c) […]\n\n"
                    "    (d) Note by the Secretariat (CTOC/COP/WG.4/2016/4).")
    assert documents(result)["status"] == "partial"
    assert [d["symbol"] for d in documents(result)["items"]] == [
        "CTOC/COP/WG.4/2016/1", "CTOC/COP/WG.4/2016/2", "CTOC/COP/WG.4/2016/4"]


def test_documents_of_a_body_the_report_is_not_about_are_not_taken_as_its_own() -> None:
    other = DOCUMENTS.replace("The Working Group", "The Open-ended Intergovernmental Expert "
                              "Group on a Comprehensive Study of Cybercrime")
    result = report("C. Documentation", other)
    assert documents(result) == {"status": "unknown"}
    assert [u["paragraph"] for u in result.report.unclassified] == [3]


def test_a_list_of_documents_under_a_bodys_subheading_may_name_it_short(
        seed_facts: dict[str, Any]) -> None:
    """The 2017 joint report, its paragraph 28 written "工作组收到了下列文件：" ("The Working
    Group had before it …") under the subheading of the Working Group on technical assistance:
    the documents are still that group's (seed-facts.json, bodies.TA.documents)."""
    seed = source_file("000_af53d38e3a9bfe7d.txt").read_text(encoding="utf-8")
    full = "28. 技术援助问题政府专家工作组收到了下列文件："
    assert full in seed
    record = ingest_text(seed.replace(full, "28. 工作组收到了下列文件：")).record
    technical = record.bodies[1]
    listed = [str(d.symbol.first_for(technical.symbol_series)) for d in record.documents.items
              if d.listed_by(technical.key)]
    assert sorted(listed) == sorted(d["symbol"] for d in seed_facts["bodies"]["TA"]["documents"])
