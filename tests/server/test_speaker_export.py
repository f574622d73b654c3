"""A list of speakers as CSV: what was requested, who was called and who spoke, with times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import KEY, Team, make_team

FLOOR = f"/api/records/{KEY}/speakers"
HERE = {"item": {"body": "TA", "number": "3"}, "meeting": 1}


@pytest.fixture()
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    """The server's clock, a minute a change from 10:00 UTC on 11 October 2017."""
    minutes: Iterator[int] = iter(range(100))
    monkeypatch.setattr("sessional.services.floor._now", lambda: dt.datetime(
        2017, 10, 11, 10, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=next(minutes)))
    return make_team(f"sqlite:///{tmp_path / 'sessional.db'}")


def post(team: Team, who: str, path: str, body: object) -> None:
    answer = team.call(who, "POST", FLOOR + path, json=body)
    assert answer.status_code == 200, answer.text


def test_the_csv_says_who_asked_was_called_and_spoke_and_when(team: Team) -> None:
    post(team, "del_fra", "", {"value": {"delegation": {"state": "FRA"}, "kind": "on_behalf",
                                         "on_behalf_of": "European Union", **HERE}})  # 10:00
    post(team, "sec", "", {"value": {"delegation": {"state": "CHN"}, **HERE}})  # 10:01
    post(team, "sec", "", {"value": {"delegation": {"state": "AUT"}, **HERE}})  # 10:02
    post(team, "chair", "/list/call-next", HERE)  # 10:03 France
    post(team, "sec", "/2/withdraw", None)  # Austria withdraws
    post(team, "chair", "/list/call-next", HERE)  # 10:04 France ends, China has the floor
    answer = team.call("obs", "GET", f"{FLOOR}/export.csv",
                       params={"body": "TA", "item": "3", "meeting": 1, "lang": "zh"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == \
        'attachment; filename="speakers-untoc-wg-2017-TA3-1.csv"'
    assert answer.text.splitlines() == [
        "order,delegation,name,kind,on_behalf_of,status,requested_at,called_at,ended_at",
        "1,FRA,法国,on_behalf,European Union,done,2017-10-11T10:00:00Z,2017-10-11T10:03:00Z,"
        "2017-10-11T10:04:00Z",
        "2,CHN,中国,statement,,speaking,2017-10-11T10:01:00Z,2017-10-11T10:04:00Z,",
        "3,AUT,奥地利,statement,,withdrawn,2017-10-11T10:02:00Z,,",
    ]


def test_a_request_cannot_bring_its_own_times(team: Team) -> None:
    post(team, "del_fra", "", {"value": {"delegation": {"state": "FRA"}, **HERE,
                                         "requested_at": "2001-01-01T00:00:00Z",
                                         "ended_at": "2001-01-01T00:05:00Z"}})
    [entry] = team.call("obs", "GET", FLOOR).json()["lists"]
    request = entry["speakers"][0]["request"]
    assert (request["requested_at"], request.get("ended_at")) == ("2017-10-11T10:00:00Z", None)


def test_the_csv_of_a_list_needs_its_agenda_item(team: Team) -> None:
    answer = team.call("obs", "GET", f"{FLOOR}/export.csv", params={"meeting": 1})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["query", "item"]
