"""The six languages' names in each of them, as CLDR gives them (through Babel): English,
anglais, inglés, английский. Babel loads a language's whole locale data for
them, so the 36 names are kept in the user's cache for each version of Babel."""

from __future__ import annotations

import json
from functools import cache
from importlib.metadata import version

from ..model import LANGUAGES
from ._files import cached


@cache
def _names() -> dict[str, dict[str, str]]:
    def from_babel() -> bytes:
        from babel import Locale

        table = {names_in: {lang: str(Locale.parse(names_in).languages[lang])
                            for lang in LANGUAGES} for names_in in LANGUAGES}
        return json.dumps(table, ensure_ascii=False, sort_keys=True).encode("utf-8")

    key = f"babel {version('babel')} languages {' '.join(LANGUAGES)}"
    data: dict[str, dict[str, str]] = json.loads(cached("language-names.json", key, from_babel))
    return data


def language_name(names_in: str, lang: str) -> str | None:
    """`lang` named in `names_in` (lower case where the language writes it so: anglais); None
    for a language CLDR does not name in it."""
    known = _names().get(names_in, {}).get(lang)
    if known is not None:
        return known
    from babel import Locale

    name = Locale.parse(names_in).languages.get(lang)
    return None if name is None else str(name)
