"""The stock phrases of the report in six languages (gettext catalogues in `locale/`).

The composer writes with them; the ingest stages read reports with them as their grammar.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from ..model import Lang

DOMAIN = "report"


def catalog_path(lang: Lang) -> str:
    return str(files("sessional.refdata").joinpath("locale", lang, "LC_MESSAGES",
                                                   f"{DOMAIN}.po"))


@cache
def catalog(lang: Lang) -> Catalog:
    with open(catalog_path(lang), "rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def forms(lang: Lang, ctx: str, msgid: str) -> tuple[str, ...]:
    """Every form of a phrase (all plural forms, without repeats)."""
    message = catalog(lang).get(msgid, context=ctx)
    if message is None:
        raise KeyError(f"no phrase {ctx}/{msgid!r} in the {lang} catalogue")
    raw = message.string if isinstance(message.string, tuple) else (message.string,)
    return tuple(dict.fromkeys(str(s) for s in raw if s))


def phrase(lang: Lang, ctx: str, msgid: str) -> str:
    return forms(lang, ctx, msgid)[0]


def setting(lang: Lang, key: str) -> str:
    value = phrase(lang, "grammar", key)
    return "" if value == "(none)" else value


def month_names(lang: Lang) -> dict[str, int]:
    """Month name (as the catalogue writes it in dates) -> month number."""
    names = {}
    for message in catalog(lang):
        if message.context == "month" and isinstance(message.id, str) and \
                isinstance(message.string, str):
            names[message.string] = _ENGLISH_MONTHS.index(message.id) + 1
    return names


_ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
