#!/usr/bin/env python3
"""Ingest accuracy: precision, recall and wrong facts on reports people wrote.

    .venv/bin/python benchmarks/ingest_accuracy.py [--corpus tests/ingest/corpus] [--json]

Each report `NAME.LANG.txt` of the corpus has beside it `NAME.LANG.facts.json`: the facts a
careful reader finds in it, written by hand. A fact the record states as the file does is
correct; a fact the record states otherwise (a value, a member in another category or in none
of the file's, a category claimed complete that misses members) is wrong; a fact the record
leaves unknown is missing. precision = correct / (correct + wrong); recall = correct / facts.
Target (issue 11): 0 wrong facts, recall >= 95%.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from sessional.ingest import NotAReport, ingest_text

KINDS = ("body", "symbol", "dates", "venue", "meetings_held", "officers", "attendance",
         "speakers", "agenda", "documents", "adopted_on")


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip().rstrip(".;:；：。").strip()
    return value


def stated(record: Any, lang: str) -> dict[str, Any]:
    """What the record states, in the shape of a facts file (None: unknown)."""
    session = record.sessions[0] if record.sessions else None
    out: dict[str, Any] = {
        "body": record.bodies[0].name.get(lang) if record.bodies else None,
        "symbol": str(record.report.symbol) if record.report.symbol else None,
        "dates": None, "venue": None, "meetings_held": None,
        "officers": {p.role: [p.name, p.state] for p in record.officers},
        "speakers": [s.delegation.state for g in record.statements if g.kind == "statement"
                     for s in g.statements.items if s.delegation.state],
        "documents": [str(d.symbol) for d in record.documents.items],
        "adopted_on": getattr(record.report.adopted_on, "isoformat", lambda: None)(),
    }
    if session is not None:
        if hasattr(session.dates, "start"):
            out["dates"] = [session.dates.start.isoformat(), session.dates.end.isoformat()]
        out["venue"] = session.venue.get(lang)
        out["meetings_held"] = session.meetings_held if isinstance(session.meetings_held,
                                                                   int) else None
        out["agenda"] = {i.number: i.title.get(lang) for i in session.agenda.items}
    attendance: dict[str, tuple[str, list[str]]] = {}
    for category in type(record.attendance).model_fields:
        facts = getattr(record.attendance, category)
        attendance[category] = (facts.status, [
            i if isinstance(i, str) else (i.key or i.name.get(lang, "")) for i in facts.items])
    out["attendance"] = attendance
    return out


def compare(expected: dict[str, Any], found: dict[str, Any]) -> dict[str, list[int]]:
    """kind -> [facts, correct, wrong]."""
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for kind in ("body", "symbol", "dates", "venue", "meetings_held", "adopted_on"):
        _one(score[kind], expected.get(kind), found.get(kind))
    for role, person in expected.get("officers", {}).items():
        _one(score["officers"], person, found["officers"].get(role))
    score["officers"][2] += len(set(found["officers"]) - set(expected.get("officers", {})))
    for number, title in expected.get("agenda", {}).items():
        _one(score["agenda"], title, found.get("agenda", {}).get(number))
    for kind in ("speakers", "documents"):
        if kind in expected:
            _sets(score[kind], expected[kind], found[kind])
    _attendance(score["attendance"], expected.get("attendance", {}), found["attendance"])
    return score


def _one(score: list[int], want: Any, got: Any) -> None:
    if want is not None:
        score[0] += 1
    if got is None or (want is None and got in ({}, [])):
        return
    if _plain(want) == _plain(got) or (isinstance(want, list) and
                                       [_plain(w) for w in want] == [_plain(g) for g in got]):
        score[1] += 1
    else:
        score[2] += 1


def _sets(score: list[int], want: list[Any], got: list[Any]) -> None:
    score[0] += len(want)
    score[1] += len(set(want) & set(got))
    score[2] += len(set(got) - set(want))


def _attendance(score: list[int], want: dict[str, list[str]],
                got: dict[str, tuple[str, list[str]]]) -> None:
    where = {_plain(m): c for c, members in want.items() for m in members}
    score[0] += len(where)
    for category, (status, members) in got.items():
        for member in dict.fromkeys(members):  # a State named twice is one fact
            if where.get(_plain(member)) == category:
                score[1] += 1
            else:
                score[2] += 1  # in another category, or in none the report states
        missing = [m for m in want.get(category, []) if m not in members]
        if status == "complete" and missing:
            score[2] += 1  # a category claimed complete without members the report names


def score_report(facts_file: Path) -> dict[str, list[int]]:
    """kind -> [facts, correct, wrong] for one report of the corpus (refused: nothing found)."""
    expected = json.loads(facts_file.read_text(encoding="utf-8"))
    text = facts_file.with_name(facts_file.name.replace(".facts.json", ".txt"))
    try:
        record = ingest_text(text.read_text(encoding="utf-8"), expected["lang"]).record
        found = stated(record, expected["lang"])
    except NotAReport:
        found = {"officers": {}, "speakers": [], "documents": [], "attendance": {}}
    return compare(expected["facts"], found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path,
                        default=Path(__file__).parent.parent / "tests" / "ingest" / "corpus")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    refused = []
    for facts_file in sorted(args.corpus.glob("*.facts.json")):
        expected = json.loads(facts_file.read_text(encoding="utf-8"))
        lang = expected["lang"]
        text = facts_file.with_name(facts_file.name.replace(".facts.json", ".txt"))
        try:
            record = ingest_text(text.read_text(encoding="utf-8"), lang).record
            found = stated(record, lang)
        except NotAReport as refusal:
            refused.append(f"{text.name}: {refusal}")
            found = {"officers": {}, "speakers": [], "documents": [], "attendance": {}}
        for kind, (n, ok, bad) in compare(expected["facts"], found).items():
            for key in ((lang, kind), (lang, "all"), ("all", kind), ("all", "all")):
                row = table[key]
                row[0] += n
                row[1] += ok
                row[2] += bad
    rows = [{"lang": lang, "kind": kind, "facts": n, "correct": ok, "wrong": bad,
             "precision": round(ok / (ok + bad), 3) if ok + bad else None,
             "recall": round(ok / n, 3) if n else None}
            for (lang, kind), (n, ok, bad) in sorted(table.items())]
    if args.json:
        print(json.dumps({"rows": rows, "refused": refused}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'lang':5} {'kind':14} {'facts':>6} {'correct':>8} {'wrong':>6} "
          f"{'precision':>10} {'recall':>7}")
    for r in rows:
        if r["facts"] or r["wrong"]:
            precision = "-" if r["precision"] is None else f"{r['precision']:.0%}"
            recall = "-" if r["recall"] is None else f"{r['recall']:.0%}"
            print(f"{r['lang']:5} {r['kind']:14} {r['facts']:>6} {r['correct']:>8} "
                  f"{r['wrong']:>6} {precision:>10} {recall:>7}")
    for line in refused:
        print(f"refused: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
