"""Participation in the UN Convention against Transnational Organized Crime (UNTC XVIII-12)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ._files import load

Standing = Literal["party", "signatory", "not_participant", "unknown"]


@dataclass(frozen=True)
class Participation:
    participant: str
    name_en: str
    signature: dt.date | None
    party_since: dt.date | None
    action: str | None
    is_party: bool
    party_by: dt.date | None
    source: str
    confidence: str
    notes: str


@dataclass(frozen=True)
class Status:
    standing: Standing
    participation: Participation | None
    reason: str


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def untoc_participants() -> dict[str, Participation]:
    rows = load("treaty_status.json")["participants"]
    return {
        r["participant"]: Participation(r["participant"], r["name_en"], _date(r["signature"]),
                                        _date(r["party_since"]), r["action"], r["party"],
                                        _date(r["party_by"]), r["source"], r["confidence"],
                                        r["notes"])
        for r in rows
    }


def untoc_status(participant: str, on: dt.date) -> Status:
    """Standing of a State (ISO alpha-3) or of the European Union (`EU`) on a date.

    Dates are those of deposit of the instrument; a party whose date is not in the data is
    'unknown' for dates before its first known listing rather than guessed either way.
    """
    p = untoc_participants().get(participant)
    if p is None:
        return Status("unknown", None, "not in the mid-2014 snapshot or the later rows; "
                      "later accessions are missing from the data")
    if p.is_party and p.party_since is not None:
        if p.party_since <= on:
            return Status("party", p, f"instrument deposited {p.party_since}")
        if p.signature is not None and p.signature <= on:
            return Status("signatory", p, f"signed {p.signature}; party only from "
                          f"{p.party_since}")
        return Status("not_participant", p, f"party only from {p.party_since}")
    if p.is_party and p.party_by is not None and p.party_by <= on:
        return Status("party", p, f"known to be a party by {p.party_by}; date of deposit not "
                      "in the data")
    if p.is_party:
        return Status("unknown", p, f"party, date of deposit not in the data ({p.notes})")
    if p.signature is not None and p.signature <= on:
        return Status("signatory", p, f"signed {p.signature}; no later action in the data "
                      "(a later ratification may be missing)")
    return Status("unknown", p, "no dated action in the data")
