"""List order of State names per language, with ICU collation (DESIGN section 4).

English and Chinese lists, and Arabic lists in running text, follow the English alphabetical order
(accents folded: Côte d'Ivoire before Cyprus). French, Spanish and Russian lists are re-sorted in
their own alphabet by the language's own collation; articles are not part of list names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import cache

import icu

from ..model import Lang
from .countries import country

ENGLISH_ORDER: frozenset[Lang] = frozenset({"en", "zh", "ar"})


@cache
def _collator(locale: str) -> icu.Collator:
    collator = icu.Collator.createInstance(icu.Locale(locale))
    collator.setStrength(icu.Collator.TERTIARY)
    return collator


def sort_key(lang: Lang) -> Callable[[str], bytes]:
    """Collation key of a name in `lang`, by that language's rules."""
    collator = _collator(lang)
    return lambda text: bytes(collator.getSortKey(text))


def order_language(lang: Lang) -> Lang:
    """The language whose names decide the order of a list printed in `lang`."""
    return "en" if lang in ENGLISH_ORDER else lang


def sort_names(names: Iterable[str], lang: Lang) -> list[str]:
    return sorted(names, key=sort_key(lang))


def sort_states(codes: Iterable[str], lang: Lang, on: dt.date | None = None) -> list[str]:
    """ISO alpha-3 codes in the order a list of States printed in `lang` takes on `on`.

    A code whose name is missing in the ordering language sorts last, by code, so it is visible.
    """
    by = order_language(lang)
    key = sort_key(by)

    def state_key(code: str) -> tuple[int, bytes, str]:
        entity = country(code)
        name = entity.name(by, on) if entity else None
        return (0, key(name), code) if name else (1, b"", code)

    return sorted(codes, key=state_key)
