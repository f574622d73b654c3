#!/usr/bin/env python3
"""Latency of every page of the secretariat's web application, 10 clients at once.

    .venv/bin/python benchmarks/pages.py [--seconds 5] [--clients 10]

A `sessional serve --demo` process on a SQLite file holds the embedded example. Each client
logs in (a session cookie, as a browser) and asks for one page again and again; every page is
measured in turn. The baseline, measured in the same run against the same server: the bare
API read of the same record (GET /api/records/KEY with an API token). Target: every page
under 200 ms at p95 with 10 clients; the ratio to the baseline says what the page costs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.server.live import LiveServer  # noqa: E402

from sessional.services import Workspace  # noqa: E402

KEY = "untoc-wg-2017"
PASSWORD = "correct horse battery staple"
PAGES = ("/records", "/new", f"/records/{KEY}", *(f"/records/{KEY}/{part}" for part in (
    "sessions", "meetings", "agenda", "officers", "attendance", "statements", "documents",
    "narrative?to=en", "report", "report?lang=ar", "history")))
BASELINE = f"/api/records/{KEY}"


async def _client(base: str, path: str, auth: dict[str, str], cookies: dict[str, str],
                  until: float, latencies: list[float], errors: list[int]) -> None:
    async with httpx.AsyncClient(base_url=base, headers=auth, cookies=cookies,
                                 timeout=60) as client:
        while time.perf_counter() < until:
            start = time.perf_counter()
            answer = await client.get(path)
            latencies.append(time.perf_counter() - start)
            if answer.status_code != 200:
                errors.append(answer.status_code)


async def _cell(base: str, path: str, clients: int, seconds: float, auth: dict[str, str],
                cookies: list[dict[str, str]]) -> tuple[list[float], list[int]]:
    latencies: list[float] = []
    errors: list[int] = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(_client(base, path, auth, cookies[i], until, latencies, errors)
                           for i in range(clients)))
    return latencies, errors


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'pages.db'}"
        accounts = Workspace(url).accounts
        accounts.add("sec", "secretariat", PASSWORD)
        token = accounts.issue_token("sec")
        server = LiveServer(url, Path(folder) / "server.log", demo=True)
        server.start()
        try:
            cookies = []
            for _ in range(args.clients):
                answer = httpx.post(f"{server.base}/login", data={
                    "name": "sec", "password": PASSWORD}, follow_redirects=False)
                cookies.append(dict(answer.cookies))
            auth = {"Authorization": f"Bearer {token}"}
            base_lat, base_err = asyncio.run(_cell(server.base, BASELINE, args.clients,
                                                   args.seconds, auth, [{}] * args.clients))
            base_p95 = _p(base_lat, 95)
            print(f"pages, {args.clients} clients, {args.seconds:g} s per page; latency in ms")
            print(f"{'page':<42} {'p50':>8} {'p95':>8} {'req/s':>8} {'p95 ratio':>10}")
            print(f"{'baseline: GET ' + BASELINE:<42} {_p(base_lat, 50):8.1f} {base_p95:8.1f} "
                  f"{len(base_lat) / args.seconds:8.0f}")
            worst, failed = 0.0, len(base_err)
            for path in PAGES:
                lat, err = asyncio.run(_cell(server.base, path, args.clients, args.seconds, {},
                                             cookies))
                p95 = _p(lat, 95)
                worst, failed = max(worst, p95), failed + len(err)
                print(f"{path:<42} {_p(lat, 50):8.1f} {p95:8.1f} {len(lat) / args.seconds:8.0f}"
                      f" {p95 / base_p95:10.2f}")
            verdict = "met" if worst < 200 and not failed else "NOT met"
            print(f"worst page p95 = {worst:.1f} ms; answers other than 200: {failed}; "
                  f"target: every page p95 < 200 ms at {args.clients} clients: {verdict}")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
