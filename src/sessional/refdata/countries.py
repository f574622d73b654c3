"""States and areas with their UN short names in six languages, as in force on a given date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ..model import LANGUAGES, Lang
from ._files import load
from .normalize import name_key

Kind = Literal["member_state", "observer_state", "non_member_state", "area"]


@dataclass(frozen=True)
class NameSpan:
    name: str
    start: dt.date | None
    end: dt.date | None
    basis: str

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    m49: str
    kind: Kind
    history: dict[Lang, tuple[NameSpan, ...]]
    articles: dict[Lang, str]
    variants: tuple[str, ...]
    change_source: str | None

    def name(self, lang: Lang, on: dt.date | None = None) -> str | None:
        """The UN short name in `lang` in force on `on` (today's when `on` is None).

        None means the data has no name in that language: it is missing, never translated.
        """
        span = self.span(lang, on)
        return span.name if span else None

    def span(self, lang: Lang, on: dt.date | None = None) -> NameSpan | None:
        spans = self.history.get(lang, ())
        if not spans:
            return None
        if on is None:
            return spans[-1]
        return next((s for s in spans if s.covers(on)), None)

    def names(self, on: dt.date | None = None) -> dict[Lang, str | None]:
        return {lang: self.name(lang, on) for lang in LANGUAGES}

    @property
    def is_state(self) -> bool:
        return self.kind != "area"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _country(raw: dict[str, Any]) -> Country:
    history = {
        lang: tuple(NameSpan(s["name"], _date(s["from"]), _date(s["to"]), s["basis"])
                    for s in spans)
        for lang, spans in raw["names"].items()
    }
    return Country(raw["iso3"], raw["iso2"], raw["m49"], raw["kind"], history,
                   raw["articles"], tuple(raw["variants"]), raw["change"])


@cache
def all_countries() -> dict[str, Country]:
    return {raw["iso3"]: _country(raw) for raw in load("countries.json")["entities"]}


def country(code: str) -> Country | None:
    """By ISO alpha-3, alpha-2 or M49 code; an M49 code may drop its leading zeros ("40",
    as ISO 3166 numeric columns print Austria's "040")."""
    table = all_countries()
    code = code.strip().upper()
    if code in table:
        return table[code]
    number = code.zfill(3)  # M49 codes are three digits: "40" -> "040"
    return next((c for c in table.values() if code == c.iso2 or number == c.m49), None)


@cache
def _name_index() -> dict[str, tuple[tuple[str, str], ...]]:
    """name key -> ((iso3, how), ...), `how` being 'name' (a UN short name) or 'variant'."""
    index: dict[str, list[tuple[str, str]]] = {}
    for c in all_countries().values():
        forms = [(s.name, "name") for spans in c.history.values() for s in spans]
        forms += [(v, "variant") for v in c.variants]
        for form, how in forms:
            entries = index.setdefault(name_key(form), [])
            if all(iso3 != c.iso3 for iso3, _ in entries):
                entries.append((c.iso3, how))
    return {k: tuple(v) for k, v in index.items()}


def by_name(text: str) -> tuple[tuple[Country, str], ...]:
    """Every entity that `text` names, exactly (after normalisation), with how it matched."""
    table = all_countries()
    return tuple((table[iso3], how) for iso3, how in _name_index().get(name_key(text), ()))
