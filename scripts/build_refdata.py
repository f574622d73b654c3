#!/usr/bin/env python3
"""Rebuild sessional's reference data from the public sources in sources/data.

    .venv/bin/python scripts/build_refdata.py [--sources sources/data] [--check]

Reads the source tables (provenance in src/sessional/refdata/curated/sources.csv and
sources/SOURCES.md) and our curated tables (name_changes.csv, name_overrides.csv), and writes
src/sessional/refdata/data/{countries,organizations,treaty_status}.json, treaty_status_uncac.json
and the three Protocols' treaty_status_{tip,som,fa}.json. The Protocols' lists are the Treaty
Collection's tables, whose names are placed by sessional's own name resolver (so sessional must
be installed from this tree, as scripts/setup.sh does) in the countries.json just written (with
`--check`: the one on disk); a name it cannot place stops the build (exit 2). `--check` exits 1
when the files on disk differ from what the sources give. The format is documented in
src/sessional/refdata/FORMAT.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from sessional.services.records import InputError
from sessional.services.treaty_files import read_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/sessional/refdata/data"
CURATED = ROOT / "src/sessional/refdata/curated"
LANGS = ("ar", "zh", "en", "fr", "es", "ru")
UNTERM_LANG = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "es": "Spanish",
               "ru": "Russian"}
M49_FILE_LANG = {"ar": "ar", "zh": "cn", "en": "en", "fr": "fr", "es": "es", "ru": "ru"}
ARTICLE = re.compile(r"\s*\((the|l'|le|la|les|el|los|las|sans article)\)\s*$")
GENDER = re.compile(r"\s*\[(masc\.|fém\.)\]")
MARK = re.compile(r"\s*(\*+)\s*$")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def clean(raw: str) -> tuple[str, str | None, str]:
    """UNTERM short form -> (list name, article, kind of State its mark denotes)."""
    text = " ".join(raw.replace("’", "'").split())
    mark = MARK.search(text)
    kind = {None: "member_state", "*": "observer_state"}.get(
        mark.group(1) if mark else None, "non_member_state")
    text = MARK.sub("", text)
    text = GENDER.sub("", text)
    article = None
    if m := ARTICLE.search(text):
        article = None if m.group(1) == "sans article" else m.group(1)
        text = text[: m.start()]
    return text.strip(), article, kind


def plain(raw: str) -> str:
    return " ".join(raw.replace("’", "'").split())


def load_snapshots(src: Path) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Per ISO3: codes, kind, articles, variants; and evidence rows (snapshot, iso3, lang, name)."""
    meta: dict[str, dict[str, Any]] = {}
    evidence: list[dict[str, Any]] = []

    def entity(iso3: str, row: dict[str, str]) -> dict[str, Any]:
        e = meta.setdefault(iso3, {"iso3": iso3, "iso2": "", "m49": "", "kind": "area",
                                   "articles": {}, "variants": set()})
        e["iso2"] = e["iso2"] or row.get("ISO3166-1-Alpha-2", "") or row.get("ISO-alpha2 Code", "")
        m49 = row.get("M49", "") or row.get("M49 Code", "")
        if m49 and not e["m49"]:
            e["m49"] = m49.zfill(3)
        return e

    for snap, fname in (("S2017", "country-codes_2017-11-03_e17100c.csv"),
                        ("S2026", "country-codes.csv")):
        for row in read_csv(src / fname):
            iso3 = row["ISO3166-1-Alpha-3"].strip()
            if not iso3:
                continue
            e = entity(iso3, row)
            if row.get("CLDR display name"):
                e["variants"].add(plain(row["CLDR display name"]))
            for lang in LANGS:
                m49_name = plain(row.get(f"official_name_{M49_FILE_LANG[lang]}", ""))
                if m49_name:
                    e["variants"].add(m49_name)
                raw = row.get(f"UNTERM {UNTERM_LANG[lang]} Short", "").strip()
                if raw:
                    name, article, kind = clean(raw)
                    e["variants"].add(plain(raw))
                    e["kind"] = kind
                    if article:
                        e["articles"][lang] = article
                    evidence.append({"snap": snap, "iso3": iso3, "lang": lang, "name": name})
                elif e["kind"] == "area" and m49_name and not (snap == "S2026" and lang == "en"):
                    # the 2026 M49 English column has defects ("Ivory Coast"); UNSD 2024 covers it
                    evidence.append({"snap": snap, "iso3": iso3, "lang": lang, "name": m49_name})
    for lang in LANGS:
        for row in read_csv(src / f"UNSD-{M49_FILE_LANG[lang]}.csv"):
            iso3 = row["ISO-alpha3 Code"].strip()
            if not iso3:
                continue
            e = entity(iso3, row)
            name = plain(row["Country or Area"])
            e["variants"].add(name)
            if e["kind"] == "area":
                evidence.append({"snap": "M2024", "iso3": iso3, "lang": lang, "name": name})
    evidence += unterm_2024(src, meta, evidence)
    return meta, evidence


def unterm_2024(src: Path, meta: dict[str, dict[str, Any]],
                evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """unterm_names.csv has no codes: join its English short name to the other snapshots."""
    index = {ev["name"]: ev["iso3"] for ev in evidence if ev["lang"] == "en"}
    index.update({v: e["iso3"] for e in meta.values() for v in e["variants"]})
    rows: list[dict[str, Any]] = []
    for row in read_csv(src / "unterm_names.csv"):
        en, _article, _obs = clean(row["official_name_en"])
        iso3 = index.get(en)
        if iso3 is None:
            print(f"unterm_names.csv: no entity for {row['official_name_en']!r}", file=sys.stderr)
            continue
        for lang in LANGS:
            column = "official_name_en" if lang == "en" else f"UNTERM {UNTERM_LANG[lang]} Short"
            if raw := row.get(column, "").strip():
                name, _article, _obs = clean(raw)
                meta[iso3]["variants"].add(plain(raw))
                rows.append({"snap": "U2024", "iso3": iso3, "lang": lang, "name": name})
    return rows


SNAP_DATE = {"S2017": "2017-11-03", "U2024": "2024-09-01", "M2024": "2024-09-01",
             "S2026": "2026-05-01"}


def span(name: str, start: str | None, end: str | None, basis: str) -> dict[str, Any]:
    return {"name": name, "from": start, "to": end, "basis": basis}


def history_from_evidence(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Names in the order the snapshots attest them; a change counts from its first attestation."""
    spans: list[dict[str, Any]] = []
    for ev in sorted(items, key=lambda ev: SNAP_DATE[ev["snap"]]):
        if spans and spans[-1]["name"] == ev["name"]:
            continue
        day = SNAP_DATE[ev["snap"]]
        if spans:
            spans[-1]["to"] = day
            spans.append(span(ev["name"], day, None, f"{ev['snap']}: first attested; "
                              "date of the change not in the data"))
        else:
            spans.append(span(ev["name"], None, None, f"{ev['snap']}"))
    return spans


def history_from_change(items: list[dict[str, Any]], change: dict[str, str],
                        lang: str) -> list[dict[str, Any]]:
    new = change[f"name_{lang}"]
    basis = "name_changes.csv"
    first = min(items, key=lambda ev: SNAP_DATE[ev["snap"]], default=None)
    if first is None or first["name"] == new:
        return [span(new, None, None, basis)]
    return [span(first["name"], None, change["effective"], first["snap"]),
            span(new, change["effective"], None, basis)]


def apply_override(spans: list[dict[str, Any]], ov: dict[str, str]) -> list[dict[str, Any]]:
    """Put the override's name in force over [valid_from, valid_to), cutting the spans around it."""
    start, end = ov["valid_from"] or None, ov["valid_to"] or None
    kept: list[dict[str, Any]] = []
    for s in spans:
        s_from, s_to = s["from"] or "0000", s["to"] or "9999"
        if start and s_from < start:
            kept.append({**s, "to": min(s_to, start)})
        if end and s_to > end:
            kept.append({**s, "from": max(s_from, end), "to": s["to"]})
    kept.append(span(ov["name"], start, end, "name_overrides.csv"))
    for s in kept:
        s["to"] = None if s["to"] == "9999" else s["to"]
        s["from"] = None if s["from"] == "0000" else s["from"]
    return sorted(kept, key=lambda s: s["from"] or "")


def build_countries(src: Path) -> dict[str, Any]:
    meta, evidence = load_snapshots(src)
    changes = {r["iso3"]: r for r in read_csv(CURATED / "name_changes.csv")}
    overrides = read_csv(CURATED / "name_overrides.csv")
    entities = []
    for iso3 in sorted(meta):
        e = meta[iso3]
        names: dict[str, list[dict[str, Any]]] = {}
        for lang in LANGS:
            items = [ev for ev in evidence if ev["iso3"] == iso3 and ev["lang"] == lang]
            if iso3 in changes:
                names[lang] = history_from_change(items, changes[iso3], lang)
            elif items:
                names[lang] = history_from_evidence(items)
            for ov in overrides:
                if ov["iso3"] == iso3 and ov["lang"] == lang:
                    names[lang] = apply_override(names.get(lang, []), ov)
        in_force = {n["name"] for spans in names.values() for n in spans}
        entities.append({
            "iso3": iso3, "iso2": e["iso2"], "m49": e["m49"], "kind": e["kind"],
            "names": names, "change": changes.get(iso3, {}).get("source"),
            "overrides": [o["source"] + "; " + o["note"] for o in overrides if o["iso3"] == iso3],
            "articles": dict(sorted(e["articles"].items())),
            "variants": sorted(v for v in e["variants"] if v not in in_force),
        })
    return {"format": "sessional-refdata-countries", "version": 1,
            "sources": read_csv(CURATED / "sources.csv"), "entities": entities}


def confidence(cell: str) -> dict[str, str]:
    pairs = (p.split("=", 1) for p in cell.split(";") if "=" in p)
    return {k.strip(): v.strip() for k, v in pairs}


def build_organizations(src: Path) -> dict[str, Any]:
    """The source table, with the languages it lacks filled from curated/organization_names.csv
    (names found in UN documents or the evidence files, each row with its source); a name the
    source table has is never replaced."""
    added: dict[str, list[dict[str, str]]] = {}
    for extra in read_csv(CURATED / "organization_names.csv"):
        added.setdefault(extra["key"], []).append(extra)
    orgs = []
    for row in read_csv(src / "un_organizations.csv"):
        names = {lang: plain(row[f"name_{lang}"]) for lang in LANGS if row[f"name_{lang}"].strip()}
        sure, source = confidence(row["confidence"]), row["source"]
        for extra in added.get(row["key"], []):
            if extra["lang"] not in names:
                names[extra["lang"]] = plain(extra["name"])
                sure[extra["lang"]] = extra["confidence"]
                source += f"; {extra['lang']}: {extra['source']}"
        orgs.append({
            "key": row["key"], "category": row["category"],
            "names": {lang: names[lang] for lang in LANGS if lang in names},
            "missing": [lang for lang in LANGS if lang not in names],
            "acronym_en": row["acronym_en"] or None, "confidence": sure,
            "source": source, "notes": row["notes"],
        })
    return {"format": "sessional-refdata-organizations", "version": 1,
            "source": "sources/data/un_organizations.csv (see sources/SOURCES.md)",
            "organizations": orgs}


TREATIES = {  # treaty: (source file, UNTC chapter, the snapshot's date, party-by table)
    "UNTOC": ("untoc_status.csv", "XVIII-12", "2014-01-27", "untoc_party_by.csv"),
    "UNCAC": ("uncac_status.csv", "XVIII-14", "2014-07-10", None),
}


def build_treaty_status(src: Path, treaty: str) -> dict[str, Any]:
    """One treaty's participants. `complete_as_of` is the date of the UNTC snapshot the
    list is built on (the day its scrape last changed, sources/SOURCES.md); rows added later
    come from single sources, named in each row."""
    name, chapter, as_of, party_by = TREATIES[treaty]
    known_by = {r["participant"]: r for r in read_csv(CURATED / party_by)} if party_by else {}
    rows = []
    for row in read_csv(src / name):
        party_on = row["ratification_or_accession_date"] or None
        rows.append({
            "participant": row["iso3"] or "EU", "name_en": row["name_en"],
            "signature": row["signature_date"] or None, "party_since": party_on,
            "action": row["action"] or None,
            "party": bool(party_on) or row["action"] in {"accession", "ratification", "succession",
                                                          "acceptance", "approval"},
            "party_by": known_by.get(row["iso3"], {}).get("party_by"),
            "party_by_source": known_by.get(row["iso3"], {}).get("source"),
            "source": row["source"], "confidence": row["confidence"], "notes": row["notes"],
        })
    return {"format": "sessional-refdata-treaty-status", "version": 2, "treaty": treaty,
            "depositary_reference": f"UN Treaty Collection, chapter {chapter}",
            "complete_as_of": as_of,
            "source": f"sources/data/{name} (see sources/SOURCES.md)",
            "participants": rows}


SCRAPE = "github zmjones/untreaties treaties/{path} @003ce1309cc2 (scrape of UNTC MTDSG " \
    "{chapter}; file last changed {day})"
PROTOCOLS = {  # treaty: (the scrape's copy, its path upstream, UNTC chapter, day it last changed)
    "UNTOC-TIP": ("untoc_tip_untc_2014.csv", "18-12-a.csv", "XVIII-12-a", "2014-01-27"),
    "UNTOC-SOM": ("untoc_som_untc_2014.csv", "18-12-b.csv", "XVIII-12-b", "2014-07-10"),
    "UNTOC-FA": ("untoc_fa_untc_2014.csv", "18-12-c.csv", "XVIII-12-c", "2014-07-10"),
}


def build_protocol_status(src: Path, treaty: str) -> dict[str, Any]:
    """One Protocol's participants: the Treaty Collection's table as scraped, read as `sessional
    refdata treaty import` reads it (names placed by the resolver on the scrape's day, in the
    countries.json on disk), complete up to the day the scrape last changed. A name the resolver
    cannot place stops the build (InputError naming the line)."""
    name, upstream, chapter, as_of = PROTOCOLS[treaty]
    scrape = SCRAPE.format(path=upstream, chapter=chapter, day=as_of)
    rows = read_list(src / name, dt.date.fromisoformat(as_of))
    for row in rows:  # "untoc_tip_untc_2014.csv line 5" -> where upstream and in sources/data
        row["source"] = f"{scrape}, copied as sources/data/{row['source']}"
        row["confidence"] = "high"
    return {"format": "sessional-refdata-treaty-status", "version": 2, "treaty": treaty,
            "depositary_reference": f"UN Treaty Collection, chapter {chapter}",
            "complete_as_of": as_of,
            "source": f"sources/data/{name}, a copy of {scrape} (see sources/SOURCES.md)",
            "participants": rows}


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "sources" / "data")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    if not (args.sources / "country-codes.csv").is_file():
        print(f"build_refdata: {args.sources} has no country-codes.csv (give --sources FOLDER)",
              file=sys.stderr)
        return 2
    outputs = {"countries.json": build_countries(args.sources),
               "organizations.json": build_organizations(args.sources),
               "treaty_status.json": build_treaty_status(args.sources, "UNTOC"),
               "treaty_status_uncac.json": build_treaty_status(args.sources, "UNCAC")}
    if not args.check:  # the Protocols' names are placed with the countries just built
        write(OUT / "countries.json", dump(outputs["countries.json"]))
    try:
        outputs.update({f"treaty_status_{key.split('-')[1].lower()}.json":
                        build_protocol_status(args.sources, key) for key in PROTOCOLS})
    except InputError as error:
        print(f"build_refdata: {error}", file=sys.stderr)
        return 2
    stale = []
    for name, data in outputs.items():
        path, text = OUT / name, dump(data)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            write(path, text)
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
