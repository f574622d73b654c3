"""The stock phrases of the report in six languages (gettext catalogues in `locale/`).

The composer writes with them; the ingest stages read reports with them as their grammar.
"""

from __future__ import annotations

import hashlib
import io
import re
from functools import cache
from importlib.metadata import version
from importlib.resources import files
from typing import TYPE_CHECKING

from ..model import Lang
from ._files import cached

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

DOMAIN = "report"


def catalog_path(lang: Lang) -> str:
    return str(files("sessional.refdata").joinpath("locale", lang, "LC_MESSAGES",
                                                   f"{DOMAIN}.po"))


@cache
def catalog(lang: Lang) -> Catalog:
    from babel.messages.pofile import read_po  # Babel is loaded when a catalogue is parsed

    with open(catalog_path(lang), "rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def compiled(lang: Lang) -> bytes:
    """The catalogue compiled for gettext (a .mo file), from the user's cache while the .po
    file and Babel are the same (reading the .po file takes a while)."""
    with open(catalog_path(lang), "rb") as handle:
        source = handle.read()
    key = f"{hashlib.sha256(source).hexdigest()} babel {version('babel')}"

    def compile_catalog() -> bytes:
        from babel.messages.mofile import write_mo

        buffer = io.BytesIO()
        write_mo(buffer, catalog(lang))
        return buffer.getvalue()

    return cached(f"{DOMAIN}.{lang}.mo", key, compile_catalog)


@cache
def forms(lang: Lang, ctx: str, msgid: str) -> tuple[str, ...]:
    """Every form of a phrase (all plural forms, and every branch of its ICU `select` and
    `plural` arguments, without repeats)."""
    message = catalog(lang).get(msgid, context=ctx)
    if message is None:
        raise KeyError(f"no phrase {ctx}/{msgid!r} in the {lang} catalogue")
    raw = message.string if isinstance(message.string, tuple) else (message.string,)
    return tuple(dict.fromkeys(form for s in raw if s for form in branches(str(s))))


_CHOICE = re.compile(r"\{(\w+), (select|plural),")


def choices(template: str) -> set[str]:
    """The arguments a phrase chooses its words by: `{body_gender, select, …}`, `{n, plural, …}`
    (ICU MessageFormat; every other field is a plain `{name}` that the composer fills)."""
    return {m.group(1) for m in _CHOICE.finditer(template)}


def branches(template: str) -> list[str]:
    """Every text an ICU `select`/`plural` phrase can become, its plain fields kept: what the
    ingest stages read reports with. A phrase without a choice is its own one branch."""
    found = _CHOICE.search(template)
    if found is None:
        return [template]
    end, options = _options(template, found.end())
    head, tail = template[:found.start()], template[end:]
    return [out for option in options for out in branches(head + option + tail)]


def _options(template: str, at: int) -> tuple[int, list[str]]:
    """The sub-messages of the choice whose keys start at `at`, and where the choice ends."""
    options: list[str] = []
    depth, start = 0, -1
    for i in range(at, len(template)):
        ch = template[i]
        if ch == "{":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "}":
            if depth == 0:
                return i + 1, options
            depth -= 1
            if depth == 0:
                options.append(template[start:i])
    raise ValueError(f"unbalanced braces in {template!r}")


def phrase(lang: Lang, ctx: str, msgid: str) -> str:
    return forms(lang, ctx, msgid)[0]


def setting(lang: Lang, key: str) -> str:
    value = phrase(lang, "grammar", key)
    return "" if value == "(none)" else value


@cache
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
