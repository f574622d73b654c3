"""Reference data look-ups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .. import refdata
from ..model import (
    LANGUAGES,
)
from .records import InputError


@dataclass(frozen=True)
class LookupEntry:
    code: str
    kind: str
    how: str
    matched_languages: tuple[str, ...]
    codes: dict[str, str]
    names: dict[str, str | None]
    untoc: dict[str, Any] | None = None
    notes: tuple[str, ...] = ()
    treaties: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Standing and reason in each treaty with participation data (UNTOC, UNCAC) on the date."""


@dataclass(frozen=True)
class LookupResult:
    text: str
    date: dt.date | None
    entries: tuple[LookupEntry, ...] = field(default=())


def lookup_name(text: str, on: dt.date | None) -> LookupResult:
    if not text.strip():
        raise InputError("TEXT: empty name")
    resolution = refdata.resolve(text, on)
    entries = [_entry(m, on) for m in resolution.matches]
    place = refdata.place_by_name(text)
    if place is not None:
        entries.append(_city(place, text))
    return LookupResult(text, on, tuple(entries))


def _city(place: refdata.Named, text: str) -> LookupEntry:
    """A city of the usual venues (refdata/curated/places.csv), each name from its source."""
    wanted = " ".join(text.split()).casefold()
    matched = tuple(lang for lang, name in place.names.items() if name.casefold() == wanted)
    names: dict[str, str | None] = {lang: place.name(lang) for lang in LANGUAGES}
    notes = (*(f"{lang}: no sourced name (never translated by us)" for lang in place.missing),
             f"source: {place.source}")
    return LookupEntry(place.key, "city", "name", matched, {"key": place.key}, names,
                       notes=notes)


def _entry(match: refdata.Match, on: dt.date | None) -> LookupEntry:
    if match.country is not None:
        c = match.country
        names: dict[str, str | None] = {lang: c.name(lang, on) for lang in LANGUAGES}
        treaties = _standings(c.iso3, on) if c.is_state else {}
        notes = tuple(f"{lang}: no UN name in the data" for lang, n in names.items() if n is None)
        return LookupEntry(c.iso3, c.kind, match.how, match.languages,
                           {"iso3": c.iso3, "iso2": c.iso2, "m49": c.m49}, names,
                           treaties.get("UNTOC"), notes, treaties)
    org = match.organization
    assert org is not None
    names = {lang: org.name(lang) for lang in LANGUAGES}
    notes = tuple(f"{lang}: no sourced name (never translated by us)" for lang in org.missing)
    codes = {"key": org.key} | ({"acronym_en": org.acronym_en} if org.acronym_en else {})
    treaties = _standings("EU", on) if org.key == "eu" else {}
    return LookupEntry(org.key, org.category, match.how, (), codes, names,
                       treaties.get("UNTOC"), notes, treaties)


def _standings(code: str, on: dt.date | None) -> dict[str, dict[str, Any]]:
    if on is None:
        return {}
    found = {treaty: refdata.treaty_status(treaty, code, on) for treaty in ("UNTOC", "UNCAC")}
    return {treaty: {"standing": s.standing, "reason": s.reason} for treaty, s in found.items()}

