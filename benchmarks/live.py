#!/usr/bin/env python3
"""The list of speakers pushed to many pages: 100, 1,000 and 3,000 Server-Sent Events clients.

    .venv/bin/python benchmarks/live.py [--clients 100,1000,3000] [--changes 40]

A `sessional serve` process (SQLite, the embedded example) and N clients on loopback, each
streaming GET …/speakers/events; the benchmark then makes `--changes` changes of a list of
speakers through the API (requests for the floor, one by one) and times each from the moment
its POST is sent to the arrival of its event at *every* client (and, apart, until the POST is
answered: the change committed and its lists published). The baseline, measured in the
same run with the same clients and the payload of sessional's last event: a bare Starlette SSE
broadcast on uvicorn (benchmarks/live_bare.py), which stores and checks nothing. Also: the
server's resident memory per connected client, and clients that lost their stream. The
benchmark raises its open-file limit (each client is a socket at both ends, both inherit it)
and starts sessional with a `--max-connections` above the clients.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.server.live import LiveServer  # noqa: E402
from tests.server.postgres import free_port  # noqa: E402

from sessional.refdata.countries import all_countries  # noqa: E402
from sessional.services import Workspace  # noqa: E402

KEY = "untoc-wg-2017"
PLACE = {"item": {"body": "TA", "number": "3"}, "meeting": 1}
SPARE = 256  # connections and files beyond the clients: the changes' requests, the database
CODES = tuple(sorted(all_countries()))  # one request each: a delegation waits only once


@dataclass
class Arrivals:
    """When each event id reached the clients: how many have it, and the latest arrival."""

    clients: int
    count: dict[int, int] = field(default_factory=dict)
    last: dict[int, float] = field(default_factory=dict)
    ready: int = 0
    dropped: int = 0
    payload: bytes = b"{}"
    done: dict[int, asyncio.Event] = field(default_factory=dict)

    def arrived(self, event_id: int, data: bytes) -> None:
        self.count[event_id] = self.count.get(event_id, 0) + 1
        self.last[event_id] = time.perf_counter()
        self.payload = data
        if self.count[event_id] == self.clients:
            self.waiter(event_id).set()

    def waiter(self, event_id: int) -> asyncio.Event:
        return self.done.setdefault(event_id, asyncio.Event())


async def client(port: int, path: str, token: str | None, arrivals: Arrivals,
                 stop: asyncio.Event) -> None:
    """A page's stream, read line by line: 'id:' then 'data:' lines name each event."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**22)
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                 f"{auth}\r\n".encode())
    await writer.drain()
    first, event_id = True, None
    try:
        while not stop.is_set():
            line = await reader.readline()
            if not line:
                arrivals.dropped += 1
                return
            if line.startswith(b"id: "):
                event_id = int(line[4:].strip())
            elif line.startswith(b"data: ") and event_id is not None:
                if first:
                    arrivals.ready, first = arrivals.ready + 1, False
                else:
                    arrivals.arrived(event_id, line[6:].rstrip(b"\r\n"))
    finally:
        writer.close()


def rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines()
                if line.startswith("VmRSS:")) / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


async def measure(port: int, pid: int, path: str, token: str | None, clients: int,
                  changes: int, change: object) -> dict[str, float]:
    arrivals, stop = Arrivals(clients), asyncio.Event()
    before = rss_mib(pid)
    tasks = []
    for _ in range(clients):  # connect in batches: the server accepts at its own pace
        tasks.append(asyncio.create_task(client(port, path, token, arrivals, stop)))
        if len(tasks) % 50 == 0:
            await asyncio.sleep(0.05)
    deadline = time.perf_counter() + 300
    while arrivals.ready < clients and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    assert arrivals.ready == clients, f"only {arrivals.ready} of {clients} connected"
    per_client = (rss_mib(pid) - before) / clients
    latencies, answered = [], []
    async with httpx.AsyncClient(timeout=60) as http:
        for number in range(1, changes + 1):
            waiter = arrivals.waiter(number)
            start = time.perf_counter()
            await change(http, number)  # type: ignore[operator]
            answered.append(time.perf_counter() - start)
            await asyncio.wait_for(waiter.wait(), 60)
            latencies.append(arrivals.last[number] - start)
            await asyncio.sleep(0.05)
    stop.set()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return {"p50": percentile(latencies, 0.5) * 1000, "p99": percentile(latencies, 0.99) * 1000,
            "max": max(latencies) * 1000, "answer_p50": percentile(answered, 0.5) * 1000,
            "mib_per_client": per_client * 1024,
            "dropped": arrivals.dropped, "payload": len(arrivals.payload),
            "_payload": arrivals.payload}  # type: ignore[dict-item]


def sessional_server(folder: Path, connections: int) -> tuple[LiveServer, str]:
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'sessional.db'}"
    workspace = Workspace(url)
    workspace.accounts.add("sec", "secretariat", "correct horse battery staple")
    token = workspace.accounts.issue_token("sec")
    workspace.records.engine.dispose()
    live = LiveServer(url, folder / "server.log", demo=True,
                      options=("--max-connections", str(connections)))
    live.start()
    return live, token


def bare_server(log: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "benchmarks.live_bare:app", "--port", str(port),
             "--log-level", "warning", "--no-access-log"], cwd=ROOT, stdout=out,
            stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/ready", timeout=1)
            return process, port
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the bare broadcast did not start")


def run(clients: int, changes: int, folder: Path) -> None:
    live, token = sessional_server(folder / f"s{clients}", clients + SPARE)
    headers = {"Authorization": f"Bearer {token}"}
    base = f"{live.base}/api/records/{KEY}/speakers"

    async def inscribe(http: httpx.AsyncClient, number: int) -> None:
        state = CODES[(number - 1) % len(CODES)]
        answer = await http.post(base, headers=headers, json={"value": {
            "delegation": {"state": state}, **PLACE}})
        assert answer.status_code == 200, answer.text

    try:
        assert live.process is not None
        ours = asyncio.run(measure(live.port, live.process.pid,
                                   f"/api/records/{KEY}/speakers/events", token, clients,
                                   changes, inscribe))
    finally:
        live.stop()
    payload = cast(bytes, ours.pop("_payload"))
    bare, port = bare_server(folder / "bare.log")

    async def broadcast(http: httpx.AsyncClient, number: int) -> None:
        answer = await http.post(f"http://127.0.0.1:{port}/change", content=payload)
        assert answer.status_code == 200

    try:
        theirs = asyncio.run(measure(port, bare.pid, "/events", None, clients, changes,
                                     broadcast))
    finally:
        bare.terminate()
        bare.wait(timeout=20)
    theirs.pop("_payload")
    for name, found in (("sessional", ours), ("bare SSE", theirs)):
        print(f"{clients:>5} clients  {name:<10} to all: p50 {found['p50']:7.1f} ms  "
              f"p99 {found['p99']:7.1f} ms  max {found['max']:7.1f} ms  "
              f"(POST answered: p50 {found['answer_p50']:6.1f} ms)  "
              f"memory {found['mib_per_client']:6.1f} KiB/client  "
              f"dropped {int(found['dropped'])}  payload {int(found['payload'])} B")
    ratio = ours["p99"] / theirs["p99"]
    print(f"{clients:>5} clients  p99 sessional / bare = {ratio:.2f} "
          f"(target at 1,000 clients <= 2.00)")


def open_files(clients: int) -> None:
    """Enough open files for the clients' sockets and the server's (a child inherits the
    limit): the soft limit raised up to the hard one, which only root could raise."""
    needed = clients + 2 * SPARE
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft >= needed:
        return
    if hard != resource.RLIM_INFINITY and hard < needed:
        raise SystemExit(f"live.py: {clients} clients need {needed} open files; the hard "
                         f"limit is {hard} (raise it: ulimit -Hn, /etc/security/limits.conf)")
    resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", default="100,1000,3000")
    parser.add_argument("--changes", type=int, default=40)
    options = parser.parse_args()
    counts = [int(n) for n in options.clients.split(",")]
    open_files(max(counts))
    with tempfile.TemporaryDirectory() as folder:
        for clients in counts:
            run(clients, options.changes, Path(folder))


if __name__ == "__main__":
    main()
