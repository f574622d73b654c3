#!/usr/bin/env python3
"""Rendering a record 1×, 10× and 100× the example: is each format linear? (issue 12)

    .venv/bin/python benchmarks/render_scale.py [--sizes 1 10 100] [--formats md html docx pdf]

The example's narrative (introduction, deliberations) and its statements are repeated k times;
the six languages are composed and rendered in each format, each size and format in a fresh
process. Prints per format and size: the time, the peak memory (the process and, for the PDF,
its compiler processes) and the time per numbered paragraph, which stays about the same when
the format is linear. Target: 100× under 10 s and 500 MB for the whole set.
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "sessional" / "examples" / "untoc-wg-2017.json"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def scaled(data: dict[str, Any], k: int) -> dict[str, Any]:
    """The record with its narrative paragraphs and its statements repeated k times."""
    out = copy.deepcopy(data)
    narrative = out["narrative"]
    lists = [narrative["introduction"], *(p["paragraphs"] for p in narrative["deliberations"]),
             *(group["statements"] for group in out["statements"])]
    for facts in lists:
        if "items" in facts:  # a known or partial list (an unknown one has none)
            facts["items"] *= k
    return out


def one(k: int, fmt: str) -> None:
    """In this process: compose and render the six languages of the k× record in one format."""
    from sessional.compose import Paragraph, compose_report
    from sessional.model import record_from_data
    from sessional.render import RENDERERS

    record = record_from_data(scaled(json.loads(EXAMPLE.read_text(encoding="utf-8")), k))
    started = time.perf_counter()
    reports = [compose_report(record, lang) for lang in LANGUAGES]  # type: ignore[arg-type]
    render = RENDERERS[fmt]
    if fmt == "pdf":  # the six compiled in parallel, as `sessional render` does
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(render, reports))
    else:
        for report in reports:
            render(report)
    seconds = time.perf_counter() - started
    paragraphs = sum(1 for r in reports for b in r.blocks if isinstance(b, Paragraph))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "paragraphs": paragraphs,
                      "peak_mb": (own + children) / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--formats", nargs="+", default=["md", "html", "docx", "pdf"])
    parser.add_argument("--one", nargs=2, metavar=("K", "FORMAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(int(args.one[0]), args.one[1])
        return 0
    print(f"{'size':>5} {'format':<6} {'seconds':>8} {'peak MB':>8} {'paragraphs':>10} "
          f"{'ms/paragraph':>12}")
    for k in args.sizes:
        total = 0.0
        for fmt in args.formats:
            run = subprocess.run([sys.executable, __file__, "--one", str(k), fmt],
                                 check=True, capture_output=True, text=True)
            got = json.loads(run.stdout.strip().splitlines()[-1])
            total += got["seconds"]
            print(f"{k:>4}× {fmt:<6} {got['seconds']:8.2f} {got['peak_mb']:8.0f} "
                  f"{got['paragraphs']:10d} {1000 * got['seconds'] / got['paragraphs']:12.3f}")
        print(f"{k:>4}× {'all':<6} {total:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
