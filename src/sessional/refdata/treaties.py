"""Participation in the conventions, UNTOC (UNTC XVIII-12) and UNCAC (UNTC XVIII-14), and in
the three Protocols to UNTOC, each a treaty of its own: UNTOC-TIP (Trafficking in Persons,
XVIII-12-a), UNTOC-SOM (Smuggling of Migrants, XVIII-12-b), UNTOC-FA (Firearms, XVIII-12-c).

The Protocols' lists are 2014 snapshots of the Treaty Collection's tables (TIP as of
2014-01-27, the other two as of 2014-07-10), like the Convention's. Each list is complete only
up to its
`complete_as_of` date (the day of its snapshot of the UN Treaty Collection's status page); rows
added after it come from single sources and say so. On a later date, what the list does not
show (a later ratification, a later signature) is not known, and the status says so instead of
guessing. A secretariat brings a newer list with `sessional refdata treaty import`
(`treaty_import`); the newest list of a treaty is the one used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ..model.wording import Words, say, verbatim, words
from ._files import imported_stamp, load, load_imported

Standing = Literal["party", "signatory", "not_participant", "unknown"]


@dataclass(frozen=True)
class Treaty:
    key: str
    chapter: str
    """Its number in the UN Treaty Collection (MTDSG), whose status page lists its participants."""
    shipped: str
    """The data file of the list shipped with sessional."""


TREATIES = {t.key: t for t in (
    Treaty("UNTOC", "XVIII-12", "treaty_status.json"),
    Treaty("UNTOC-TIP", "XVIII-12-a", "treaty_status_tip.json"),
    Treaty("UNTOC-SOM", "XVIII-12-b", "treaty_status_som.json"),
    Treaty("UNTOC-FA", "XVIII-12-c", "treaty_status_fa.json"),
    Treaty("UNCAC", "XVIII-14", "treaty_status_uncac.json"),
)}


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
    said: Words
    """Why, as a sentence a page says in the operator's language (`reason`: in English)."""

    @property
    def reason(self) -> str:
        return say(self.said)


@dataclass(frozen=True)
class TreatyList:
    treaty: str
    complete_as_of: dt.date
    source: str
    participants: dict[str, Participation]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _list(data: dict[str, Any]) -> TreatyList:
    return TreatyList(data["treaty"], dt.date.fromisoformat(data["complete_as_of"]),
                      data["source"], {
                          r["participant"]: Participation(
                              r["participant"], r["name_en"], _date(r["signature"]),
                              _date(r["party_since"]), r["action"], r["party"],
                              _date(r["party_by"]), r["source"], r["confidence"], r["notes"])
                          for r in data["participants"]})


def treaty_list(treaty: str) -> TreatyList | None:
    """The newest list of a treaty's participants: the shipped one, or one a user imported
    that is complete to a later date (read again when that file changes). None for a treaty
    without data."""
    if treaty not in TREATIES:
        return None
    name = f"treaty_status.{treaty}.json"
    return _treaty_list(treaty, name, imported_stamp(name))


def lists_stamp() -> tuple[tuple[str, int] | None, ...]:
    """Changes when a user imports a list: what is worked out from the lists (a check, a
    page) and kept is kept under it."""
    return tuple(imported_stamp(f"treaty_status.{treaty}.json") for treaty in TREATIES)


@cache
def _treaty_list(treaty: str, name: str, _stamp: tuple[str, int] | None) -> TreatyList:
    shipped = _list(load(TREATIES[treaty].shipped))
    imported = load_imported(name)
    newer = _list(imported) if imported is not None else None
    return newer if newer is not None and newer.complete_as_of > shipped.complete_as_of \
        else shipped


def untoc_participants() -> dict[str, Participation]:
    found = treaty_list("UNTOC")
    return found.participants if found else {}


def untoc_status(participant: str, on: dt.date) -> Status:
    return treaty_status("UNTOC", participant, on)


def treaty_status(treaty: str, participant: str, on: dt.date) -> Status:
    """Standing of a State (ISO alpha-3) or of the European Union (`EU`) on a date.

    Dates are those of deposit of the instrument; a party whose date is not in the data is
    'unknown' for dates before its first known listing rather than guessed either way; after
    the list's date, only what the list states is known.
    """
    data = treaty_list(treaty)
    if data is None:
        return Status("unknown", None, words("no participation data for {treaty}",
                                             treaty=treaty))
    p, as_of = data.participants.get(participant), data.complete_as_of
    after = on > as_of
    if p is None:
        return Status("unknown", None, words(
            "not in the list, which is complete up to {as_of}; not known after that date",
            as_of=str(as_of))) if after else \
            Status("not_participant", None, words("not in the list (complete up to {as_of})",
                                                  as_of=str(as_of)))
    if p.is_party and p.party_since is not None:
        if p.party_since <= on:
            return Status("party", p, words("instrument deposited {day}",
                                            day=str(p.party_since)))
        if p.signature is not None and p.signature <= on:
            return Status("signatory", p, words("signed {signed}; party only from {day}",
                                                signed=str(p.signature), day=str(p.party_since)))
        return Status("not_participant", p, words("party only from {day}",
                                                  day=str(p.party_since)))
    if p.is_party and p.party_by is not None and p.party_by <= on:
        return Status("party", p, words("known to be a party by {day}; date of deposit not in "
                                        "the data", day=str(p.party_by)))
    if p.is_party:
        return Status("unknown", p, words("party, date of deposit not in the data ({notes})",
                                          notes=verbatim(p.notes)))
    if p.signature is not None and p.signature <= on:
        if after:
            return Status("unknown", p, words(
                "signed {signed}; no ratification in the list, which is complete up to "
                "{as_of}; not known after that date", signed=str(p.signature),
                as_of=str(as_of)))
        return Status("signatory", p, words("signed {signed}; not a party on {as_of}",
                                            signed=str(p.signature), as_of=str(as_of)))
    return Status("unknown", p, words("no dated action in the data"))
