"""Records over the API hold text only: control characters and deep nesting are refused with
422 naming the field, and nothing of them is stored, so every report still renders."""

from __future__ import annotations

import pytest

from .helpers import KEY, Team, make_team

BASE = f"/api/records/{KEY}"
PARAGRAPH = "$.narrative.deliberations[0].paragraphs.items[0].text.en"
REFUSED = ("U+000B (line tabulation) at character 4 is not allowed in text (only tab and new "
           "line among control characters)")


@pytest.fixture()
def team(db_url: str) -> Team:
    return make_team(db_url)


def reports_render(team: Team) -> None:
    for lang in ("en", "ar"):
        answer = team.call("obs", "GET", f"{BASE}/report", params={"lang": lang,
                                                                   "format": "docx"})
        assert answer.status_code == 200 and answer.content[:2] == b"PK"


def test_a_control_character_in_a_whole_record_is_422_naming_the_field(team: Team) -> None:
    seen = team.head()
    record = seen["record"]
    record["narrative"]["deliberations"][0]["paragraphs"]["items"][0]["text"]["en"] = "One\vtwo"
    answer = team.call("sec", "PUT", BASE, json={"base_revision": seen["revision"],
                                                 "record": record})
    assert answer.status_code == 422
    assert [(d["path"], d["msg"]) for d in answer.json()["detail"]] == [(PARAGRAPH, REFUSED)]
    assert team.head()["revision"] == seen["revision"]
    reports_render(team)


def test_a_control_character_in_an_added_paragraph_is_422_naming_the_field(
        team: Team) -> None:
    answer = team.call("sec", "POST", f"{BASE}/narrative/deliberations:IC:2/paragraphs",
                       json={"value": {"text": {"en": "One\vtwo"}, "source_language": "en"}})
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert [d["msg"] for d in detail] == [REFUSED]
    assert detail[0]["path"].startswith("$.narrative.deliberations[")
    assert detail[0]["path"].endswith("].text.en")
    reports_render(team)


def test_an_agenda_item_title_with_an_escape_is_refused(team: Team) -> None:
    answer = team.call("sec", "PUT", f"{BASE}/sessions/IC/agenda-items/1", json={
        "base_revision": team.head()["revision"],
        "value": {"number": "1", "title": {"en": "Opening\x1b[2J"}}})
    assert answer.status_code == 422
    assert [d["msg"] for d in answer.json()["detail"]] == [
        "U+001B (escape) at character 8 is not allowed in text (only tab and new line among "
        "control characters)"]


def test_a_record_nested_too_deep_is_422(team: Team) -> None:
    seen = team.head()
    record = seen["record"]
    deep: object = 1
    for _ in range(100):
        deep = [deep]
    record["report"]["extra"] = deep
    answer = team.call("sec", "PUT", BASE, json={"base_revision": seen["revision"],
                                                 "record": record})
    assert answer.status_code == 422
    [fault] = answer.json()["detail"]
    assert fault["msg"] == "nested deeper than 64 levels (the limit, SESSIONAL_MAX_JSON_DEPTH)"
    assert fault["path"].startswith("$.report.extra[0][0]")


@pytest.mark.parametrize(("who", "path", "body", "field"), [
    (None, "/api/session", b'{"name": "ana", "password": "\\ud800"}', "$.password"),
    (None, "/api/session", b'{"name": "\\udfff x", "password": "p"}', "$.name"),
    ("sec", "/api/records", b'{"key": "k\\ud800", "record": {}}', "$.key"),
])
def test_a_lone_surrogate_sent_as_json_is_422_naming_the_field_not_a_500(
        team: Team, who: str | None, path: str, body: bytes, field: str) -> None:
    # JSON may write "\ud800", a half of a pair alone, which no text can hold
    headers = {"content-type": "application/json"}
    answer = (team.client.post(path, content=body, headers=headers) if who is None else
              team.call(who, "POST", path, content=body, headers=headers))
    assert answer.status_code == 422
    assert field in [d.get("path") for d in answer.json()["detail"]]
    assert team.head()["revision"] == 1
