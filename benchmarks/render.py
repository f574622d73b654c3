#!/usr/bin/env python3
"""Report rendering against LibreOffice, in the same run (issue 12's benchmark).

    .venv/bin/python benchmarks/render.py [--rounds 3] [--before TREE]

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

With `--before TREE` (the sources of an earlier commit: `mkdir /tmp/before && git archive
COMMIT src | tar -x -C /tmp/before`), each round also runs every sessional command from
TREE/src (PYTHONPATH), in turn with this one, and prints both.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
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


COMMANDS = ("24", "30", "version", "md")


def sessional_commands(folder: Path) -> dict[str, list[str]]:
    return {"24": render(folder / "issue", ISSUE_SET), "30": render(folder / "all", "all"),
            "version": [str(SESSIONAL), "--version"],
            "md": render(folder / "md", "md", "--lang", "en")}


def run_rounds(rounds: int, soffice: str, folder: Path,
               trees: dict[str, dict[str, str]]) -> dict[tuple[str, str], Series]:
    """Each round: every sessional command of each tree (the order changes from round to
    round: none gets the quieter moment each time), LibreOffice, `python -c pass`."""
    series = {(tree, key): Series(key) for tree in trees for key in COMMANDS}
    series |= {("", "lo"): Series("lo"), ("", "bare"): Series("bare")}
    for n in range(rounds):
        order = [(tree, key) for tree in trees for key in COMMANDS]
        for tree, key in order if n % 2 == 0 else order[::-1]:
            out = folder / f"{n}-{tree}"
            with environment(trees[tree]):
                series[tree, key].add(timed(sessional_commands(out)[key], folder))
        for tree in trees:
            for made, count in ((folder / f"{n}-{tree}" / "issue", 24),
                                (folder / f"{n}-{tree}" / "all", 30)):
                if len(list(made.iterdir())) != count:
                    raise SystemExit(f"{made}: {len(list(made.iterdir()))} files, not {count}")
        docx = sorted(str(p) for p in (folder / f"{n}-{next(iter(trees))}" / "issue")
                      .glob("*.docx"))
        series["", "lo"].add(timed([soffice, f"-env:UserInstallation=file://{folder}/lo{n}",
                                    "--headless", "--convert-to", "pdf", "--outdir",
                                    str(folder / f"lo-out{n}"), *docx], folder))
        series["", "bare"].add(timed([sys.executable, "-c", "pass"], folder))
    return series


@contextlib.contextmanager
def environment(more: dict[str, str]) -> Iterator[None]:
    saved = dict(ENV)
    ENV.update(more)
    try:
        yield
    finally:
        ENV.clear()
        ENV.update(saved)


def report(series: dict[tuple[str, str], Series], trees: list[str], rounds: int,
           load: tuple[str, str]) -> None:
    lo, bare = series["", "lo"], series["", "bare"]
    print(f"rounds {rounds}; load average {load[0]} at the start, {load[1]} at the end")
    print(f"{'':<50} {'clock':>7} {'ratio':>6} {'processor':>10} {'ratio':>6}")
    print(f"{'LibreOffice, six DOCX to PDF (baseline)':<50} {lo.median():6.2f}s {1:6.2f} "
          f"{lo.median_cpu():9.2f}s {1:6.2f}")
    for tree in trees:
        for key, label in (("24", "render, 24 files (the issue's set)"),
                           ("30", "render, 30 files (with Akoma Ntoso)")):
            one = series[tree, key]
            print(f"{f'{tree}: {label}':<50} {one.median():6.2f}s "
                  f"{one.median() / lo.median():6.2f} {one.median_cpu():9.2f}s "
                  f"{one.median_cpu() / lo.median_cpu():6.2f}")
    print(f"{'python -c pass (baseline)':<50} {bare.median() * 1000:5.0f}ms "
          f"{1:6.1f} {bare.median_cpu() * 1000:8.0f}ms")
    for tree in trees:
        for key, label in (("version", "sessional --version"),
                           ("md", "render --format md --lang en")):
            one = series[tree, key]
            print(f"{f'{tree}: {label}':<50} {one.median() * 1000:5.0f}ms "
                  f"{one.median() / bare.median():6.1f} {one.median_cpu() * 1000:8.0f}ms")
    for tree in trees:
        ratio = series[tree, "24"].median() / lo.median()
        print(f"{tree}: target, 24 files <= 0.2 x LibreOffice: {ratio:.2f}, "
              f"{'met' if ratio <= 0.2 else 'not met'}; --version under 150 ms: "
              f"{series[tree, 'version'].median() * 1000:.0f} ms, "
              f"{'met' if series[tree, 'version'].median() < 0.15 else 'not met'}")


def load_average() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, help="a checkout of an earlier commit, run in "
                        "turn with this one")
    args = parser.parse_args()
    trees = {"now": {}} if args.before is None else {
        "before": {"PYTHONPATH": str(args.before.resolve() / "src")}, "now": {}}
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice (libreoffice-writer) is not installed", file=sys.stderr)
        return 2
    start = load_average()
    with tempfile.TemporaryDirectory() as tmp:
        for tree, more in trees.items():  # warm: Python's compiled modules, our caches
            with environment(more):
                timed(render(Path(tmp) / f"warm-{tree}", "all"), Path(tmp))
        series = run_rounds(args.rounds, soffice, Path(tmp), trees)
    report(series, list(trees), args.rounds, (start, load_average()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
