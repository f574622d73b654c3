"""The lists of speakers pushed to the pages (Server-Sent Events) by a real server: a page that
lost its connection for ten changes and came back with Last-Event-ID ends with the same list as
one that never left, and every page sees the changes in the same order."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .helpers import KEY, make_team
from .live import LiveServer

FLOOR = f"/api/records/{KEY}/speakers"
HERE = {"item": {"body": "TA", "number": "3"}, "meeting": 1}
FIRST = ("AUT", "BEL", "CHN")
WHILE_AWAY = ("DEU", "ESP", "FRA", "GBR", "ITA", "JPN", "MEX", "NLD")  # 8 + 2 calls = 10


class Stream(threading.Thread):
    """One page's stream: its events as (event, id, data), until it has `want` of them."""

    def __init__(self, base: str, token: str, want: int, last_id: str | None = None) -> None:
        super().__init__(daemon=True)
        self.headers = {"Authorization": f"Bearer {token}"}
        if last_id is not None:
            self.headers["Last-Event-ID"] = last_id
        self.url, self.want = f"{base}{FLOOR}/events", want
        self.events: list[tuple[str, str, Any]] = []
        self.arrived: list[float] = []  # time.monotonic() of each event's arrival
        self.first = threading.Event()

    def run(self) -> None:
        with httpx.stream("GET", self.url, headers=self.headers, timeout=20) as answer:
            assert answer.status_code == 200, answer.read()
            fields: dict[str, str] = {}
            for line in answer.iter_lines():
                if line.startswith(":"):
                    continue
                if line:
                    name, _, value = line.partition(":")
                    fields[name] = value.removeprefix(" ")
                    continue
                if "data" in fields:
                    self.events.append((fields.get("event", "message"), fields["id"],
                                        json.loads(fields["data"])))
                    self.arrived.append(time.monotonic())
                    self.first.set()
                    if len(self.events) >= self.want:
                        return
                fields = {}

    def started(self) -> Stream:
        self.start()
        assert self.first.wait(10), "no first event"
        return self

    def done(self) -> list[tuple[str, str, Any]]:
        self.join(20)
        assert not self.is_alive(), f"only {len(self.events)} of {self.want} events"
        return self.events


@pytest.fixture()
def live(tmp_path: Path) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    url = f"sqlite:///{tmp_path / 'sessional.db'}"
    team = make_team(url)
    team.workspace.records.engine.dispose()
    server = LiveServer(url, tmp_path / "server.log")
    server.start()
    try:
        yield server, team.tokens
    finally:
        server.stop()


def change(server: LiveServer, token: str, path: str, body: Any) -> None:
    answer = httpx.post(f"{server.base}{FLOOR}{path}", json=body, timeout=20,
                        headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text


def ask(server: LiveServer, tokens: dict[str, str], state: str) -> None:
    change(server, tokens["sec"], "", {"value": {"delegation": {"state": state}, **HERE}})


def shown(lists: Any) -> list[tuple[str, str]]:
    """(State, status) of each request of the one list, as a page shows it."""
    [found] = lists["lists"]
    return [(s["request"]["delegation"]["state"], s["request"].get("status", "waiting"))
            for s in found["speakers"]]


def test_a_page_back_after_ten_changes_shows_what_a_page_that_never_left_shows(
        live: tuple[LiveServer, dict[str, str]]) -> None:
    server, tokens = live
    stayed = Stream(server.base, tokens["obs"], 1 + 3 + 10).started()
    away = Stream(server.base, tokens["del_fra"], 1 + 3).started()
    for state in FIRST:
        ask(server, tokens, state)
    before = away.done()  # the page lost its connection after the third change
    assert [(kind, id_) for kind, id_, _ in before] == [
        ("snapshot", "0"), ("lists", "1"), ("lists", "2"), ("lists", "3")]
    assert before[0][2] == {"revision": 1, "lists": []}
    for state in WHILE_AWAY:
        ask(server, tokens, state)
    for _ in range(2):
        change(server, tokens["chair"], "/list/call-next", HERE)
    everything = stayed.done()
    back = Stream(server.base, tokens["del_fra"], 10, last_id=before[-1][1])
    back.start()
    missed = back.done()
    assert [id_ for _, id_, _ in missed] == [str(n) for n in range(4, 14)]
    assert all(kind == "lists" for kind, _, _ in missed)
    expected = [("AUT", "done"), ("BEL", "speaking"), ("CHN", "waiting"), ("DEU", "waiting"),
                ("ESP", "waiting"), ("FRA", "waiting"), ("GBR", "waiting"),
                ("ITA", "waiting"), ("JPN", "waiting"), ("MEX", "waiting"),
                ("NLD", "waiting")]
    assert shown(missed[-1][2]) == expected
    assert shown(everything[-1][2]) == expected
    # the same events in the same order on both pages, from the third change on
    assert [e[1:] for e in everything[1:4]] == [e[1:] for e in before[1:]]
    assert [e[1:] for e in everything[4:]] == [e[1:] for e in missed]
    assert [len(shown(data)) for _, _, data in everything[1:12]] == list(range(1, 12))


def test_a_page_that_comes_back_with_an_id_never_sent_gets_the_lists_as_they_are(
        live: tuple[LiveServer, dict[str, str]]) -> None:
    server, tokens = live
    for state in FIRST:
        ask(server, tokens, state)
    # as after a restart of the server: the page saw event 57 of the process before
    [(kind, id_, data)] = Stream(server.base, tokens["obs"], 1, last_id="57").started().done()
    assert (kind, id_) == ("snapshot", "3")
    assert shown(data) == [("AUT", "waiting"), ("BEL", "waiting"), ("CHN", "waiting")]


def test_the_stream_of_a_record_that_does_not_exist_is_refused(
        live: tuple[LiveServer, dict[str, str]]) -> None:
    server, tokens = live
    answer = httpx.get(f"{server.base}/api/records/no-such/speakers/events", timeout=10,
                       headers={"Authorization": f"Bearer {tokens['obs']}"})
    assert answer.status_code == 404
    assert answer.json() == {"detail": "no record 'no-such'"}
    assert httpx.get(f"{server.base}{FLOOR}/events", timeout=10).status_code == 401


def test_a_change_of_the_list_by_any_route_reaches_every_page_within_a_second(
        live: tuple[LiveServer, dict[str, str]]) -> None:
    """Not only the speakers routes: the generic edit of a request, its removal, the
    restore of an old revision."""
    server, tokens = live
    for state in ("AUT", "BEL"):
        ask(server, tokens, state)  # revisions 2 and 3
    page = Stream(server.base, tokens["obs"], 1 + 3).started()
    sec = {"Authorization": f"Bearer {tokens['sec']}"}
    eu = {"delegation": {"state": "BEL"}, "kind": "on_behalf",
          "on_behalf_of": "the European Union and its member States", **HERE}
    record = f"{server.base}/api/records/{KEY}"
    changes = [("PUT", f"{FLOOR}/1", {"json": {"value": eu, "base_revision": 3}}),
               ("DELETE", f"{FLOOR}/0", {"params": {"base_revision": 4}}),
               ("POST", "/revisions/3/restore", {"json": {"base_revision": 5}})]
    sent = []
    for method, path, body in changes:
        sent.append(time.monotonic())
        where = f"{server.base}{path}" if path.startswith("/api") else f"{record}{path}"
        answer = httpx.request(method, where, headers=sec, timeout=20, **body)
        assert answer.status_code == 200, answer.text
        time.sleep(1.2)  # each change has its own event
    events = page.done()
    assert [(kind, data["revision"]) for kind, _, data in events] == [
        ("snapshot", 3), ("lists", 4), ("lists", 5), ("lists", 6)]
    [_, on_behalf, removed, restored] = [data for _, _, data in events]
    [entry] = on_behalf["lists"]
    assert [(s["index"], s["request"]["delegation"]["state"], s["request"]["kind"],
             s["request"].get("on_behalf_of")) for s in entry["speakers"]] == [
        (0, "AUT", "statement", None),
        (1, "BEL", "on_behalf", "the European Union and its member States")]
    assert shown(removed) == [("BEL", "waiting")]
    assert shown(restored) == [("AUT", "waiting"), ("BEL", "waiting")]
    lags = [arrived - at for arrived, at in zip(page.arrived[1:], sent, strict=True)]
    assert all(lag < 1.0 for lag in lags), lags
