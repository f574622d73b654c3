"""A secretariat keeps treaty participation current: it exports the list in use as CSV, brings
a newer one (its own edit, or the UN Treaty Collection's status page saved as HTML or its table
as CSV) and imports it, saying up to which day the new list is complete (a saved status page
says it itself: its "STATUS AS AT" day).

The files it reads, and how each line is read and checked: services/treaty_files.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import refdata
from ..refdata._files import imported_folder
from ..refdata.treaties import TREATIES, TreatyList
from .records import InputError, write_whole
from .treaty_files import OURS, file_lines, iso_day, participant_rows


@dataclass(frozen=True)
class ImportedList:
    treaty: str
    complete_as_of: dt.date
    path: Path
    participants: int
    parties: int
    signatories: int
    changed: tuple[str, ...]
    """What the new list says differently of a participant, one line each."""
    day_from_page: bool = False
    """`complete_as_of` is the status page's "STATUS AS AT" day (no --as-of was given)."""


def shown_list(treaty: str) -> TreatyList:
    """The list of `treaty` in use (the shipped one, or a newer one imported)."""
    found = refdata.treaty_list(_known(treaty))
    assert found is not None  # every known treaty ships a list
    return found


def export_csv(treaty: str) -> str:
    """The list in use, in our layout: edit it and import it with a later date."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OURS)
    for p in shown_list(treaty).participants.values():
        writer.writerow([p.participant if p.participant != "EU" else "", p.name_en,
                         iso_day(p.signature), iso_day(p.party_since), p.action or "", p.source,
                         p.confidence, p.notes, iso_day(p.party_by) or ""])
    return out.getvalue()


def import_csv(path: Path, treaty: str, as_of: dt.date | None, today: dt.date | None = None,
               withdrawals: bool = False) -> ImportedList:
    """Read a newer list of `treaty`, complete up to `as_of` (None: the status page's own day),
    and keep it in the reference data folder, where every later check finds it. Nothing is
    written when any line is wrong, nor when the list drops a party of the list in use (a part
    of a list, most likely), unless `withdrawals` says that parties did withdraw."""
    treaty = _known(treaty)
    today = today or dt.date.today()
    current = shown_list(treaty)
    listed = file_lines(path)
    from_page = as_of is None
    if as_of is None:
        if listed.status_as_at is None:
            raise InputError(f"--as-of: not given, and {path} states no 'STATUS AS AT' day; "
                             "say up to which day it is complete (YYYY-MM-DD)")
        as_of = listed.status_as_at
    if as_of > today:
        raise InputError((f"{path}: its 'STATUS AS AT' day" if from_page else "--as-of:") +
                         f" {as_of} is after today ({today})")
    if as_of <= current.complete_as_of:
        raise InputError(f"--as-of: the {treaty} list in use is complete up to "
                         f"{current.complete_as_of}; a list complete only up to {as_of} "
                         "would not be newer")
    rows = participant_rows(path, listed, as_of)
    if not withdrawals:
        _no_party_dropped(path, current, rows)
    data = {"format": "sessional-refdata-treaty-status", "version": 2, "treaty": treaty,
            "depositary_reference": "as imported", "complete_as_of": as_of.isoformat(),
            "source": f"{path.name}, imported on {today} with sessional refdata treaty import",
            "participants": rows}
    target = imported_folder() / f"treaty_status.{treaty}.json"
    write_whole(target, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    parties = sum(1 for r in rows if r["party"])
    return ImportedList(treaty, as_of, target, len(rows), parties,
                        sum(1 for r in rows if r["signature"] and not r["party"]),
                        _changes(current, rows), from_page)


def _no_party_dropped(path: Path, current: TreatyList, rows: list[dict[str, Any]]) -> None:
    parties = {r["participant"] for r in rows if r["party"]}
    dropped = [code for code, p in current.participants.items()
               if p.is_party and code not in parties]
    if dropped:
        shown = ", ".join(dropped[:10]) + (f" and {len(dropped) - 10} more" if len(dropped) > 10
                                           else "")
        raise InputError(f"{path}: {len(dropped)} parties of the list in use are not parties "
                         f"in it ({shown}); import a whole list (export the one in use and add "
                         "to it), or say --withdrawals if they did withdraw")


def _known(treaty: str) -> str:
    """A treaty's key, named by it (UNTOC-TIP) or by its Treaty Collection number (XVIII-12-a)."""
    wanted = treaty.strip().upper()
    key = next((t.key for t in TREATIES.values() if wanted in (t.key, t.chapter.upper())), None)
    if key is None:
        raise InputError(f"--treaty: {treaty!r} is not a treaty with participation data "
                         f"(known: {', '.join(TREATIES)})")
    return key


def _changes(current: TreatyList, rows: list[dict[str, Any]]) -> tuple[str, ...]:
    said = []
    for row in rows:
        before = current.participants.get(row["participant"])
        was = (iso_day(before.signature), iso_day(before.party_since)) if before else (None, None)
        if was != (row["signature"], row["party_since"]):
            said.append(f"{row['participant']}: " + _standing(row["signature"], row["party_since"])
                        + (f" (was: {_standing(*was)})" if before else " (new)"))
    said += [f"{code}: no longer listed" for code in current.participants
             if code not in {r["participant"] for r in rows}]
    return tuple(said)


def _standing(signed: str | None, party_on: str | None) -> str:
    if party_on:
        return f"party since {party_on}"
    return f"signed {signed}" if signed else "not listed"
