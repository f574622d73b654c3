#!/usr/bin/env python3
"""Report rendering against LibreOffice, in the same run (issue 12's benchmark).

    .venv/bin/python benchmarks/render.py [--rounds 3]

Each round, paired: `sessional render EXAMPLE --format all` (the 24 files: six languages in
Markdown, HTML, DOCX and PDF, from a fresh process) and `soffice --headless --convert-to pdf`
of the six DOCX files in one call (a fresh profile each time). Prints each time and the ratio;
target ≤ 0.2. Also `sessional --version` and `render --format md --lang en` against
`python -c pass` (target: --version under 150 ms).
"""

from __future__ import annotations

import argparse
import os
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


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice (libreoffice-writer) is not installed", file=sys.stderr)
        return 2
    ours, theirs, version, markdown, bare = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed([str(SESSIONAL), "render", str(EXAMPLE), "-o", str(folder / "warm")], folder)
        for n in range(args.rounds):
            out = folder / f"out{n}"
            ours.append(timed([str(SESSIONAL), "render", str(EXAMPLE), "--format", "all",
                               "-o", str(out)], folder))
            docx = sorted(str(p) for p in out.glob("*.docx"))
            theirs.append(timed([soffice, f"-env:UserInstallation=file://{folder}/lo{n}",
                                 "--headless", "--convert-to", "pdf", "--outdir",
                                 str(folder / f"lo-out{n}"), *docx], folder))
            bare.append(timed([sys.executable, "-c", "pass"], folder))
            version.append(timed([str(SESSIONAL), "--version"], folder))
            markdown.append(timed([str(SESSIONAL), "render", str(EXAMPLE), "--format", "md",
                                   "--lang", "en", "-o", str(folder / f"md{n}")], folder))
    m = statistics.median
    print(f"{'rounds':<44} {args.rounds}")
    print(f"{'sessional render, 24 files':<44} {m(ours):7.2f} s")
    print(f"{'LibreOffice, six DOCX to PDF (baseline)':<44} {m(theirs):7.2f} s")
    print(f"{'ratio (target <= 0.2)':<44} {m(ours) / m(theirs):7.2f}")
    print(f"{'python -c pass (baseline)':<44} {m(bare) * 1000:7.0f} ms")
    print(f"{'sessional --version':<44} {m(version) * 1000:7.0f} ms "
          f"({m(version) / m(bare):.1f}x)")
    print(f"{'sessional render --format md --lang en':<44} {m(markdown) * 1000:7.0f} ms "
          f"({m(markdown) / m(bare):.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
