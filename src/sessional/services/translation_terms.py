"""Terms for translators: the reference data's official names (States by their UN short name in
force on the meeting's first day, organizations, bodies, conventions, cities) that the texts
awaiting a language contain, each with its name in that language. A name the reference data
lacks in the target language is left out: it is never translated by us.

A text is searched for every name in its source language, longest first, so that a name
inside a longer one (a convention in the name of its conference) is not offered twice for
the same words; in languages other than Chinese a name must stand as whole words."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .. import refdata
from ..model import LANGUAGES, Lang, Record
from ..render.tbx import TermEntry, tbx

CATEGORIES = {"state": "State", "organization": "organization", "body": "body",
              "convention": "convention", "place": "city"}


@dataclass(frozen=True)
class Term:
    """A named thing of the reference data: its key ("state:AUT"), its names, its source."""

    key: str
    names: dict[Lang, str]
    origin: str

    @property
    def category(self) -> str:
        return CATEGORIES[self.key.split(":", 1)[0]]

    def entry(self, sources: Iterable[Lang], target: Lang) -> TermEntry:
        return TermEntry(self.key, self.category, tuple(
            (lang, self.names[lang]) for lang in (*sources, target)), self.origin)


@cache
def reference_terms(on: dt.date | None) -> tuple[Term, ...]:
    """Every official name of the reference data, States' as in force on `on`."""
    found: list[Term] = []
    for country in refdata.all_countries().values():
        if country.is_state:
            spans = {lang: span for lang in LANGUAGES if (span := country.span(lang, on))}
            bases = ", ".join(f"{lang} {span.basis}" for lang, span in spans.items())
            found.append(Term(f"state:{country.iso3}",
                              {lang: span.name for lang, span in spans.items()},
                              f"UN short name in force on {on or 'the day of export'} "
                              f"(sources of the reference data: {bases})"))
    for org in refdata.all_organizations().values():
        found.append(Term(f"organization:{org.key}", dict(org.names), org.source))
    for kind, table in (("body", refdata.body_templates()), ("convention", refdata.conventions()),
                        ("place", refdata.places())):
        found += [Term(f"{kind}:{named.key}", dict(named.names), named.source)
                  for named in table.values()]
    return tuple(term for term in found if term.names)


class Terms:
    """The reference data's names in one source language, found in texts of that language."""

    def __init__(self, terms: Iterable[Term], source: Lang) -> None:
        self._by_name: dict[str, Term] = {}
        for term in terms:
            if name := term.names.get(source):
                self._by_name.setdefault(name, term)
        names = sorted(self._by_name, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, names)) or "(?!)"
        self._pattern = re.compile(f"(?:{alternatives})" if source == "zh" else
                                   rf"(?<!\w)(?:{alternatives})(?!\w)")

    def found_in(self, text: str) -> list[Term]:
        """The terms `text` names, each once, in the order they first appear."""
        found = {(term := self._by_name[match.group()]).key: term
                 for match in self._pattern.finditer(text)}
        return list(found.values())


class Glossary:
    """The official names found in the texts awaiting `target`, gathered for its TBX."""

    def __init__(self, record: Record, target: Lang) -> None:
        self.target = target
        self._on = record.first_day
        self._finders: dict[Lang, Terms] = {}
        self.entries: dict[str, tuple[Term, list[Lang]]] = {}  # by key: term, its sources

    def note(self, text: str, source: Lang) -> str | None:
        """The note telling the translator the official names in `text` and their target
        forms; each such name kept for the TBX. None: no name with a target form."""
        if source not in self._finders:
            self._finders[source] = Terms(reference_terms(self._on), source)
        offered = [term for term in self._finders[source].found_in(text)
                   if self.target in term.names]
        for term in offered:
            sources = self.entries.setdefault(term.key, (term, []))[1]
            if source not in sources:
                sources.append(source)
        return "; ".join(f"{term.names[source]} = {term.names[self.target]} "
                         f"({term.category})" for term in offered) or None

    def tbx(self, record_id: str, main: Lang) -> bytes:
        return tbx(f"Official names from the sessional reference data for the texts of "
                   f"{record_id} awaiting {self.target}", main,
                   [term.entry(sources, self.target) for term, sources in self.entries.values()])
