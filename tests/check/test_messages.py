"""The findings a secretary reads: each names the body, the fact and the paragraph in words.

Expected messages are written out from the example record and the 2017 seed (TA's number of
meetings missing in paragraph 15, the partial list of States parties in paragraph 22, ...).
"""

from __future__ import annotations

import json
from typing import Any

from sessional.check import run_checks
from sessional.model import record_from_data

from ..conftest import EXAMPLE

TA = "Working Group of Government Experts on Technical Assistance"
IC = "Working Group on International Cooperation"


def messages(data: dict[str, Any], lang: str = "en") -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in run_checks(record_from_data(data, references=False), lang):  # type: ignore[arg-type]
        found.setdefault(f.path, []).append(f.message)
    return found


def test_the_gaps_of_the_example_name_body_fact_and_paragraph() -> None:
    found = messages(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert found["$.sessions[1].meetings_held"] == [
        f"{TA}: number of meetings held: unknown (paragraph 15): seed para 15: 共举行了[…]次会议"]
    assert found["$.attendance.states_parties"] == [
        "States parties: partial (paragraph 22): seed para 22 ends with [……]"]
    assert found["$.attendance.specialized_agencies"] == [
        "specialized agencies: partial (paragraph 25): seed para 25: [……]"]
    assert found["$.narrative.recommendations[0].paragraphs"] == [
        f"{IC}: recommendations: unknown (after paragraph 6): seed para 6: no recommendations yet"]
    assert found["$.narrative.deliberations[1].paragraphs"] == [
        f"{IC}: summary of deliberations on item 3: unknown (after paragraph 13): seed III.B: "
        "heading only"]
    assert found["$.narrative.deliberations[4].paragraphs"] == [
        "summary of deliberations on joint item J1: unknown (after paragraph 13): seed III "
        "(joint) A: heading only"]
    assert found["$.report.symbol"] == [
        "symbol of the report: unknown (page 1, masthead): the draft carries no symbol"]
    assert found["$.sessions[0].meetings"] == [
        f"{IC}: meetings and their dates: partial (not stated in the report): the seed dates only "
        "the 1st of the eight meetings"]
    assert found["$.sessions[0].agenda.items[1].title"] == [
        f"{IC}: title: missing translation (paragraph 8): no en text (available in zh)",
        f"{IC}: title: missing translation (paragraph 20): no en text (available in zh)"]
    assert found["$.narrative.introduction.items[0].text"] == [
        "text: missing translation (paragraph 1): no en version yet"]
    assert found["$.statements[0].items"] == [
        "agenda items of the statements: tentative (paragraph 16): end of the range not yet "
        "confirmed"]
    assert found["$.sessions[1].stated_dates"] == [
        f"{TA}: the report gives its dates differently (heading: 2017-10-11 to 2017-10-13; "
        "para 15: 2017-10-10 to 2017-10-13)"]


def test_a_party_listed_among_the_signatories_is_named_as_on_the_meeting_date(
        filled: dict[str, Any]) -> None:
    filled["attendance"]["signatories"]["items"] = ["SWZ"]  # a party since 24 September 2012
    assert messages(filled, "zh")["$.attendance.signatories.items[0]"] == [
        "Swaziland (SWZ) is listed among the signatories but was a party in UNTOC on 2017-10-09 "
        "(instrument deposited 2012-09-24)"]


def test_a_body_without_a_name_in_the_reports_language_is_named_in_english() -> None:
    found = messages(json.loads(EXAMPLE.read_text(encoding="utf-8")), "fr")  # names: zh, en
    assert found["$.sessions[1].meetings_held"] == [
        f"{TA}: number of meetings held: unknown (paragraph 15): seed para 15: 共举行了[…]次会议"]
    zh = messages(json.loads(EXAMPLE.read_text(encoding="utf-8")), "zh")
    assert zh["$.sessions[1].meetings_held"][0].startswith("技术援助问题政府专家工作组: ")
