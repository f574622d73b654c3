"""The chair's speaking time over the API: only the chair (or an admin) starts and stops it,
within sensible limits, and each start or stop is an event of the lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import KEY, Team, make_team

TIMER = f"/api/records/{KEY}/speakers/list/timer"
HERE = {"item": {"body": "TA", "number": "3"}, "meeting": 1}


@pytest.fixture()
def team(tmp_path: Path) -> Team:
    return make_team(f"sqlite:///{tmp_path / 'sessional.db'}")


def test_the_chair_starts_and_stops_the_timer_and_each_is_an_event(team: Team) -> None:
    started = team.call("chair", "POST", TIMER, json={"place": HERE, "action": "start",
                                                      "limit": 120})
    assert (started.status_code, started.json()) == (200, {"event": 1})
    stopped = team.call("admin", "POST", TIMER, json={"place": HERE, "action": "stop"})
    assert (stopped.status_code, stopped.json()) == (200, {"event": 2})


@pytest.mark.parametrize("who", ["del_fra", "sec", "obs"])
def test_no_one_but_the_chair_times_the_speakers(team: Team, who: str) -> None:
    answer = team.call(who, "POST", TIMER, json={"place": HERE, "action": "start"})
    assert answer.status_code == 403
    assert answer.json()["detail"].endswith("may not time the speakers")


def test_a_speaking_time_under_ten_seconds_is_refused(team: Team) -> None:
    answer = team.call("chair", "POST", TIMER, json={"place": HERE, "action": "start",
                                                     "limit": 5})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", "limit"]
