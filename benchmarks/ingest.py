#!/usr/bin/env python3
"""Ingest speed: pages per second over a generated corpus, as text and as PDF.

    .venv/bin/python benchmarks/ingest.py [--pages 1000] [--seed 1]

The corpus: variants of the embedded example (Chinese and English; different attendance, speakers,
dates and meeting counts), rendered to PDF with Typst. Three timings in the same run:
  floor      poppler's pdftotext on every PDF (the baseline: text extraction alone)
  PDF ingest sessional ingest of every PDF (pdftotext + our stages)
  text       sessional ingest of the same reports as plain text (our stages alone)
Target: PDF ingest at no less than half the floor's pages per second (ratio >= 0.5).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from sessional.compose import compose_report
from sessional.ingest import ingest_text, read_report
from sessional.model import record_from_data
from sessional.refdata import all_countries
from sessional.render import render_markdown, render_pdf

ROOT = Path(__file__).resolve().parents[1]


def variants(count: int, rng: random.Random) -> list[tuple[str, bytes, str]]:
    base = json.loads((ROOT / "examples" / "untoc-wg-2017.json").read_text(encoding="utf-8"))
    members = sorted(c.iso3 for c in all_countries().values() if c.kind == "member_state")
    out = []
    for n in range(count):
        data = json.loads(json.dumps(base))
        lang = "zh" if n % 2 == 0 else "en"
        parties = sorted(rng.sample(members, rng.randint(60, 180)))
        data["attendance"]["states_parties"]["items"] = parties
        speakers = rng.sample(parties, rng.randint(5, 40))
        data["statements"][0]["statements"]["items"] = [{"delegation": {"state": s}}
                                                         for s in speakers]
        data["sessions"][0]["meetings_held"] = rng.randint(2, 12)
        record = record_from_data(data)
        report = compose_report(record, lang)  # type: ignore[arg-type]
        out.append((lang, render_pdf(report), render_markdown(report)))
    return out


def _timed(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def _pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                   check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus: list[tuple[Path, str, int]] = []
        pages = 0
        print("generating the corpus ...", file=sys.stderr)
        while pages < args.pages:
            for lang, pdf, markdown in variants(20, rng):
                path = folder / f"r{len(corpus):04d}.{lang}.pdf"
                path.write_bytes(pdf)
                count = len(PdfReader(path).pages)
                corpus.append((path, markdown, count))
                pages += count
        texts = [read_report(path)[0] for path, _, _ in corpus]
        for text in texts:  # warm-up: imports, compiled patterns, name caches
            ingest_text(text)
        floor = pdf_ingest = text_ingest = float("inf")
        for _round in range(args.rounds):  # the best of a few rounds: the machine is shared
            floor = min(floor, _timed(lambda: [_pdftotext(path) for path, _, _ in corpus]))
            pdf_ingest = min(pdf_ingest, _timed(
                lambda: [ingest_text(read_report(path)[0]) for path, _, _ in corpus]))
            text_ingest = min(text_ingest, _timed(lambda: [ingest_text(t) for t in texts]))

    def rate(seconds: float) -> float:
        return pages / seconds

    print(f"corpus: {len(corpus)} reports, {pages} pages (zh and en)")
    print(f"floor (pdftotext)   {rate(floor):8.1f} pages/s")
    print(f"PDF ingest          {rate(pdf_ingest):8.1f} pages/s")
    print(f"text ingest         {rate(text_ingest):8.1f} pages/s")
    ratio = rate(pdf_ingest) / rate(floor)
    print(f"ratio PDF ingest / floor = {ratio:.2f} (target >= 0.50: "
          f"{'met' if ratio >= 0.5 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
