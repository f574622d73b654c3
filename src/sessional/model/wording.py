"""How a message to the user is said: an English sentence with named slots
(`words("{state} spoke…", state=…)`), so that it can be said in another language as well.

The check's findings, the record's validation faults and the services' refusals are built so.
The English sentence is the `message` (CLI, JSON, API). A page says it in the operator's
language: the sentence and the words in its slots are looked up in the operator catalogues
(`web/pages/locale/<lang>/LC_MESSAGES/ui.po`; scripts/ui_catalogs.py extracts every
`words(...)`, `N_(...)` and `marked(...)` of the packages that say things), States and bodies are
named as in that language (States as of the meeting date), and what the user typed (notes, quoted
names, symbols) is shown as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol


class Catalog(Protocol):
    """An operator catalogue (gettext's translations)."""

    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...


@dataclass(frozen=True)
class Names:
    """One thing named in each language; `default` is the name the English message uses."""

    default: str
    by_lang: tuple[tuple[str, str], ...] = ()

    def name(self, lang: str | None) -> str:
        """In `lang`, else in English (as the pages name what a language lacks), else the
        default; without a language, the default."""
        if not lang:
            return self.default
        names = dict(self.by_lang)
        return names.get(lang) or names.get("en") or self.default


@dataclass(frozen=True)
class Words:
    """A sentence or phrase to translate, with its slots; with `plural`, the template for a
    number other than one in English, the form picked by the number in slot `count` (each
    language's plural forms from its catalogue: Russian three, Arabic six)."""

    template: str
    slots: tuple[tuple[str, Slot], ...] = ()
    plural: str = ""
    count: str = ""


@dataclass(frozen=True)
class Joined:
    """Several slots said one after the other, with `separator` between them."""

    items: tuple[Slot, ...]
    separator: str = "; "


@dataclass(frozen=True)
class Number:
    """A count said with the thousands separator of the language (12,345 / 12 345 / 12.345)."""

    value: int


Slot = str | int | Number | Names | Words | Joined


def words(template: str, **slots: Slot) -> Words:
    return Words(template, tuple(slots.items()))


def counted(singular: str, plural: str, by: str, /, **slots: Slot) -> Words:
    """A sentence whose form follows the number in slot `by` ("1 meeting", "2 meetings")."""
    return Words(singular, tuple(slots.items()), plural, by)


def marked(text: str) -> str:
    """A sentence kept as a constant (a template said later with `words`), marked for the
    catalogues; it is the text itself."""
    return text


SEPARATORS = (marked("; "), marked(", "))  # between the parts of a Joined, per language


def N_(text: str) -> Words:
    """A phrase without slots (a category, a kind of gap), marked for the catalogues."""
    return Words(text)


VERBATIM = "{text}"


def verbatim(text: str) -> Words:
    """Text that is never translated (a note the user wrote, a name as typed)."""
    return Words(VERBATIM, (("text", text),))


def say(slot: Slot, lang: str | None = None, catalog: Catalog | None = None) -> str:
    """The slot in `lang` with `catalog` (the operator's); without them the English message."""
    if isinstance(slot, Names):
        return slot.name(lang)
    if isinstance(slot, Joined):  # the separator as the language writes it ("；" in Chinese)
        separator = catalog.gettext(slot.separator) if catalog else slot.separator
        return separator.join(say(item, lang, catalog) for item in slot.items)
    if isinstance(slot, Number):
        return _number(slot.value, lang)
    if not isinstance(slot, Words):
        return str(slot)
    if slot.template == VERBATIM:
        return str(dict(slot.slots)["text"])
    english = _english(slot)
    template = _translated(slot, catalog) if catalog else english
    if not slot.slots:  # no slots: braces in it are text ('give {"en": "…"}')
        return template
    values: Mapping[str, str] = {name: _isolated(say(value, lang, catalog), lang)
                                 for name, value in slot.slots}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong slot: English
        return english.format_map(values)


def _number_of(slot: Words) -> int:
    value = dict(slot.slots).get(slot.count)
    return value.value if isinstance(value, Number) else value if isinstance(value, int) else 0


def _english(slot: Words) -> str:
    if slot.plural and _number_of(slot) != 1:
        return slot.plural
    return slot.template


def _translated(slot: Words, catalog: Catalog) -> str:
    if slot.plural:
        return catalog.ngettext(slot.template, slot.plural, _number_of(slot))
    return catalog.gettext(slot.template)


def _number(value: int, lang: str | None) -> str:
    if not lang:
        return format(value, ",")
    from babel.numbers import format_decimal  # only where a page says it

    return format_decimal(value, locale=lang)


def _isolated(text: str, lang: str | None) -> str:
    """On a page, each slot is a bidirectional isolate (U+2068 ... U+2069): an English note
    or a Latin symbol inside an Arabic sentence keeps its own order and leaves the sentence's
    alone. The English message (no language) is left as it is."""
    return f"\u2068{text}\u2069" if lang else text
