"""Resolution of a name written in any of the six languages to a State or an organization."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from ..model import LANGUAGES, Lang
from .countries import Country, by_name
from .normalize import name_key
from .organizations import Organization, organizations_by_name

How = Literal["in_force", "historical", "later", "variant", "organization"]


@dataclass(frozen=True)
class Match:
    how: How
    country: Country | None = None
    organization: Organization | None = None
    languages: tuple[Lang, ...] = ()

    @property
    def code(self) -> str:
        if self.country is not None:
            return self.country.iso3
        assert self.organization is not None
        return self.organization.key


@dataclass(frozen=True)
class Resolution:
    text: str
    on: dt.date | None
    matches: tuple[Match, ...] = field(default=())

    @property
    def resolved(self) -> Match | None:
        return self.matches[0] if len(self.matches) == 1 else None


def resolve(text: str, on: dt.date | None = None) -> Resolution:
    """Find what `text` names: a State or area by any current, historical or variant form, or an
    organization by its name or acronym. `how` says whether the form was in force on `on`."""
    key = name_key(text)
    matches: list[Match] = []
    for entity, how_found in by_name(text):
        langs = _languages_in_force(entity, key, on)
        if langs:
            matches.append(Match("in_force", country=entity, languages=langs))
        elif how_found == "name":
            matches.append(Match(_earlier_or_later(entity, key, on), country=entity,
                                 languages=_languages(entity, key)))
        else:
            matches.append(Match("variant", country=entity))
    matches += [Match("organization", organization=org) for org in organizations_by_name(text)]
    return Resolution(text, on, tuple(matches))


def _languages_in_force(entity: Country, key: str, on: dt.date | None) -> tuple[Lang, ...]:
    return tuple(lang for lang in LANGUAGES
                 if (name := entity.name(lang, on)) is not None and name_key(name) == key)


def _earlier_or_later(entity: Country, key: str, on: dt.date | None) -> How:
    """A name not in force on `on`: 'later' when it came into force only after that day
    (Türkiye on a 2017 date), else 'historical' (Swaziland in 2020)."""
    spans = [s for lang in LANGUAGES for s in entity.history.get(lang, ())
             if name_key(s.name) == key]
    if on is not None and spans and all(s.start is not None and s.start > on for s in spans):
        return "later"
    return "historical"


def _languages(entity: Country, key: str) -> tuple[Lang, ...]:
    return tuple(lang for lang in LANGUAGES
                 if any(name_key(s.name) == key for s in entity.history.get(lang, ())))


FUZZY_THRESHOLD = 90.0
"""rapidfuzz `ratio` (0-100) on normalised names at or above which a near miss is accepted."""


@dataclass(frozen=True)
class NearMatch:
    code: str
    name: str
    score: float


def near_matches(text: str, limit: int = 3) -> list[NearMatch]:
    """The known names nearest to `text` (States and organizations), best first."""
    from rapidfuzz import fuzz, process

    index = _fuzzy_index()
    found = process.extract(name_key(text), list(index), scorer=fuzz.ratio, limit=limit)
    return [NearMatch(index[key][0], index[key][1], float(score)) for key, score, _ in found]


@cache
def _fuzzy_index() -> dict[str, tuple[str, str]]:
    from .countries import all_countries
    from .organizations import all_organizations

    index: dict[str, tuple[str, str]] = {}
    for c in all_countries().values():
        for spans in c.history.values():
            for span in spans:
                index.setdefault(name_key(span.name), (c.iso3, span.name))
    for org in all_organizations().values():
        for name in org.names.values():
            index.setdefault(name_key(name), (org.key, name))
    return index
