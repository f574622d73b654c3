"""The participants a file lists, to import as a treaty's list. Two CSV layouts are read, told
apart by the header: ours (the columns `sessional refdata treaty export` writes: iso3, name_en,
signature_date, ratification_or_accession_date, action, source, confidence, notes, party_by)
and the Treaty Collection's (Participant, Signature, "Ratification, Accession(a), …"), whose
dates read "12 Dec 2000" with a letter for the kind of act ("24 Sep 2003 a"). A file whose name
ends in .html or .htm, or which begins with "<", is read as the status page
(ingest.untc_status): its table has the Treaty Collection's columns and is read as its CSV is.
Each line is placed by the name resolver and checked; a wrong one is named by file and line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import refdata
from ..ingest.untc_status import StatusPageUnreadable, read_status_page
from .records import InputError

OURS = ("iso3", "name_en", "signature_date", "ratification_or_accession_date", "action",
        "source", "confidence", "notes", "party_by")
PARTY_ACTS = {"ratification", "accession", "succession", "acceptance", "approval"}
ACTS = {"": "ratification", "a": "accession", "d": "succession", "A": "acceptance",
        "AA": "approval"}
UNTC_DATE = re.compile(r"^(\d{1,2} [A-Z][a-z]{2,8} \d{4})(?:\s+(a|d|A|AA))?$")
FOOTNOTE = re.compile(r"[\s\d,]+$")
PAGES = (".html", ".htm")
Reader = Callable[[dict[str, str], str, dt.date], dict[str, Any]]


@dataclass(frozen=True)
class Listed:
    """The lines of a file to import: where each is and its cells by heading; how to read them;
    the day a status page says it is as at."""

    read: Reader
    lines: tuple[tuple[str, str, dict[str, str]], ...]
    """(where it is, for a message; the row's source; its cells)"""
    status_as_at: dt.date | None = None


def read_list(path: Path, as_of: dt.date) -> list[dict[str, Any]]:
    """The participants a file lists (any layout `import_csv` reads), each placed by the name
    resolver on `as_of`, as the data files hold them; raises InputError naming the line of a
    name it cannot place. scripts/build_refdata.py builds the shipped Protocol lists with it."""
    return participant_rows(path, file_lines(path), as_of)


def file_lines(path: Path) -> Listed:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error})") from None
    if path.suffix.lower() in PAGES or data.lstrip()[:1] == b"<":
        try:
            page = read_status_page(data, str(path))
        except StatusPageUnreadable as error:
            raise InputError(str(error)) from None
        return Listed(_untc_row, tuple(
            (f"{path}, row {r.number} of the participants table", f"{path.name} row {r.number}",
             {"Participant": r.participant, "Signature": r.signature, "Ratification": r.party})
            for r in page.rows), page.status_as_at)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: cannot be read as UTF-8 text ({error})") from None
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    read = _our_row if "iso3" in header else _untc_row if "Participant" in header else None
    if read is None:
        raise InputError(f"{path}, line 1: the header names neither 'iso3' (the layout of "
                         "sessional refdata treaty export) nor 'Participant' (the UN Treaty "
                         "Collection's table)")
    return Listed(read, tuple(
        (f"{path}, line {number}", f"{path.name} line {number}",
         dict(zip(header, (c.strip() for c in cells), strict=False)))
        for number, cells in enumerate(reader, start=2) if any(c.strip() for c in cells)))


def participant_rows(path: Path, listed: Listed, as_of: dt.date) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for where, source, cells in listed.lines:
        row = listed.read(cells, where, as_of)
        if row["participant"] in rows:
            raise InputError(f"{where}: {row['participant']} is listed a second time")
        row["source"] = row["source"] or source
        rows[row["participant"]] = row
    if not rows:
        raise InputError(f"{path}: no participant listed")
    return list(rows.values())


def _our_row(cells: dict[str, str], where: str, as_of: dt.date) -> dict[str, Any]:
    code = cells.get("iso3", "").upper()
    name = cells.get("name_en", "")
    if not code and name != "European Union":
        raise InputError(f"{where}: iso3 is empty (only the European Union has no code)")
    if code and refdata.country(code) is None:
        raise InputError(f"{where}: iso3 {code!r} is not a code of the reference data")
    action = cells.get("action", "") or None
    if action is not None and action not in PARTY_ACTS | {"signature"}:
        raise InputError(f"{where}: action {action!r} is none of "
                         f"{', '.join(sorted(PARTY_ACTS | {'signature'}))}")
    row = _row(code or "EU", name or code, _date(cells.get("signature_date", ""), where),
               _date(cells.get("ratification_or_accession_date", ""), where), action, where,
               as_of, cells)
    row["party_by"] = iso_day(_date(cells.get("party_by", ""), where))
    row["party"] = row["party"] or action in PARTY_ACTS
    if row["party_by"] and not row["party_since"]:
        row["party_by_source"] = row["source"]
    return row


def _untc_row(cells: dict[str, str], where: str, as_of: dt.date) -> dict[str, Any]:
    name = FOOTNOTE.sub("", cells.get("Participant", ""))
    # the third column, whose heading varies by treaty ("Approval(AA), …, Ratification")
    act_column = next((k for k in cells if k not in ("Participant", "Signature")), "")
    signed, _ = _untc_date(cells.get("Signature", ""), where)
    party_on, act = _untc_date(cells.get(act_column, ""), where)
    return _row(_participant(name, where, as_of), name, signed, party_on,
                ACTS[act] if party_on else None, where, as_of, {})


def _row(code: str, name: str, signed: dt.date | None, party_on: dt.date | None,
         action: str | None, where: str, as_of: dt.date, cells: dict[str, str]) -> dict[str, Any]:
    for day in (signed, party_on):
        if day is not None and day > as_of:
            raise InputError(f"{where}: {day} is after the day the list is complete ({as_of})")
    if signed is None and party_on is None and action not in PARTY_ACTS:
        raise InputError(f"{where}: {name or code} has neither a signature nor a date of "
                         "ratification or accession")
    return {"participant": code, "name_en": name, "signature": iso_day(signed),
            "party_since": iso_day(party_on), "action": action, "party": party_on is not None,
            "party_by": None, "party_by_source": None, "source": cells.get("source", ""),
            "confidence": cells.get("confidence") or "as imported", "notes": cells.get("notes", "")}


def _participant(name: str, where: str, as_of: dt.date) -> str:
    found = refdata.resolve(name, as_of).matches or refdata.resolve(
        re.sub(r"^St\. ", "Saint ", name), as_of).matches  # as some copies write it
    codes = {m.country.iso3 if m.country else "EU" for m in found
             if m.country is not None or (m.organization and m.organization.key == "eu")}
    if len(codes) != 1:
        raise InputError(f"{where}: {name!r} is not a State of the reference data"
                         + (f" (it could be {', '.join(sorted(codes))})" if codes else ""))
    return codes.pop()


def _date(text: str, where: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{where}: {text!r} is not a date in the form YYYY-MM-DD") from None


def _untc_date(text: str, where: str) -> tuple[dt.date | None, str]:
    if not text:
        return None, ""
    match = UNTC_DATE.match(text)
    if match is None:
        return _date(text, where), ""
    for pattern in ("%d %b %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(match[1], pattern).date(), match[2] or ""
        except ValueError:
            continue
    raise InputError(f"{where}: {text!r} is not a date such as '12 Dec 2000' or '24 Sep 2003 a'")


def iso_day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
