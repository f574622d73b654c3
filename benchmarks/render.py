#!/usr/bin/env python3
"""Report rendering against LibreOffice, in the same run (issue 12's benchmark).

    .venv/bin/python benchmarks/render.py [--rounds 3]

Each round, paired, each command from a fresh process:
- the issue's set, 24 files: `sessional render EXAMPLE --format md,html,docx,pdf` (six
  languages in Markdown, HTML, DOCX and PDF);
- the whole set, 30 files: `--format all` (Akoma Ntoso as well);
- the baseline: `soffice --headless --convert-to pdf` of the six DOCX files of the 24 in one
  call (a fresh profile each time).
Prints the median time of each, the ratios (target for the 24: <= 0.2) and the processor time
of each (all its processes: a loaded machine changes it less than the time on the clock), the
load average at the start and at the end; then `sessional --version` and `render --format md
--lang en` against `python -c pass` (target: --version under 150 ms).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "sessional" / "examples" / "untoc-wg-2017.json"
SESSIONAL = Path(sys.executable).parent / "sessional"
ISSUE_SET = "md,html,docx,pdf"  # the issue's 24 files; "all" adds Akoma Ntoso (30)


# as a user runs it: Python keeps the compiled modules (a shell with PYTHONDONTWRITEBYTECODE
# would have every run compile sessional again, a quarter of a second)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds on the clock and of processor time (the command and all its processes)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=ENV)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


class Series:
    """The times of one command over the rounds."""

    def __init__(self, name: str) -> None:
        self.name, self.clock, self.cpu = name, list[float](), list[float]()

    def add(self, times: tuple[float, float]) -> None:
        self.clock.append(times[0])
        self.cpu.append(times[1])

    def median(self) -> float:
        return statistics.median(self.clock)

    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def render(out: Path, formats: str, *more: str) -> list[str]:
    return [str(SESSIONAL), "render", str(EXAMPLE), "--format", formats, *more, "-o", str(out)]


def run_rounds(rounds: int, soffice: str, folder: Path) -> dict[str, Series]:
    series = {key: Series(key) for key in ("24", "30", "lo", "bare", "version", "md")}
    timed(render(folder / "warm", "all"), folder)
    for n in range(rounds):
        issue_set, whole = folder / f"issue{n}", folder / f"all{n}"
        # the order changes from round to round: neither gets the quieter moment each time
        pair = [(series["24"], render(issue_set, ISSUE_SET)), (series["30"], render(whole, "all"))]
        for one, command in pair if n % 2 == 0 else pair[::-1]:
            one.add(timed(command, folder))
        for made, count in ((issue_set, 24), (whole, 30)):
            if len(list(made.iterdir())) != count:
                raise SystemExit(f"{made}: {len(list(made.iterdir()))} files, not {count}")
        docx = sorted(str(p) for p in issue_set.glob("*.docx"))
        series["lo"].add(timed([soffice, f"-env:UserInstallation=file://{folder}/lo{n}",
                                "--headless", "--convert-to", "pdf", "--outdir",
                                str(folder / f"lo-out{n}"), *docx], folder))
        series["bare"].add(timed([sys.executable, "-c", "pass"], folder))
        series["version"].add(timed([str(SESSIONAL), "--version"], folder))
        series["md"].add(timed(render(folder / f"md{n}", "md", "--lang", "en"), folder))
    return series


def report(series: dict[str, Series], rounds: int, load: tuple[str, str]) -> None:
    lo, bare = series["lo"], series["bare"]
    print(f"{'rounds':<46} {rounds}  (load average {load[0]} at the start, {load[1]} at the end)")
    print(f"{'':<46} {'clock':>8} {'ratio':>6} {'processor':>10} {'ratio':>6}")
    rows = [("sessional render, 24 files (the issue's set)", series["24"]),
            ("sessional render, 30 files (with Akoma Ntoso)", series["30"]),
            ("LibreOffice, six DOCX to PDF (baseline)", lo)]
    for label, one in rows:
        print(f"{label:<46} {one.median():7.2f}s {one.median() / lo.median():6.2f} "
              f"{one.median_cpu():9.2f}s {one.median_cpu() / lo.median_cpu():6.2f}")
    ratio = series["24"].median() / lo.median()
    print(f"{'target: 24 files <= 0.2 x LibreOffice':<46} {ratio:.2f}: "
          f"{'met' if ratio <= 0.2 else 'not met'}")
    print(f"{'python -c pass (baseline)':<46} {bare.median() * 1000:6.0f}ms")
    for label, key in (("sessional --version", "version"),
                       ("sessional render --format md --lang en", "md")):
        one = series[key]
        print(f"{label:<46} {one.median() * 1000:6.0f}ms {one.median() / bare.median():5.1f}x "
              f"{one.median_cpu() * 1000:8.0f}ms")


def load_average() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice (libreoffice-writer) is not installed", file=sys.stderr)
        return 2
    start = load_average()
    with tempfile.TemporaryDirectory() as tmp:
        series = run_rounds(args.rounds, soffice, Path(tmp))
    report(series, args.rounds, (start, load_average()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
