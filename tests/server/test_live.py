"""A real server under load: many writers at once, and a server killed mid-stream."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .helpers import KEY, make_team
from .live import LiveServer

BASE = f"/api/records/{KEY}"
WRITERS = 50
SECONDS = float(os.environ.get("SESSIONAL_STRESS_SECONDS", "20"))


@pytest.fixture()
def server(db_url: str, tmp_path: Path) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    team = make_team(db_url)
    team.workspace.records.engine.dispose()
    live = LiveServer(db_url, tmp_path / "server.log")
    live.start()
    try:
        yield live, {"Authorization": f"Bearer {team.tokens['sec']}"}
    finally:
        live.stop()


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.speakers: list[str] = []
        self.officers: list[str] = []
        self.revisions: list[int] = []
        self.refused = 0
        self.failures: list[str] = []

    def acked(self, kind: list[str], tag: str, answer: dict[str, Any]) -> None:
        with self.lock:
            kind.append(tag)
            self.revisions.append(answer["revision"])


def _writer(live: LiveServer, auth: dict[str, str], number: int, until: float,
            tally: Tally) -> None:
    try:
        _write_until(live, auth, number, until, tally)
    except httpx.TransportError as error:  # a lost connection is a failure too, not a quiet end
        with tally.lock:
            tally.failures.append(f"writer {number}: {error!r}")
        raise


def _write_until(live: LiveServer, auth: dict[str, str], number: int, until: float,
                 tally: Tally) -> None:
    with httpx.Client(base_url=live.base, headers=auth, timeout=120) as client:
        step = 0
        while time.monotonic() < until:
            step += 1
            tag = f"w{number}-{step}"
            if step % 10:
                answer = client.post(f"{BASE}/speakers", json={"value": {
                    "delegation": {"state": "FRA"}, "on_behalf_of": tag}})
                if answer.status_code == 200:
                    tally.acked(tally.speakers, tag, answer.json())
                    continue
            else:  # now and then a whole-record write, made again on each refusal
                answer = _write_whole(client, tag, tally)
                if answer.status_code in (200, 409):
                    continue
            with tally.lock:
                tally.failures.append(f"{answer.status_code} {answer.text[:200]}")


def _write_whole(client: httpx.Client, tag: str, tally: Tally) -> httpx.Response:
    """Add an officer by writing the whole record; on 409 start again from the latest
    revision the refusal gives, as an editor would (five tries)."""
    seen = client.get(BASE).json()
    for _ in range(5):
        record = seen["record"]
        record["officers"] = [*record.get("officers", []), {"name": tag, "role": "panellist"}]
        answer = client.put(BASE, json={"base_revision": seen["revision"], "record": record})
        if answer.status_code == 200:
            tally.acked(tally.officers, tag, answer.json())
            return answer
        if answer.status_code != 409:
            return answer
        with tally.lock:
            tally.refused += 1
        seen = answer.json()["current"]
    return answer


def test_fifty_writers_lose_no_operation(server: tuple[LiveServer, dict[str, str]]) -> None:
    live, auth = server
    tally = Tally()
    until = time.monotonic() + SECONDS
    threads = [threading.Thread(target=_writer, args=(live, auth, n, until, tally))
               for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not tally.failures, tally.failures[:5]
    with httpx.Client(base_url=live.base, headers=auth, timeout=60) as client:
        latest = client.get(BASE).json()
        history = client.get(f"{BASE}/revisions", params={"limit": 1000, "offset": 0}).json()
    acked = len(tally.speakers) + len(tally.officers)
    assert acked > WRITERS  # every writer got through, more than once on the whole
    assert sorted(tally.revisions) == list(range(2, acked + 2))  # one revision per operation
    assert latest["revision"] == acked + 1
    assert history[0]["number"] == acked + 1
    speakers = [s["on_behalf_of"] for s in latest["record"]["speakers"]]
    assert sorted(speakers) == sorted(tally.speakers)
    officers = [o["name"] for o in latest["record"].get("officers", [])
                if o["role"] == "panellist"]
    assert sorted(officers) == sorted(tally.officers)
    print(f"\n{acked} operations acknowledged in {SECONDS:.0f} s "
          f"({len(tally.officers)} whole-record writes, {tally.refused} refused as stale)")


def test_killing_the_server_loses_nothing_acknowledged(
        server: tuple[LiveServer, dict[str, str]]) -> None:
    live, auth = server
    tally = Tally()
    stop = time.monotonic() + 60

    def write(number: int) -> None:
        # once the server is gone, what was not acknowledged may or may not be there
        with contextlib.suppress(httpx.TransportError):
            _writer(live, auth, number, stop, tally)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    while len(tally.speakers) < 100 and time.monotonic() < stop - 10:
        time.sleep(0.01)
    assert len(tally.speakers) >= 100, "the writers did not get going"
    with tally.lock:
        assert not tally.failures, tally.failures[:5]  # nothing refused before the kill
        live.kill()
    for thread in threads:
        thread.join()
    # after the kill each writer lost its connection once and stopped; no answer was an error
    assert len(tally.failures) == 8, tally.failures
    assert all(f.startswith("writer ") and "Error" in f for f in tally.failures), tally.failures
    live.start()
    with httpx.Client(base_url=live.base, headers=auth, timeout=60) as client:
        latest = client.get(BASE).json()
    speakers = {s["on_behalf_of"] for s in latest["record"]["speakers"]}
    officers = {o["name"] for o in latest["record"].get("officers", [])}
    assert set(tally.speakers) <= speakers
    assert set(tally.officers) <= officers
    assert latest["revision"] >= len(tally.speakers) + len(tally.officers) + 1
