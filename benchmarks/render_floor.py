#!/usr/bin/env python3
"""How fast can the 24-file set be on two cores? The parts of its processor time (issue 12).

    .venv/bin/python benchmarks/render_floor.py [--runs 5]

Each part from fresh processes, the least of `--runs` (the least is the one a loaded machine
disturbed least): the interpreter alone; `sessional render --lang zh --format md`, the start-up
up to the Chinese report composed (the first one composed, as its PDF compiles longest) and
written as Markdown (a little more than the start-up); a Typst compiler process started;
each language's PDF compiled. Then two floors of the clock time, whatever else is made
faster:
- the longest chain: the start-up, then the Chinese PDF (nothing else can shorten it);
- two cores: all the processor time of the set, halved (`--cpu`, from benchmarks/render.py).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "sessional" / "examples" / "untoc-wg-2017.json"
SESSIONAL = Path(sys.executable).parent / "sessional"
LANGS = ("ar", "zh", "en", "fr", "es", "ru")

SOURCES = """
import json, sys
from pathlib import Path
from sessional import services
from sessional.compose import compose_report
from sessional.render.pdf import typst_source
record = services.read_record(Path(sys.argv[1]))
json.dump({lang: typst_source(compose_report(record, lang)) for lang in sys.argv[3:]},
          open(sys.argv[2], "w", encoding="utf-8"))
"""

COMPILE = """
import sys, time, tempfile
sys.path.insert(0, sys.argv[1])
from typst_worker import report_fonts
import typst
folder = tempfile.TemporaryDirectory()
compiler = typst.Compiler(font_paths=[folder.name], ignore_system_fonts=True) \\
    if report_fonts(folder.name) else typst.Compiler()
ready = time.process_time()
source = open(sys.argv[2], encoding="utf-8").read()
compiler.compile(input=source.encode(), format="pdf")
print(ready, time.process_time() - ready)
"""


def least(runs: int, command: list[str]) -> list[float]:
    """The least of each number the command prints, over `runs` runs."""
    found: list[list[float]] = []
    for _ in range(runs):
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        found.append([float(x) for x in done.stdout.split()[:2]])
    return [min(column) for column in zip(*found, strict=True)]


def least_cpu(runs: int, command: list[str]) -> float:
    """The least processor time of the command (with its processes), over `runs` runs."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu", type=float, help="processor seconds of the whole 24-file set "
                        "(benchmarks/render.py), for the two-core floor")
    parser.add_argument("--libreoffice", type=float, help="LibreOffice's seconds on the clock "
                        "for the six DOCX (benchmarks/render.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare = least_cpu(args.runs, [sys.executable, "-c", "pass"])
        start_up = least_cpu(args.runs, [str(SESSIONAL), "render", str(EXAMPLE), "--lang", "zh",
                                         "--format", "md", "-o", str(folder / "md")])
        subprocess.run([sys.executable, "-c", SOURCES, str(EXAMPLE), str(folder / "s.json"),
                        *LANGS], check=True, capture_output=True)
        texts = json.loads((folder / "s.json").read_text(encoding="utf-8"))
        worker = ROOT / "src" / "sessional" / "render"
        compiled: dict[str, float] = {}
        ready = 0.0
        for lang in LANGS:
            path = folder / f"{lang}.typ"
            path.write_text(texts[lang], encoding="utf-8")
            ready, compiled[lang] = least(args.runs, [sys.executable, "-c", COMPILE,
                                                      str(worker), str(path)])
    print(f"{'python -c pass':<58} {bare:6.3f} s")
    print(f"{'render --lang zh --format md (start-up, zh composed)':<58} {start_up:6.3f} s")
    print(f"{'a Typst compiler process started (Python, Typst, fonts)':<58} {ready:6.3f} s")
    for lang in LANGS:
        print(f"{f'the {lang} PDF compiled':<58} {compiled[lang]:6.3f} s")
    print(f"{'Typst for the six PDFs, two compilers':<58} "
          f"{sum(compiled.values()) + 2 * ready:6.3f} s")
    chain = start_up + compiled["zh"]
    print(f"{'floor 1, the longest chain (start-up, then zh PDF)':<58} {chain:6.3f} s")
    if args.cpu:
        print(f"{'floor 2, two cores (all processor time / 2)':<58} {args.cpu / 2:6.3f} s")
    if args.libreoffice:
        floor = max(chain, (args.cpu or 0) / 2)
        print(f"{'best ratio to LibreOffice on two idle cores':<58} "
              f"{floor / args.libreoffice:6.2f} (target 0.2: needs {0.2 * args.libreoffice:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
