"""Twenty delegations asking for the floor at once, and a chair calling them, for 30 s against a
real server on SQLite and, at the same time, on PostgreSQL. The requesters' own log of what the
server acknowledged is the oracle: every acknowledged request is on the list exactly once, in
the order of the revisions that acknowledged it; a refused one is not; none is answered 5xx."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher

from sessional.services import SYSTEM_USER, Workspace, access

from .helpers import KEY, PASSWORD
from .live import LiveServer
from .postgres import Cluster

SECONDS = 30.0
FLOOR = f"/api/records/{KEY}/speakers"
HERE = {"item": {"body": "TA", "number": "3"}, "meeting": 1}
STATES = ("ARG", "AUS", "AUT", "BEL", "BRA", "CAN", "CHE", "CHN", "DEU", "EGY",
          "ESP", "FRA", "GBR", "IND", "ITA", "JPN", "MEX", "NGA", "NLD", "ZAF")
CHAIR_PAUSE = 0.05  # seconds between two calls: delegations wait, and ask again in vain
WITHDRAW_EVERY = 7  # a requester withdraws its waiting request every 7th turn
QUICK_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class Log:
    """What the server answered the requesters and the chair."""

    asked: list[tuple[int, str]] = field(default_factory=list)  # (revision, State) acknowledged
    withdrawn: Counter[str] = field(default_factory=Counter)  # acknowledged withdrawals
    refused: Counter[str] = field(default_factory=Counter)  # 409s, by what was refused
    called: int = 0  # acknowledged calls of the next speaker
    failures: list[str] = field(default_factory=list)  # 5xx, other statuses, lost connections


def prepare(url: str) -> dict[str, str]:
    """The demo record, a chair and one delegate account per State; their tokens."""
    workspace = Workspace(url)
    tokens = {}
    for name, role, delegation in [("chair", "chair", None),
                                   *((f"del_{s.lower()}", "delegate", s) for s in STATES)]:
        workspace.accounts.add(name, role, PASSWORD, delegation)
        tokens[name] = workspace.accounts.issue_token(name)
    workspace.load_demo(SYSTEM_USER)
    workspace.records.engine.dispose()
    return tokens


def _note(log: Log, what: str, answer: httpx.Response) -> bool:
    """True for a 2xx; a 409 is counted as refused, anything else as a failure."""
    if answer.is_success:
        return True
    if answer.status_code == 409:
        log.refused[what] += 1
    else:
        log.failures.append(f"{what}: {answer.status_code} {answer.text[:200]}")
    return False


async def requester(client: httpx.AsyncClient, state: str, until: float, log: Log) -> None:
    turn = 0
    while time.monotonic() < until:
        turn += 1
        try:
            if turn % WITHDRAW_EVERY == 0:
                await _withdraw_own(client, state, log)
                continue
            answer = await client.post(FLOOR, json={
                "value": {"delegation": {"state": state}, **HERE}})
            if _note(log, "ask", answer):
                log.asked.append((answer.json()["revision"], state))
        except httpx.TransportError as err:
            log.failures.append(f"{state}: {err!r}")


async def _withdraw_own(client: httpx.AsyncClient, state: str, log: Log) -> None:
    lists = await client.get(FLOOR)
    if not _note(log, "read", lists):
        return
    seen = lists.json()
    mine = [s["index"] for entry in seen["lists"] for s in entry["speakers"]
            if s["request"]["delegation"]["state"] == state
            and s["request"].get("status", "waiting") == "waiting"]
    if mine:
        answer = await client.post(f"{FLOOR}/{mine[0]}/withdraw",
                                   params={"base_revision": seen["revision"]})
        if _note(log, "withdraw", answer) and answer.json()["changed"]:
            log.withdrawn[state] += 1


async def chair(client: httpx.AsyncClient, until: float, log: Log) -> None:
    while time.monotonic() < until:
        try:
            answer = await client.post(f"{FLOOR}/list/call-next", json=HERE)
            if _note(log, "call", answer) and answer.json()["changed"]:
                log.called += 1
        except httpx.TransportError as err:
            log.failures.append(f"chair: {err!r}")
        await asyncio.sleep(CHAIR_PAUSE)


async def meeting(base: str, tokens: dict[str, str]) -> tuple[Log, Any]:
    """SECONDS of requests and calls; the log, and the list as the server has it after."""
    log = Log()
    until = time.monotonic() + SECONDS
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [httpx.AsyncClient(base_url=base, timeout=30, limits=limits,
                                 headers={"Authorization": f"Bearer {tokens[name]}"})
               for name in ["chair", *(f"del_{s.lower()}" for s in STATES)]]
    try:
        await asyncio.gather(chair(clients[0], until, log),
                             *(requester(c, s, until, log)
                               for c, s in zip(clients[1:], STATES, strict=True)))
        final = await clients[0].get(FLOOR)
        assert final.status_code == 200, final.text
        return log, final.json()
    finally:
        for client in clients:
            await client.aclose()


@pytest.fixture()
def servers(tmp_path: Path, postgres: Cluster | None, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[dict[str, tuple[LiveServer, dict[str, str]]]]:
    """A server on each database (prepared one after the other: migrations are not
    thread-safe), started side by side."""
    monkeypatch.setattr(access, "_hasher", QUICK_HASHER)  # the test logs in with tokens only
    urls = {"sqlite": f"sqlite:///{tmp_path / 'sessional.db'}"}
    if postgres is not None:
        urls["postgresql"] = postgres.new_database()
    started = {name: (LiveServer(url, tmp_path / f"{name}.log"), prepare(url))
               for name, url in urls.items()}
    try:
        with ThreadPoolExecutor(len(started)) as pool:
            list(pool.map(lambda s: s.start(), [s for s, _ in started.values()]))
        yield started
    finally:
        for server, _ in started.values():
            server.stop()


async def both(servers: dict[str, tuple[LiveServer, dict[str, str]]]
               ) -> dict[str, tuple[Log, Any]]:
    found = await asyncio.gather(*(meeting(s.base, t) for s, t in servers.values()))
    return dict(zip(servers, found, strict=True))


def test_twenty_requesters_and_a_chair_lose_nothing_and_keep_the_order(
        servers: dict[str, tuple[LiveServer, dict[str, str]]]) -> None:
    for database, (log, final) in asyncio.run(both(servers)).items():
        assert log.failures == [], database
        server_log = servers[database][0].log.read_text(errors="replace")
        assert "Traceback" not in server_log, server_log[-3000:]  # e.g. the live pages' watch
        [listed] = final["lists"]
        entries = [(s["request"]["delegation"]["state"], s["request"].get("status", "waiting"))
                   for s in listed["speakers"]]
        revisions = [revision for revision, _ in log.asked]
        assert len(set(revisions)) == len(revisions), f"{database}: a revision acknowledged twice"
        # every acknowledged request once, in the order of its revision; nothing else
        assert [state for state, _ in entries] == [s for _, s in sorted(log.asked)], database
        assert Counter(s for s, status in entries if status == "withdrawn") == log.withdrawn
        heard = [status for _, status in entries if status != "withdrawn"]
        assert heard[:log.called] == ["done"] * (log.called - 1) + ["speaking"], database
        assert set(heard[log.called:]) <= {"waiting"}, database
        # the run was a contest: requests refused as already waiting, withdrawals, calls
        assert log.refused["ask"] > 0 and sum(log.withdrawn.values()) > 0, (database, log)
        assert log.called > 20 and len(log.asked) > 100, (database, log.called, len(log.asked))
        assert final["revision"] == 1 + len(log.asked) + sum(log.withdrawn.values()) \
            + log.called, database
