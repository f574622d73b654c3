"""Every access rule of services/access.py, for each role it must refuse (and one it allows).

admin: everything, users included; secretariat: edits records; chair: runs the list of speakers;
delegate: asks for the floor for its own delegation and withdraws its own requests; observer: reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ..conftest import EXAMPLE
from .helpers import KEY, PASSWORD, Team, make_team

BASE = f"/api/records/{KEY}"
FLOOR = f"{BASE}/speakers"
ALL = ("admin", "sec", "chair", "del_fra", "obs")


@pytest.fixture()
def team(tmp_path: Path) -> Team:
    """The roles are the same on every database; SQLite keeps this table of cases quick."""
    team = make_team(f"sqlite:///{tmp_path / 'sessional.db'}")
    for who, state in (("chair", "DEU"), ("del_fra", "FRA")):  # requests 0 (DEU) and 1 (FRA)
        answer = team.call(who, "POST", FLOOR, json={"value": {"delegation": {"state": state}}})
        assert answer.status_code == 200, answer.json()
    return team


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


Request = Callable[[Team], tuple[str, str, dict[str, Any]]]
RULES: dict[str, tuple[Request, tuple[str, ...]]] = {  # rule: (request, roles it allows)
    "mark a State present": (lambda t: (
        "PUT", f"{BASE}/attendance/states_parties/states/ISL", {}), ("admin", "sec")),
    "add an officer": (lambda t: (
        "POST", f"{BASE}/officers", {"json": {"value": {"name": "X", "role": "chair"}}}),
        ("admin", "sec")),
    "replace the whole record": (lambda t: (
        "PUT", BASE, {"json": {"base_revision": t.head()["revision"],
                               "record": t.head()["record"]}}), ("admin", "sec")),
    "restore a revision": (lambda t: (
        "POST", f"{BASE}/revisions/1/restore",
        {"json": {"base_revision": t.head()["revision"]}}), ("admin", "sec")),
    "create a record": (lambda t: (
        "POST", "/api/records", {"json": {"key": "another", "record": _example()}}),
        ("admin", "sec")),
    "import a record": (lambda t: (
        "POST", "/api/records/import", {"params": {"key": "another"}, "json": _example()}),
        ("admin", "sec")),
    "ask for the floor for another delegation": (lambda t: (
        "POST", FLOOR, {"json": {"value": {"delegation": {"state": "ITA"}}}}),
        ("admin", "sec", "chair")),
    # a right of reply: the record is shared by the module's tests, and a second plain
    # statement of a delegation already waiting is refused (409) whoever asks
    "ask for the floor for one's own delegation": (lambda t: (
        "POST", FLOOR, {"json": {"value": {"delegation": {"state": "FRA"},
                                           "kind": "right_of_reply"}}}),
        ("admin", "sec", "chair", "del_fra")),
    "replace another delegation's request for the floor": (lambda t: (
        "PUT", f"{FLOOR}/0", {"json": {"base_revision": t.head()["revision"],
                                       "value": {"delegation": {"state": "FRA"}}}}),
        ("admin", "sec", "chair")),
    "change one's own request for the floor": (lambda t: (
        "PUT", f"{FLOOR}/1", {"json": {"base_revision": t.head()["revision"],
                                       "value": {"delegation": {"state": "FRA"},
                                                 "on_behalf_of": "a group"}}}),
        ("admin", "sec", "chair")),
    "withdraw another delegation's request": (lambda t: (
        "DELETE", f"{FLOOR}/0", {"params": {"base_revision": t.head()["revision"]}}),
        ("admin", "sec", "chair")),
    "withdraw one's own request": (lambda t: (
        "DELETE", f"{FLOOR}/1", {"params": {"base_revision": t.head()["revision"]}}),
        ("admin", "sec", "chair", "del_fra")),
    "reorder the list of speakers": (lambda t: (
        "POST", f"{FLOOR}/1/move", {"json": {"step": "up"}}), ("admin", "sec")),
    "record who spoke": (lambda t: ("POST", f"{FLOOR}/1/spoken", {}), ("admin", "sec")),
    "call the next speaker": (lambda t: (
        "POST", f"{FLOOR}/list/call-next", {"json": {}}), ("admin", "chair")),
    "close a list of speakers": (lambda t: (
        "POST", f"{FLOOR}/list/close", {"json": {}}), ("admin", "sec", "chair")),
    "list users": (lambda t: ("GET", "/api/users", {}), ("admin",)),
    "add a user": (lambda t: ("POST", "/api/users", {"json": {
        "name": "new_obs", "role": "observer", "password": PASSWORD}}), ("admin",)),
    "disable a user": (lambda t: (
        "PATCH", "/api/users/obs", {"json": {"disabled": True}}), ("admin",)),
    "set a user's password": (lambda t: (
        "PATCH", "/api/users/obs", {"json": {"password": "another long password"}}),
        ("admin",)),
}
REFUSED = [(rule, who) for rule, (_, allowed) in RULES.items() for who in ALL
           if who not in allowed]
ALLOWED = [(rule, allowed[-1]) for rule, (_, allowed) in RULES.items()]


def _state(team: Team) -> tuple[int, list[str], list[str]]:
    """What a refused request must leave as it was: the revision, the records, the users."""
    users = [u["name"] for u in team.call("admin", "GET", "/api/users").json()]
    records = [r["key"] for r in team.call("obs", "GET", "/api/records").json()]
    return team.head()["revision"], records, users


@pytest.mark.parametrize(("rule", "who"), REFUSED, ids=[f"{r}-{w}" for r, w in REFUSED])
def test_a_role_that_may_not_is_refused_and_nothing_changes(team: Team, rule: str,
                                                            who: str) -> None:
    method, path, kwargs = RULES[rule][0](team)
    before = _state(team)
    answer = team.call(who, method, path, **kwargs)
    assert answer.status_code == 403, (answer.status_code, answer.text)
    assert answer.json()["detail"].startswith(f"{who} (")  # names who was refused, and why
    assert _state(team) == before
    assert team.client.post("/api/session", json={"name": "obs", "password": PASSWORD}
                            ).status_code == 200  # the password was not changed either


@pytest.mark.parametrize(("rule", "who"), ALLOWED, ids=[f"{r}-{w}" for r, w in ALLOWED])
def test_the_least_role_that_may_is_allowed(team: Team, rule: str, who: str) -> None:
    method, path, kwargs = RULES[rule][0](team)
    answer = team.call(who, method, path, **kwargs)
    assert answer.status_code in (200, 201, 204), (answer.status_code, answer.text)


def test_a_delegate_cannot_overwrite_another_delegations_request_for_the_floor(
        team: Team) -> None:
    seen = team.head()
    forged = team.call("del_fra", "PUT", f"{FLOOR}/0", json={
        "base_revision": seen["revision"], "value": {"delegation": {"state": "FRA"}}})
    assert forged.status_code == 403
    assert "withdraw a request for the floor, not change one" in forged.json()["detail"]
    assert [s["delegation"]["state"] for s in team.head()["record"]["speakers"]] == ["DEU", "FRA"]
    assert team.head()["revision"] == seen["revision"]
