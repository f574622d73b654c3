#!/usr/bin/env python3
"""Translation at scale (issue 15): fuzzy memory look-up at 10,000 and 100,000 units, and the
export and import of a record 100× the example.

    .venv/bin/python benchmarks/translation_memory.py [--sizes 10000 100000] [--queries 150]
                                                      [--scale 100]

Memory: N agenda item titles (Chinese texts of 8 to 60 characters drawn from the example's own
characters, with their "English"), indexed as `translate export --memory` indexes them (here at
once, not after INDEX_AFTER look-ups). A third of the queries are in the memory, a third differ
from a memory text by two characters, a third match nothing; each looks up its fuzzy matches
(ratio >= 75, at most 3), as every unit of an export does. Printed per size: the index's build
CPU time and peak memory (tracemalloc), the CPU time per looked-up unit of the scan of the
length window (the look-up before the index: the baseline) and of the index, and the share of
the scan's matches the index finds; then the ratio 100k/10k of each (target for the index:
under 3×).

Record: the example with its narrative and statements repeated `--scale` times (render_scale's
builder) exported into English with the largest memory, its texts as long as the example's
Chinese texts and of no kind of text as in a UN TMX (so every unit looks it up, and its index
is built after INDEX_AFTER of them), every target then
filled (the source copied, marked translated) and imported into a copy of the record; each step
in a fresh process, with its time and peak memory (VmHWM), against reading and writing the same
XLIFF with ElementTree alone.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from render_scale import EXAMPLE, scaled

KIND = "agenda item title"
XLIFF = "urn:oasis:names:tc:xliff:document:1.2"


def characters() -> list[str]:
    text = EXAMPLE.read_text(encoding="utf-8")
    return sorted({c for c in text if "\u4e00" <= c <= "\u9fff"})


def memory_of(size: int, chars: list[str], rng: random.Random,
              lengths: list[int] | None = None) -> list[tuple[str, str]]:
    """`size` texts of 8 to 60 characters, or of the lengths drawn from `lengths`."""
    found: dict[str, str] = {}
    while len(found) < size:
        length = rng.choice(lengths) if lengths else rng.randint(8, 60)
        text = "".join(rng.choices(chars, k=length))
        found[text] = f"title {len(found)}"
    return list(found.items())


def queries_of(memory: list[tuple[str, str]], count: int, chars: list[str],
               rng: random.Random) -> list[str]:
    found = []
    for n in range(count):
        text = rng.choice(memory)[0]
        if n % 3 == 1:  # two characters changed: a fuzzy match
            at = rng.sample(range(len(text)), 2)
            text = "".join(rng.choice(chars) if i in at else c for i, c in enumerate(text))
        elif n % 3 == 2:  # nothing like it
            text = "".join(rng.choices(chars, k=len(text)))
        found.append(text)
    return found


def units_of(pairs: list[tuple[str, str]], kind: str | None = KIND) -> list[Any]:
    from sessional.render.tmx import MemoryUnit

    return [MemoryUnit(kind, "zh", {"zh": s, "en": t}) for s, t in pairs]


def cpu_per_query(look_up: Any, queries: list[str], rounds: int) -> float:
    """The least CPU seconds per query over `rounds` rounds (CPU: other processes share it)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for text in queries:
            look_up(KIND, text)
        best = min(best, time.process_time() - started)
    return best / len(queries)


def look_ups(size: int, count: int) -> dict[str, float]:
    from sessional.services.translation_memory import Memory

    chars = characters()
    rng = random.Random(size)
    pairs = memory_of(size, chars, rng)
    queries = queries_of(pairs, count, chars, rng)
    units = units_of(pairs)
    memory = Memory(units, "zh", "en")
    started = time.process_time()
    memory.index()  # now, not after the first look-ups (INDEX_AFTER)
    built = time.process_time() - started
    other = Memory(units, "zh", "en")
    tracemalloc.start()
    other.index()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del other
    scan = cpu_per_query(memory.scanned, queries, 1)
    index = cpu_per_query(memory.fuzzy, queries, 3)
    wanted = [memory.scanned(KIND, q) for q in queries]
    found = sum(p in memory.fuzzy(KIND, q) for q, w in zip(queries, wanted, strict=True)
                for p in w)
    return {"built": built, "peak": peak / 2**20, "scan": scan, "index": index,
            "found": found, "scanned": sum(map(len, wanted))}


def print_look_ups(sizes: list[int], count: int) -> None:
    print(f"Fuzzy look-up, {count} queries per size (CPU time per unit; before: the scan of "
          "the length window)")
    print(f"{'memory units':>12}  {'index CPU s':>11}  {'index MB':>8}  {'before ms':>9}  "
          f"{'after ms':>8}  {'before/after':>12}  {'found':>9}")
    got = {}
    for size in sizes:
        got[size] = row = look_ups(size, count)
        print(f"{size:>12,}  {row['built']:>11.2f}  {row['peak']:>8.0f}  "
              f"{row['scan'] * 1e3:>9.3f}  {row['index'] * 1e3:>8.3f}  "
              f"{row['scan'] / row['index']:>11.1f}×  "
              f"{str(row['found']) + '/' + str(row['scanned']):>9}")
    low, high = got[min(sizes)], got[max(sizes)]
    print(f"{max(sizes):,}/{min(sizes):,} per unit: before {high['scan'] / low['scan']:.1f}×, "
          f"after {high['index'] / low['index']:.1f}× (target < 3×)")


def step(name: str, args: list[str]) -> None:
    """In this process: one step of the record part; prints its seconds and peak MB."""
    seconds, detail = STEPS[name](*args)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "detail": detail}))


def peak_mb() -> float:
    """This process's peak resident memory: VmHWM, which starts afresh with the program
    (ru_maxrss keeps the parent's peak across fork and exec), or ru_maxrss where there is none."""
    status = Path("/proc/self/status")
    for line in status.read_text().splitlines() if status.exists() else ():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(started: float, detail: str) -> tuple[float, str]:
    return time.perf_counter() - started, detail


def export_step(record: str, out: str, size: str, scan: str = "") -> tuple[float, str]:
    from sessional.model import record_from_json
    from sessional.services import translation_memory
    from sessional.services.translation import export_xliff

    if scan:  # the look-up before the index: every unit scans the window
        translation_memory.INDEX_AFTER = 10**9

    from sessional.model.translations import texts_of

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    lengths = [len(text["zh"]) for _, text in texts_of(data) if "zh" in text]
    pairs = memory_of(int(size), characters(), random.Random(int(size)), lengths)
    units = units_of(pairs, None)  # no kind of text, as in a UN TMX: every unit looks it up
    started = time.perf_counter()  # the memory above stands for the store's, loaded already
    xml, done = export_xliff(record_from_json(Path(record).read_bytes(), record), "en", None,
                             units, copy_source=True)
    Path(out).write_bytes(xml)
    return timed(started, f"{done.units} units, {done.filled} pre-filled, {done.proposed} "
                 "with proposals")


def import_step(record: str, xliff: str, out: str) -> tuple[float, str]:
    from sessional.services.translation_import import import_translations

    started = time.perf_counter()
    done = import_translations(Path(record), Path(xliff), Path(out), "en")
    return timed(started, f"{done.changed} texts imported")


def baseline_step(xliff: str) -> tuple[float, str]:
    """ElementTree alone: the XLIFF read, and written again."""
    started = time.perf_counter()
    root = ET.parse(xliff).getroot()
    written = ET.tostring(root, encoding="utf-8")
    return timed(started, f"{len(root.findall(f'.//{{{XLIFF}}}trans-unit'))} units, "
                 f"{len(written):,} bytes")


STEPS: dict[str, Any] = {"export": export_step, "import": import_step,
                         "baseline": baseline_step}


def translated(exported: Path, filled: Path) -> None:
    """The translator's work, simulated: every copied target marked translated."""
    ET.register_namespace("", XLIFF)
    tree = ET.parse(exported)
    for target in tree.getroot().iter(f"{{{XLIFF}}}target"):
        target.set("state", target.get("state") or "translated")
    tree.write(filled, encoding="utf-8", xml_declaration=True)


def run(name: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--step", name, *args], check=True,
                          capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def print_record(scale: int, size: int) -> None:
    print(f"\nThe example {scale}×, exported into English with the {size:,}-unit memory and "
          "imported back (each step in a fresh process)")
    print("(export, scan: as before the index, each unit compared with the memory's length "
          "window)")
    with tempfile.TemporaryDirectory() as tmp:
        record, exported, filled = (Path(tmp) / n for n in ("r.json", "r.xlf", "filled.xlf"))
        record.write_text(json.dumps(scaled(json.loads(EXAMPLE.read_text(encoding="utf-8")),
                                            scale), ensure_ascii=False), encoding="utf-8")
        rows = [("export, scan (before)", run("export", str(record), str(Path(tmp) / "s.xlf"),
                                              str(size), "scan")),
                ("export", run("export", str(record), str(exported), str(size)))]
        translated(exported, filled)
        rows.append(("import", run("import", str(record), str(filled),
                                   str(Path(tmp) / "out.json"))))
        rows.append(("ElementTree read+write", run("baseline", str(filled))))
        base = rows[-1][1]
        print(f"{'step':<22}  {'seconds':>7}  {'× base':>6}  {'peak MB':>7}  {'× base':>6}  what")
        for name, got in rows:
            print(f"{name:<22}  {got['seconds']:>7.2f}  "
                  f"{got['seconds'] / base['seconds']:>6.1f}  {got['peak_mb']:>7.0f}  "
                  f"{got['peak_mb'] / base['peak_mb']:>6.1f}  {got['detail']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=150)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        step(args.step[0], args.step[1:])
        return 0
    print_look_ups(args.sizes, args.queries)
    print_record(args.scale, max(args.sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
