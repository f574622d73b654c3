#!/usr/bin/env python3
"""Translation memory look-up at 10,000 and 100,000 units: is it linear, not quadratic? (issue 15)

    .venv/bin/python benchmarks/translation_memory.py [--sizes 10000 100000] [--queries 300]

A memory of N agenda item titles (Chinese texts of 8 to 60 characters drawn from the example's
own characters, with their "English") is indexed as `translate export --memory` indexes it; then
each query looks up its exact match and its fuzzy matches (ratio >= 75, at most 3), as every
unit of an export does: a third are in the memory, a third differ from a memory text by two
characters, a third match nothing. Printed per size: the time to build the index, the time per
looked-up unit, and that time against the baseline measured in the same run: reading and writing
the example's French XLIFF with ElementTree alone, per unit of that file; then the whole export
of the example into English with that memory. Per-unit cost growing
about tenfold from 10k to 100k is linear in the memory (each look-up compares with one slice of
it, in C); quadratic would be a whole export growing a hundredfold.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "sessional" / "examples" / "untoc-wg-2017.json"
KIND = "agenda item title"


def characters() -> list[str]:
    text = EXAMPLE.read_text(encoding="utf-8")
    return sorted({c for c in text if "\u4e00" <= c <= "\u9fff"})


def memory_of(size: int, chars: list[str], rng: random.Random) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    while len(found) < size:
        text = "".join(rng.choices(chars, k=rng.randint(8, 60)))
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


def baseline() -> float:
    """Seconds per unit to parse and write the example's French XLIFF with ElementTree."""
    from sessional.model import record_from_json
    from sessional.services.translation import export_xliff

    record = record_from_json(EXAMPLE.read_bytes(), str(EXAMPLE))
    xml, done = export_xliff(record, "fr", "zh")
    rounds = 200
    started = time.perf_counter()
    for _ in range(rounds):
        ET.tostring(ET.fromstring(xml), encoding="utf-8")
    return (time.perf_counter() - started) / (rounds * done.units)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()

    from sessional.render.tmx import MemoryUnit
    from sessional.services.translation_memory import Memory

    per_unit_baseline = baseline()
    print(f"baseline: XLIFF read and written with ElementTree, {per_unit_baseline * 1e6:.1f} µs "
          "per unit")
    print(f"{'memory units':>12}  {'index s':>8}  {'per unit ms':>11}  {'× baseline':>10}  "
          f"{'exact':>5}  {'fuzzy':>5}")
    chars = characters()
    for size in args.sizes:
        rng = random.Random(size)
        pairs = memory_of(size, chars, rng)
        queries = queries_of(pairs, args.queries, chars, rng)
        started = time.perf_counter()
        memory = Memory((MemoryUnit(KIND, "zh", {"zh": s, "en": t}) for s, t in pairs),
                        "zh", "en")
        built = time.perf_counter() - started
        started = time.perf_counter()
        exact = fuzzy = 0
        for text in queries:
            exact += memory.exact(KIND, text) is not None
            fuzzy += bool(memory.fuzzy(KIND, text))
        per_unit = (time.perf_counter() - started) / len(queries)
        print(f"{size:>12,}  {built:>8.2f}  {per_unit * 1e3:>11.3f}  "
              f"{per_unit / per_unit_baseline:>10.1f}  {exact:>5}  {fuzzy:>5}")
        whole_export(pairs)


def whole_export(pairs: list[tuple[str, str]]) -> None:
    """`translate export` of the example into English with that memory, index included."""
    from sessional.model import record_from_json
    from sessional.render.tmx import MemoryUnit
    from sessional.services.translation import export_xliff

    record = record_from_json(EXAMPLE.read_bytes(), str(EXAMPLE))
    units = [MemoryUnit(KIND, "zh", {"zh": s, "en": t}) for s, t in pairs]
    started = time.perf_counter()
    _, done = export_xliff(record, "en", None, units)
    print(f"{'':>12}  the example's export into English with it: {done.units} units in "
          f"{time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
