"""Records over the API: revisions, optimistic concurrency, restore, import/export, reports."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sessional.model import record_from_json
from sessional.store import Change

from .helpers import KEY, Team, make_team

BASE = f"/api/records/{KEY}"


@pytest.fixture()
def team(db_url: str) -> Team:
    return make_team(db_url)


def _renamed(record: dict, venue: str) -> dict:
    changed = json.loads(json.dumps(record))
    changed["sessions"][0]["venue"] = {"en": venue}
    return changed


def test_two_clients_on_one_revision_the_second_is_refused(team: Team) -> None:
    seen = team.head()
    first = team.call("sec", "PUT", BASE, json={
        "base_revision": seen["revision"], "record": _renamed(seen["record"], "Vienna")})
    second = team.call("admin", "PUT", BASE, json={
        "base_revision": seen["revision"], "record": _renamed(seen["record"], "Geneva")})
    assert first.status_code == 200 and first.json()["revision"] == 2
    assert second.status_code == 409
    conflict = second.json()
    assert conflict["current"]["revision"] == 2
    assert conflict["current"]["record"]["sessions"][0]["venue"] == {"en": "Vienna"}
    latest = team.head()
    assert latest["revision"] == 2 and latest["author"] == "sec"
    assert latest["record"]["sessions"][0]["venue"] == {"en": "Vienna"}


def test_a_whole_record_write_is_answered_with_the_revision_it_made(team: Team) -> None:
    """Another writer may commit between a write's commit and its answer: the answer still
    names the write's own revision and record, never the newer head."""
    submit = team.workspace.writer.submit
    interposed: list[int] = []

    def submit_then_another_writer(key: str, author: str, make: Any) -> Any:
        future = submit(key, author, make)
        if not interposed:
            future.result()
            other = submit(key, "admin", lambda latest: Change(latest.revision.document,
                                                                {"action": "other"}))
            interposed.append(other.result()[0].number)
        return future

    team.workspace.writer.submit = submit_then_another_writer  # type: ignore[method-assign]
    seen = team.head()
    answer = team.call("sec", "PUT", BASE, json={
        "base_revision": seen["revision"], "record": _renamed(seen["record"], "Vienna")})
    assert answer.status_code == 200 and interposed == [3]
    assert answer.json()["revision"] == 2 and answer.json()["author"] == "sec"
    assert answer.json()["record"]["sessions"][0]["venue"] == {"en": "Vienna"}
    assert team.head()["revision"] == 3


def test_small_edits_from_one_revision_both_apply(team: Team) -> None:
    seen = team.head()["revision"]
    a = team.call("sec", "POST", f"{BASE}/sessions/IC/agenda-items",
                  json={"base_revision": seen, "value": {"number": "9", "title": {"en": "A"}}})
    b = team.call("admin", "PUT", f"{BASE}/attendance/states_parties/states/ISL",
                  params={"base_revision": seen})
    assert a.status_code == 200 and b.status_code == 200, (a.json(), b.json())
    record = team.head()["record"]
    assert team.head()["revision"] == seen + 2
    assert "ISL" in record["attendance"]["states_parties"]["items"]
    assert any(i["number"] == "9" for i in record["sessions"][0]["agenda"]["items"])


def test_colliding_small_edits_the_later_one_is_refused(team: Team) -> None:
    seen = team.head()["revision"]
    item = f"{BASE}/sessions/IC/agenda-items/1"
    title = team.head()["record"]["sessions"][0]["agenda"]["items"][0]
    first = dict(title, title={"en": "Opening of the meeting"})
    second = dict(title, title={"en": "Opening"})
    assert team.call("sec", "PUT", item, json={"base_revision": seen, "value": first}
                     ).status_code == 200
    refused = team.call("admin", "PUT", item, json={"base_revision": seen, "value": second})
    assert refused.status_code == 409
    assert "changed since" in refused.json()["detail"]
    kept = team.head()["record"]["sessions"][0]["agenda"]["items"][0]
    assert kept["title"] == {"en": "Opening of the meeting"}


def test_adding_what_is_there_is_refused_marking_present_twice_is_not(team: Team) -> None:
    add = {"value": {"number": "9", "title": {"en": "Other matters"}}}
    path = f"{BASE}/sessions/IC/agenda-items"
    assert team.call("sec", "POST", path, json=add).status_code == 200
    assert team.call("admin", "POST", path, json=add).status_code == 409
    state = f"{BASE}/attendance/states_parties/states/ISL"
    assert team.call("sec", "PUT", state).json()["changed"] is True
    again = team.call("admin", "PUT", state).json()
    assert again["changed"] is False and again["revision"] == team.head()["revision"]


def test_every_revision_is_kept_and_any_can_be_restored(team: Team) -> None:
    for code in ("ISL", "NZL", "PER"):
        team.call("sec", "PUT", f"{BASE}/attendance/states_parties/states/{code}")
    history = team.call("obs", "GET", f"{BASE}/revisions").json()
    assert [h["number"] for h in history] == [4, 3, 2, 1]
    assert history[0]["author"] == "sec"
    assert history[0]["operation"] == {"action": "add", "collection": "attendance",
                                       "scope": {"category": "states_parties"}, "key": "PER"}
    old = team.call("obs", "GET", f"{BASE}/revisions/2").json()
    assert "NZL" not in old["record"]["attendance"]["states_parties"]["items"]
    stale = team.call("sec", "POST", f"{BASE}/revisions/2/restore", json={"base_revision": 3})
    assert stale.status_code == 409
    done = team.call("sec", "POST", f"{BASE}/revisions/2/restore", json={"base_revision": 4})
    assert done.status_code == 200 and done.json()["revision"] == 5
    assert done.json()["record"] == old["record"]
    assert done.json()["operation"]["restored"] == 2
    assert team.call("obs", "GET", f"{BASE}/revisions/4").json()["record"]["attendance"][
        "states_parties"]["items"][-1] == "PER"


def test_export_then_import_gives_the_same_record(team: Team) -> None:
    exported = team.call("obs", "GET", f"{BASE}/export")
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    record_from_json(exported.text, "export")  # a file the CLI accepts
    imported = team.call("sec", "POST", "/api/records/import", params={"key": "copy"},
                         content=exported.content, headers={"Content-Type": "application/json"})
    assert imported.status_code == 201, imported.json()
    assert imported.json()["record"] == team.head()["record"]
    again = team.call("sec", "POST", "/api/records/import", params={"key": "copy"},
                      content=exported.content, headers={"Content-Type": "application/json"})
    assert again.status_code == 409
    keys = [r["key"] for r in team.call("obs", "GET", "/api/records").json()]
    assert keys == ["copy", KEY]


def test_invalid_records_and_edits_are_422_with_the_field_path(team: Team) -> None:
    seen = team.head()
    broken = json.loads(json.dumps(seen["record"]))
    broken["sessions"][0]["dates"] = {"start": "2017-10-11", "end": "2017-10-09"}
    answer = team.call("sec", "PUT", BASE, json={"base_revision": seen["revision"],
                                                 "record": broken})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][:3] == ["record", "sessions", 0]
    bad_item = team.call("sec", "POST", f"{BASE}/sessions/IC/agenda-items",
                         json={"value": {"number": "nine", "title": {"en": "x"}}})
    assert bad_item.status_code == 422
    assert bad_item.json()["detail"][0]["loc"] == ["body", "value", "number"]
    no_body = team.call("sec", "DELETE", f"{BASE}/bodies/TA", params={"base_revision": 1})
    assert no_body.status_code == 422  # sessions and documents still name TA
    assert team.head()["revision"] == 1


def test_unknown_ids_are_404(team: Team) -> None:
    assert team.call("obs", "GET", "/api/records/none").status_code == 404
    assert team.call("obs", "GET", f"{BASE}/revisions/99").status_code == 404
    assert team.call("sec", "PUT", f"{BASE}/sessions/XX/agenda-items/1",
                     json={"base_revision": 1, "value": {"number": "1", "title": {"en": "x"}}}
                     ).status_code == 404
    assert team.call("sec", "DELETE", f"{BASE}/sessions/IC/agenda-items/77",
                     params={"base_revision": 1}).status_code == 404


def test_report_and_check_of_the_latest_revision(team: Team) -> None:
    team.call("sec", "PUT", f"{BASE}/attendance/states_parties/states/ISL")
    report = team.call("obs", "GET", f"{BASE}/report", params={"lang": "zh", "format": "md"})
    assert report.status_code == 200
    assert "冰岛" in report.text and "r2.zh.md" in report.headers["content-disposition"]
    docx = team.call("obs", "GET", f"{BASE}/report", params={"lang": "ar", "format": "docx"})
    assert docx.content[:2] == b"PK"
    check = team.call("obs", "GET", f"{BASE}/check").json()
    assert check["record"] == f"{KEY} revision 2" and check["gaps"] > 0
    assert all(f["code"] and f["path"].startswith("$") for f in check["findings"])
    fr = next(row for row in check["translation"] if row["language"] == "fr")
    assert fr["new"] == {"texts": 32, "words": 2315}  # as `sessional check` counts them
    assert fr["final"] == {"texts": 0, "words": 0}


def test_edits_of_each_part_of_the_record(team: Team) -> None:
    seen = team.head()["revision"]
    steps = [
        ("POST", "/officers", {"value": {"name": "Ms. A", "role": "rapporteur"}}),
        ("POST", "/documents", {"value": {"symbol": "CTOC/COP/WG.2/2017/9", "title": {
            "en": "Note"}, "bodies": ["IC"]}}),
        ("POST", "/narrative/deliberations:IC:2/paragraphs", {"value": {
            "text": {"en": "The Working Group discussed."}, "source_language": "en"}}),
        ("POST", "/statement-groups/0/statements", {"base_revision": seen, "value": {
            "delegation": {"state": "ISL"}}}),
        ("POST", "/sessions/IC/meetings", {"value": {"number": 9}}),
        ("PUT", "/documents-status", {"base_revision": seen, "status": "partial"}),
    ]
    for method, path, body in steps:
        answer = team.call("sec", method, BASE + path, json=body)
        assert answer.status_code == 200, (path, answer.json())
    record = team.head()["record"]
    assert record["officers"][-1]["name"] == "Ms. A"
    assert record["documents"]["status"] == "partial"
    assert record["statements"][0]["statements"]["items"][-1]["delegation"] == {"state": "ISL"}
    assert any(d.get("item") == "2" and d.get("body") == "IC"
               for d in record["narrative"]["deliberations"])
    removed = team.call("sec", "DELETE", f"{BASE}/documents/CTOC/COP/WG.2/2017/9",
                        params={"base_revision": team.head()["revision"]})
    assert removed.status_code == 200, removed.json()


def test_a_client_polling_the_record_is_told_when_nothing_changed(team: Team) -> None:
    first = team.call("obs", "GET", BASE)
    assert first.headers["etag"] == '"r1"'
    same = team.call("obs", "GET", BASE, headers={"If-None-Match": '"r1"'})
    assert same.status_code == 304 and not same.content
    team.call("sec", "PUT", f"{BASE}/attendance/states_parties/states/ISL")
    changed = team.call("obs", "GET", BASE, headers={"If-None-Match": '"r1"'})
    assert changed.status_code == 200 and changed.headers["etag"] == '"r2"'


def test_what_a_revision_changed(team: Team) -> None:
    team.call("sec", "PUT", f"{BASE}/attendance/states_parties/states/ISL")
    changed = team.call("obs", "GET", f"{BASE}/revisions/2/changes").json()
    assert changed["before"] == 1 and changed["after"] == 2
    assert changed["changes"] == [{"path": "$.attendance.states_parties.items[76]",
                                   "kind": "added", "before": None, "after": "ISL"}]
    first = team.call("obs", "GET", f"{BASE}/revisions/1/changes").json()
    assert first["before"] == 0 and len(first["changes"]) > 5
    assert team.call("obs", "GET", f"{BASE}/revisions/2/changes",
                     params={"against": 9}).status_code == 404


def test_state_codes_must_name_a_state_of_the_reference_data(team: Team) -> None:
    slip = team.call("sec", "PUT", f"{BASE}/attendance/states_parties/states/FRN")
    assert slip.status_code == 422 and "'FRN'" in slip.json()["detail"][0]["msg"]
    speaker = team.call("chair", "POST", f"{BASE}/speakers",
                        json={"value": {"delegation": {"state": "XYZ"}}})
    assert speaker.status_code == 422
    assert speaker.json()["detail"][0]["msg"].startswith("value.delegation.state:")
    assert team.head()["revision"] == 1
