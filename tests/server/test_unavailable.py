"""A database that stops answering: 503 with Retry-After, never a 500; back when it is back."""

from __future__ import annotations

import os

import pytest

from .helpers import KEY, make_team
from .postgres import SKIP_VARIABLE, Cluster

STATE = f"/api/records/{KEY}/attendance/states_parties/states/ISL"


@pytest.mark.skipif(os.environ.get(SKIP_VARIABLE) == "skip", reason=f"{SKIP_VARIABLE}=skip")
def test_a_database_that_goes_away_is_503_and_writing_resumes_after() -> None:
    cluster = Cluster()
    cluster.start()
    try:
        team = make_team(cluster.new_database())
        assert team.call("sec", "PUT", STATE).status_code == 200
        cluster.pause()
        for method, path in (("GET", f"/api/records/{KEY}"), ("DELETE", STATE),
                             ("GET", f"/api/records/{KEY}/revisions")):
            answer = team.call("sec", method, path)
            assert answer.status_code == 503, (path, answer.text)
            assert answer.headers["retry-after"] == "5"
            assert "cannot be reached" in answer.json()["detail"]
        cluster.resume()
        for _ in range(3):  # the pool drops the dead connections as it meets them
            answer = team.call("sec", "DELETE", STATE)
            if answer.status_code != 503:
                break
        assert answer.status_code == 200 and answer.json()["revision"] == 3
    finally:
        cluster.stop()
