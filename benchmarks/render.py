#!/usr/bin/env python3
"""Report rendering against LibreOffice, in the same run (issue 12's benchmark).

    .venv/bin/python benchmarks/render.py [--rounds 3]

Each round, paired: `sessional render EXAMPLE --format all` (the 30 files: six languages in
Markdown, HTML, DOCX, PDF and Akoma Ntoso, from a fresh process) and `soffice --headless
--convert-to pdf` of the six DOCX files in one call (a fresh profile each time). Prints each
time and the ratio, target <= 0.2, and the processor time of each (all its processes: a
loaded machine changes it less than the time on the clock). Also `sessional --version` and
`render --format md --lang en` against `python -c pass` (target: --version under 150 ms).
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


# as a user runs it: Python keeps the compiled modules (a shell with PYTHONDONTWRITEBYTECODE
# would have every run compile sessional again, a quarter of a second)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


CPU: list[float] = []  # processor seconds of the last command timed, with its processes


def timed(command: list[str], cwd: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=ENV)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[:] = [after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime]
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice (libreoffice-writer) is not installed", file=sys.stderr)
        return 2
    ours, theirs, version, markdown, bare = [], [], [], [], []
    ours_cpu, theirs_cpu, files = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed([str(SESSIONAL), "render", str(EXAMPLE), "-o", str(folder / "warm")], folder)
        for n in range(args.rounds):
            out = folder / f"out{n}"
            ours.append(timed([str(SESSIONAL), "render", str(EXAMPLE), "--format", "all",
                               "-o", str(out)], folder))
            ours_cpu.append(CPU[0])
            files = len(list(out.iterdir()))
            docx = sorted(str(p) for p in out.glob("*.docx"))
            theirs.append(timed([soffice, f"-env:UserInstallation=file://{folder}/lo{n}",
                                 "--headless", "--convert-to", "pdf", "--outdir",
                                 str(folder / f"lo-out{n}"), *docx], folder))
            theirs_cpu.append(CPU[0])
            bare.append(timed([sys.executable, "-c", "pass"], folder))
            version.append(timed([str(SESSIONAL), "--version"], folder))
            markdown.append(timed([str(SESSIONAL), "render", str(EXAMPLE), "--format", "md",
                                   "--lang", "en", "-o", str(folder / f"md{n}")], folder))
    m = statistics.median
    print(f"{'rounds':<44} {args.rounds}")
    print(f"{f'sessional render, {files} files':<44} {m(ours):7.2f} s")
    print(f"{'LibreOffice, six DOCX to PDF (baseline)':<44} {m(theirs):7.2f} s")
    print(f"{'ratio (target <= 0.2)':<44} {m(ours) / m(theirs):7.2f}")
    print(f"{'processor time: sessional, LibreOffice':<44} {m(ours_cpu):7.2f} s "
          f"{m(theirs_cpu):.2f} s (ratio {m(ours_cpu) / m(theirs_cpu):.2f})")
    print(f"{'python -c pass (baseline)':<44} {m(bare) * 1000:7.0f} ms")
    print(f"{'sessional --version':<44} {m(version) * 1000:7.0f} ms "
          f"({m(version) / m(bare):.1f}x)")
    print(f"{'sessional render --format md --lang en':<44} {m(markdown) * 1000:7.0f} ms "
          f"({m(markdown) / m(bare):.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
