"""The lists of speakers over the API, as the chair, the secretariat and the delegations use
them: the order, who may do what, a closed list, and the statements a finished speech leaves
in the report."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .helpers import KEY, Team, make_team

FLOOR = f"/api/records/{KEY}/speakers"
ITEM_3 = {"body": "TA", "number": "3"}  # TA item 3: nobody has spoken on it in the example
HERE = {"item": ITEM_3, "meeting": 1}


@pytest.fixture()
def team(tmp_path: Path) -> Team:
    """The rules of a list are the same on every database; SQLite keeps these quick."""
    return make_team(f"sqlite:///{tmp_path / 'sessional.db'}")


@pytest.fixture()
def team_on(db_url: str) -> Team:
    """On SQLite and on PostgreSQL: the whole way from a request to the report."""
    return make_team(db_url)


def ask(team: Team, who: str, state: str, kind: str = "statement",
        headers: dict[str, str] | None = None, **more: Any) -> Any:
    return team.call(who, "POST", FLOOR, headers=headers or {}, json={"value": {
        "delegation": {"state": state}, "kind": kind, **HERE, **more}})


def act(team: Team, who: str, action: str, **kwargs: Any) -> Any:
    return team.call(who, "POST", f"{FLOOR}/list/{action}", json=HERE, **kwargs)


def the_list(team: Team) -> list[tuple[str, str, str]]:
    """(State, kind, status) of each request of the list of TA item 3 at meeting 1, in order."""
    answer = team.call("obs", "GET", FLOOR, params={"body": "TA", "item": "3", "meeting": 1})
    assert answer.status_code == 200, answer.text
    [found] = answer.json()["lists"]
    return [(s["request"]["delegation"]["state"], s["request"].get("kind", "statement"),
             s["request"].get("status", "waiting")) for s in found["speakers"]]


def ok(answer: Any) -> Any:
    assert answer.status_code == 200, (answer.status_code, answer.text)
    return answer.json()


def test_get_gives_the_list_in_the_order_of_requests(team: Team) -> None:
    for who, state in (("chair", "AUT"), ("del_fra", "FRA"), ("sec", "CHN")):
        ok(ask(team, who, state))
    assert the_list(team) == [("AUT", "statement", "waiting"), ("FRA", "statement", "waiting"),
                              ("CHN", "statement", "waiting")]
    everything = ok(team.call("obs", "GET", FLOOR))
    assert [(entry["place"], entry["closed"], [s["index"] for s in entry["speakers"]])
            for entry in everything["lists"]] == [
        ({"item": {"body": "TA", "number": "3", "tentative": False}, "meeting": 1}, False,
         [0, 1, 2])]
    assert everything["revision"] == 4


def test_a_point_of_order_goes_to_the_top_behind_the_speaker(team: Team) -> None:
    for state in ("AUT", "CHN", "DEU"):
        ok(ask(team, "sec", state))
    ok(act(team, "chair", "call-next"))
    ok(ask(team, "del_fra", "FRA", "point_of_order"))
    assert the_list(team) == [("AUT", "statement", "speaking"),
                              ("FRA", "point_of_order", "waiting"),
                              ("CHN", "statement", "waiting"), ("DEU", "statement", "waiting")]
    ok(act(team, "chair", "call-next"))
    assert the_list(team)[:2] == [("AUT", "statement", "done"),
                                  ("FRA", "point_of_order", "speaking")]


def test_the_secretariat_reorders_the_waiting_speakers(team: Team) -> None:
    for state in ("AUT", "CHN", "DEU"):
        ok(ask(team, "sec", state))
    ok(team.call("sec", "POST", f"{FLOOR}/2/move", json={"step": "up"}))
    assert [s for s, _, _ in the_list(team)] == ["AUT", "DEU", "CHN"]
    ok(team.call("sec", "POST", f"{FLOOR}/0/move", json={"position": 2}))
    assert [s for s, _, _ in the_list(team)] == ["DEU", "CHN", "AUT"]
    both = team.call("sec", "POST", f"{FLOOR}/0/move", json={"position": 1, "step": "up"})
    assert both.status_code == 422


def test_an_index_read_before_a_reordering_is_refused_not_applied_to_another(
        team: Team) -> None:
    for state in ("AUT", "CHN"):
        ok(ask(team, "sec", state))
    seen = team.head()["revision"]  # index 0 is Austria
    ok(team.call("sec", "POST", f"{FLOOR}/1/move", json={"step": "up"}))  # China first
    late = team.call("sec", "POST", f"{FLOOR}/0/withdraw", params={"base_revision": seen})
    assert late.status_code == 409
    assert late.json()["detail"].startswith("this part of the record changed since revision")
    assert the_list(team) == [("CHN", "statement", "waiting"), ("AUT", "statement", "waiting")]
    ok(team.call("sec", "POST", f"{FLOOR}/1/withdraw", params={"base_revision": seen + 1}))
    assert the_list(team) == [("CHN", "statement", "waiting"), ("AUT", "statement", "withdrawn")]


def test_a_delegate_acts_for_its_own_delegation_only(team: Team) -> None:
    ok(ask(team, "sec", "DEU"))
    other = ask(team, "del_fra", "DEU")
    assert other.status_code == 403
    assert other.json()["detail"] == ("del_fra (delegate of FRA) may not ask for or withdraw "
                                      "the floor for another delegation")
    not_own = team.call("del_fra", "POST", f"{FLOOR}/0/withdraw")
    assert not_own.status_code == 403
    ok(ask(team, "del_fra", "FRA"))
    ok(team.call("del_fra", "POST", f"{FLOOR}/1/withdraw"))
    assert the_list(team) == [("DEU", "statement", "waiting"), ("FRA", "statement", "withdrawn")]


@pytest.mark.parametrize(("who", "method", "path", "body", "refusal"), [
    ("del_fra", "POST", "/1/move", {"step": "up"}, "reorder the list of speakers"),
    ("chair", "POST", "/1/move", {"step": "up"}, "reorder the list of speakers"),
    ("del_fra", "POST", "/list/call-next", HERE, "call the next speaker"),
    ("sec", "POST", "/list/call-next", HERE, "call the next speaker"),
    ("del_fra", "POST", "/list/finish", HERE, "end a speech"),
    ("del_fra", "POST", "/list/close", HERE, "close a list of speakers"),
    ("obs", "POST", "/list/reopen", HERE, "reopen a list of speakers"),
    ("obs", "POST", "/0/withdraw", None, "withdraw a request for the floor"),
    ("chair", "POST", "/0/spoken", None, "record who spoke"),
    ("del_fra", "POST", "/1/spoken", None, "record who spoke"),
])
def test_who_may_not_is_refused_and_the_list_stays(team: Team, who: str, method: str,
                                                   path: str, body: Any, refusal: str) -> None:
    ok(ask(team, "sec", "DEU"))
    ok(ask(team, "del_fra", "FRA"))
    before = team.head()["revision"]
    answer = team.call(who, method, FLOOR + path, json=body)
    assert answer.status_code == 403
    assert answer.json()["detail"].endswith(f"may not {refusal}")
    assert team.head()["revision"] == before
    assert the_list(team) == [("DEU", "statement", "waiting"), ("FRA", "statement", "waiting")]


def test_an_observer_reads_but_does_not_ask_for_the_floor(team: Team) -> None:
    assert ask(team, "obs", "AUT").status_code == 403
    assert ok(team.call("obs", "GET", FLOOR))["lists"] == []


def test_a_closed_list_refuses_in_the_users_language_and_a_reopened_one_accepts(
        team: Team) -> None:
    ok(ask(team, "sec", "AUT"))
    ok(act(team, "chair", "close"))
    assert ok(team.call("obs", "GET", FLOOR))["lists"][0]["closed"] is True
    refused = ask(team, "del_fra", "FRA")
    assert refused.status_code == 409
    assert refused.json() == {"detail": "the list of speakers is closed: no new request for "
                                        "the floor is taken until the chair reopens it"}
    in_chinese = ask(team, "del_fra", "FRA", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert (in_chinese.status_code, in_chinese.json()["detail"]) == (
        409, "发言名单已截止：在主席重新开放之前不再接受新的发言请求")
    in_french = ask(team, "sec", "FRA", headers={"Accept-Language": "fr"})
    assert in_french.json()["detail"].startswith("la liste des orateurs est close")
    assert the_list(team) == [("AUT", "statement", "waiting")]
    ok(act(team, "sec", "reopen"))
    ok(ask(team, "del_fra", "FRA"))
    assert the_list(team) == [("AUT", "statement", "waiting"), ("FRA", "statement", "waiting")]


def test_nobody_to_call_and_no_such_request_are_refused_not_failed(team: Team) -> None:
    nobody = act(team, "chair", "call-next", headers={"Accept-Language": "ru"})
    assert (nobody.status_code, nobody.json()["detail"]) == (
        409, "в этом списке ораторов никто не ожидает слова")
    assert act(team, "chair", "finish").status_code == 409
    missing = team.call("sec", "POST", f"{FLOOR}/5/withdraw")
    assert (missing.status_code, missing.json()["detail"]) == (
        404, "there is no request for the floor 5")


def test_a_request_on_an_item_the_agenda_lacks_is_refused(team: Team) -> None:
    answer = team.call("sec", "POST", FLOOR, json={"value": {
        "delegation": {"state": "AUT"}, "item": {"body": "TA", "number": "9"}}})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["path"] == "$.speakers[0].item.number"
    assert ok(team.call("obs", "GET", FLOOR))["lists"] == []


def _statements_paragraph(report: str, item: str) -> str:
    [paragraph] = [line for line in report.splitlines() if re.match(r"^\d+\. ", line)
                   and item in line]
    return paragraph


def test_a_finished_speech_is_named_in_the_reports_statements(team_on: Team) -> None:
    team = team_on
    ok(ask(team, "del_fra", "FRA", "on_behalf", on_behalf_of="European Union"))
    ok(ask(team, "chair", "AUT"))
    ok(act(team, "chair", "call-next"))
    ok(act(team, "chair", "call-next"))  # France has spoken
    ok(act(team, "chair", "finish"))  # Austria has spoken
    english = team.call("obs", "GET", f"/api/records/{KEY}/report",
                        params={"lang": "en", "format": "md"}).text
    chinese = team.call("obs", "GET", f"/api/records/{KEY}/report",
                        params={"lang": "zh", "format": "md"}).text
    paragraph = _statements_paragraph(english, "Under agenda item 3 of the Working Group of "
                                               "Government Experts on Technical Assistance")
    assert "Austria" in paragraph and "France" in paragraph
    paragraph = _statements_paragraph(chinese, "技术援助问题政府专家工作组议程项目 3下")
    assert "奥地利" in paragraph and "法国" in paragraph
    statements = team.head()["record"]["statements"][2]["statements"]
    assert statements == {"status": "partial", "note": "seed para 18: [……]", "items": [
        {"delegation": {"state": "FRA"}, "on_behalf_of": "European Union", "meeting": 1},
        {"delegation": {"state": "AUT"}, "meeting": 1}]}


def test_the_secretariat_records_who_spoke_and_the_report_names_them(team: Team) -> None:
    for state in ("AUT", "CHN", "DEU"):
        ok(ask(team, "sec", state))
    ok(team.call("sec", "POST", f"{FLOOR}/1/withdraw"))
    ok(team.call("sec", "POST", f"{FLOOR}/2/spoken"))  # Germany spoke before Austria
    ok(team.call("sec", "POST", f"{FLOOR}/2/spoken"))  # a second click changes nothing
    assert the_list(team) == [("AUT", "statement", "waiting"), ("CHN", "statement", "withdrawn"),
                              ("DEU", "statement", "done")]
    withdrawn = team.call("sec", "POST", f"{FLOOR}/1/spoken")
    assert withdrawn.status_code == 409
    assert withdrawn.json()["detail"] == ("request for the floor 1 was withdrawn: it cannot be "
                                          "recorded as spoken")
    head = team.head()["record"]
    assert head["speakers"][2]["ended_at"] and "called_at" not in head["speakers"][2]
    assert head["statements"][2]["statements"]["items"] == [
        {"delegation": {"state": "DEU"}, "meeting": 1}]


def test_a_second_click_does_not_inscribe_a_delegation_twice(team: Team) -> None:
    ok(ask(team, "del_fra", "FRA"))
    twice = ask(team, "del_fra", "FRA", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert (twice.status_code, twice.json()["detail"]) == (
        409, "该代表团已在此发言名单上等候：请先撤回其发言请求，或请求行使答辩权或提出程序问题")
    ok(ask(team, "del_fra", "FRA", kind="right_of_reply"))
    assert the_list(team) == [("FRA", "statement", "waiting"),
                              ("FRA", "right_of_reply", "waiting")]
