#!/usr/bin/env python3
"""API latency and throughput: small record edits with 1, 10 and 50 concurrent clients.

    .venv/bin/python benchmarks/api.py [--seconds 5] [--clients 1,10,50] [--db sqlite,postgresql]

Each client marks one State present, then absent, again and again (PUT and DELETE of
/api/records/KEY/attendance/states_parties/states/CODE): every request makes a new revision of
the embedded example record, stored with fsync on commit. Servers run as `sessional serve`
processes, one per database (a SQLite file; a PostgreSQL server started for the run). The
baseline, measured in the same run: the same framework and server (FastAPI on uvicorn) answering
the same routes with a constant. Target: p95 at 10 clients within 3 times the baseline's.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.server.live import LiveServer  # noqa: E402
from tests.server.postgres import Cluster, free_port  # noqa: E402

from sessional.services import SYSTEM_USER, Workspace  # noqa: E402

KEY = "untoc-wg-2017"
CODES = (  # 50 States not in the example's attendance
    "COD", "ALB", "AND", "ARM", "AUS", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL",
    "BLZ", "BEN", "BTN", "BIH", "BWA", "BRN", "BFA", "BDI", "CPV", "KHM", "CMR", "CAF",
    "TCD", "COM", "COG", "CRI", "HRV", "CUB", "DNK", "DJI", "DMA", "SLV", "GNQ", "ERI",
    "ETH", "FJI", "GAB", "GMB", "GEO", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY",
    "HTI", "HND", "HUN",
)


class Baseline:
    def __init__(self, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "benchmarks.baseline_app:app", "--port",
                 str(self.port), "--log-level", "warning", "--no-access-log"],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        for _ in range(300):
            try:
                httpx.get(f"{self.base}/docs", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("baseline server did not start")

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=20)


async def _client(base: str, headers: dict[str, str], code: str, until: float,
                  latencies: list[float], errors: list[int]) -> None:
    path = f"/api/records/{KEY}/attendance/states_parties/states/{code}"
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
        present = False
        while time.perf_counter() < until:
            start = time.perf_counter()
            answer = await (client.delete(path) if present else client.put(path))
            latencies.append(time.perf_counter() - start)
            if answer.status_code != 200:
                errors.append(answer.status_code)
            present = not present


async def _load(base: str, headers: dict[str, str], clients: int,
                seconds: float) -> tuple[list[float], list[int], float]:
    latencies: list[float] = []
    errors: list[int] = []
    start = time.perf_counter()
    await asyncio.gather(*(_client(base, headers, CODES[n], start + seconds, latencies, errors)
                           for n in range(clients)))
    return latencies, errors, time.perf_counter() - start


def measure(base: str, headers: dict[str, str], clients: int, seconds: float) -> dict[str, float]:
    asyncio.run(_load(base, headers, clients, min(1.0, seconds)))  # warm up
    latencies, errors, took = asyncio.run(_load(base, headers, clients, seconds))
    if errors:
        raise RuntimeError(f"{len(errors)} requests failed: {sorted(set(errors))}")
    cuts = statistics.quantiles(latencies, n=100)
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "rps": len(latencies) / took}


def _server(url: str, folder: Path, name: str) -> tuple[LiveServer, dict[str, str]]:
    workspace = Workspace(url)
    workspace.accounts.add("bench", "secretariat", "benchmark password")
    token = workspace.accounts.issue_token("bench")
    workspace.load_demo(SYSTEM_USER)
    workspace.records.engine.dispose()
    live = LiveServer(url, folder / f"{name}.log")
    live.start()
    return live, {"Authorization": f"Bearer {token}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", default="1,10,50")
    parser.add_argument("--db", default="sqlite,postgresql")
    args = parser.parse_args()
    counts = [int(c) for c in args.clients.split(",")]
    kinds = args.db.split(",")
    folder = Path(tempfile.mkdtemp(prefix="sessional-bench-"))
    cluster = Cluster() if "postgresql" in kinds else None
    servers: dict[str, tuple[object, str, dict[str, str]]] = {}
    baseline = Baseline(folder / "baseline.log")
    try:
        baseline.start()
        servers["baseline"] = (baseline, baseline.base, {})
        if "sqlite" in kinds:
            live, auth = _server(f"sqlite:///{folder / 'bench.db'}", folder, "sqlite")
            servers["sqlite"] = (live, live.base, auth)
        if cluster is not None:
            cluster.start()
            live, auth = _server(cluster.new_database(), folder, "postgresql")
            servers["postgresql"] = (live, live.base, auth)
        report(counts, servers, args.seconds)
    finally:
        for server, _, _ in servers.values():
            server.stop()  # type: ignore[attr-defined]
        if cluster is not None:
            cluster.stop()


def report(counts: list[int], servers: dict[str, tuple[object, str, dict[str, str]]],
           seconds: float) -> None:
    print(f"small record edits, {seconds:.0f} s per cell; latency in ms")
    print(f"{'server':<12}{'clients':>8}{'p50':>9}{'p95':>9}{'req/s':>9}{'p95 ratio':>11}")
    for clients in counts:
        results = {name: measure(base, auth, clients, seconds)
                   for name, (_, base, auth) in servers.items()}
        floor = results["baseline"]["p95"]
        for name, figures in results.items():
            ratio = "" if name == "baseline" else f"{figures['p95'] / floor:.2f}"
            print(f"{name:<12}{clients:>8}{figures['p50']:>9.2f}{figures['p95']:>9.2f}"
                  f"{figures['rps']:>9.0f}{ratio:>11}")
    print("target: p95 ratio at 10 clients <= 3 on each database")


if __name__ == "__main__":
    main()
