"""Organizations seen at UNODC meetings, with the names the data can source (others are missing)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..model import LANGUAGES, Lang
from ._files import load
from .normalize import name_key


@dataclass(frozen=True)
class Organization:
    key: str
    category: str
    names: dict[Lang, str]
    acronym_en: str | None
    confidence: dict[str, str]
    source: str
    notes: str

    def name(self, lang: Lang) -> str | None:
        """The name in `lang`, or None where no source gives one (never a translation of ours)."""
        return self.names.get(lang)

    @property
    def missing(self) -> tuple[Lang, ...]:
        return tuple(lang for lang in LANGUAGES if lang not in self.names)


@cache
def all_organizations() -> dict[str, Organization]:
    return {
        raw["key"]: Organization(raw["key"], raw["category"], raw["names"], raw["acronym_en"],
                                 raw["confidence"], raw["source"], raw["notes"])
        for raw in load("organizations.json")["organizations"]
    }


def organization(key: str) -> Organization | None:
    return all_organizations().get(key)


@cache
def _index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for org in all_organizations().values():
        forms = [*org.names.values(), org.key, *([org.acronym_en] if org.acronym_en else [])]
        for form in forms:
            keys = index.setdefault(name_key(form), [])
            if org.key not in keys:
                keys.append(org.key)
    return {k: tuple(v) for k, v in index.items()}


def organizations_by_name(text: str) -> tuple[Organization, ...]:
    table = all_organizations()
    return tuple(table[k] for k in _index().get(name_key(text), ()))
