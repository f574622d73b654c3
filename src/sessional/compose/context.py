"""The state of one composition: the record, the language, the numbering, the gaps found."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Literal

from ..model import Body, FactList, Lang, LocalizedText, OrgRef, Person, Record, Unknown
from ..refdata import (
    BodyTemplate,
    body_by_series,
    body_grammar,
    country,
    name_case,
    organization,
    place_by_name,
    sort_key,
    sort_states,
)
from ..refdata.languages import language_name
from .catalog import Field, Phrases, phrases
from .formats import date_text, join_list, session_ordinal_text
from .kinds import ReportKind, report_kind
from .tree import (
    Block,
    Gap,
    GapKind,
    Heading,
    ListEntry,
    Mention,
    Paragraph,
    Parts,
    Placeholder,
    Text,
)

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
PLACEHOLDER_MSGID = {"list": "[…] (list)", "number": "[…] (number)", "text": "[…] (text)"}


class Composer:
    def __init__(self, record: Record, lang: Lang) -> None:
        self.record = record
        self.lang = lang
        self.ph: Phrases = phrases(lang)
        self.kind: ReportKind = report_kind(record)
        self.on: dt.date | None = record.first_day
        self.blocks: list[Block] = []
        self.gaps: list[Gap] = []
        self._number = 0
        self._where = ""
        self._where_before = ""
        self._unshown: list[Placeholder] = []

    # ------------------------------------------------------------------ blocks and numbering

    def heading(self, level: int, label: str, parts: Parts) -> None:
        self._where_before = self._where
        self._where = label + " " + "".join(p.text for p in parts)
        self.blocks.append(Heading(level, label, parts))

    def withdraw_heading(self) -> None:
        """Take back the heading just written (its part wrote nothing): a gap that follows is
        placed under the heading before it, not under one the report does not have."""
        self.blocks.pop()
        self._where = self._where_before

    def paragraph(self, parts: Parts, entries: Sequence[ListEntry] = (),
                  numbered: bool = True, facts: Sequence[str] = ()) -> None:
        number = None
        if numbered:
            self._number += 1
            number = self._number
        self._collect(parts, entries, number)
        role: Literal["body", "gap"] = "body" if numbered else "gap"
        self.blocks.append(Paragraph(number, self.finish(parts), tuple(entries), role,
                                     facts=tuple(facts)))

    def awaiting(self, source: Parts, note: Parts) -> None:
        self._number += 1
        self._collect(note, (), self._number)
        self.blocks.append(Paragraph(self._number, note, (), "awaiting_translation", source))

    def _collect(self, parts: Parts, entries: Sequence[ListEntry], number: int | None) -> None:
        found = [p for p in parts if isinstance(p, Placeholder)]
        for entry in entries:
            found += [p for p in entry.parts if isinstance(p, Placeholder)]
            found += [p for child in entry.children for p in child.parts
                      if isinstance(p, Placeholder)]
        found += self._unshown
        self._unshown = []
        after = None if number is not None else (self._number or None)
        self.gaps += [Gap(number, after, p.kind, p.path, p.note, self._where) for p in found]

    def finish(self, parts: Parts) -> Parts:
        parts = self.ph.finish(parts)
        if self.ph.setting("capitalize-sentences") == "yes" and parts and \
                isinstance(parts[0], Text):
            first = parts[0].text
            parts = (replace(parts[0], text=first[:1].upper() + first[1:]), *parts[1:])
        return parts

    # ------------------------------------------------------------------ phrases and placeholders

    def say(self, ctx: str, msgid: str, plural: str | None = None, n: int = 1,
            **fields: Field) -> Parts:
        return self.ph.parts(ctx, msgid, plural, n, **fields)

    def placeholder(self, form: str, kind: GapKind, path: str, note: str | None = None) -> Parts:
        text = self.ph.text("placeholder", PLACEHOLDER_MSGID[form])
        return (Placeholder(text, kind, path, note),)

    def localized(self, text: LocalizedText, path: str) -> Parts:
        if self.lang in text:
            return (Text(text[self.lang]),)
        return self.placeholder("text", "missing_translation", path,
                                f"no {self.lang} text" + self._source_note(text))

    def _source_note(self, text: LocalizedText) -> str:
        return f" (available in {', '.join(sorted(text))})" if text else ""

    def language_name(self, lang: Lang) -> str:
        return language_name(self.lang, lang) or lang

    # ------------------------------------------------------------------ names

    def body(self, key: str) -> Body:
        body = self.record.body(key)
        assert body is not None, key
        return body

    def body_index(self, key: str) -> int:
        return next(i for i, b in enumerate(self.record.bodies) if b.key == key)

    def body_name(self, key: str) -> Parts:
        return self.localized(self.body(key).name, f"$.bodies[{self.body_index(key)}].name")

    def body_in_text(self, key: str, short: bool = False) -> Parts:
        """The body inside a sentence, with its article (en 'the Working Group on …'): the
        record's, else the reference data's for the name it gives (fr 'la Conférence')."""
        body = self.body(key)
        if short and self.lang in body.short_name:
            name: Parts = (Text(body.short_name[self.lang]),)
        else:
            name = self.body_name(key)
        article = body.article.get(self.lang) or self._grammar_fact(key, "article")
        if not article:
            return name
        return self.say("grammar", "{article} {name} (body in running text)", article=article,
                        name=name)

    def gender(self, key: str) -> str:
        """The grammatical gender of the body's name in this language (fr Conférence
        'feminine'), which the phrases select their agreement by: the record's, else the
        reference data's for the name the record gives; 'other' (the catalogue's default
        form) where neither has one."""
        given = self.body(key).gender.get(self.lang)
        return given or self._grammar_fact(key, "gender") or "other"

    def _grammar_fact(self, key: str, fact: str) -> str:
        known = self._reference(key)
        facts = body_grammar(known.key, self.lang) if known else None
        return str(getattr(facts, fact)) if facts else ""

    def _reference(self, key: str) -> BodyTemplate | None:
        """The body of the reference data the record's body is, if it gives the same name."""
        body = self.body(key)
        known = body_by_series(body.symbol_series)
        if known is None or known.name(self.lang) != body.name.get(self.lang):
            return None
        return known

    def body_in_case(self, key: str, case: str) -> Parts:
        """The body's name in a case (ru genitive), from the reference data's sourced forms, for
        the name the record gives; a gap where none is sourced."""
        known = self._reference(key)
        form = name_case(known.key, self.lang, case) if known else None
        if form is None:
            return self.placeholder("text", "missing_name", f"$.bodies[{self.body_index(key)}]"
                                    ".name", f"no sourced {self.lang} {case} of the body's name")
        return (Text(form),)

    def venue(self, venue: LocalizedText, path: str) -> Parts:
        """The city: the record's name in this language, else the reference data's sourced name
        of the city the record names (places.csv), else a gap."""
        named = venue.get("en") or next(iter(venue.values()), "")
        if self.lang not in venue:
            place = next(filter(None, map(place_by_name, venue.values())), None)
            name = place.name(self.lang) if place else None
            if name:
                return (Mention(name, "location", named, path),)
        if self.lang in venue:
            return (Mention(venue[self.lang], "location", named, path),)
        return self.localized(venue, path)

    def venue_in_case(self, venue: LocalizedText, path: str, case: str) -> Parts:
        """A city in a case (ru locative: в Вене), if the reference data has the form sourced."""
        place = place_by_name(venue.get(self.lang) or venue.get("en") or "")
        form = name_case(place.key, self.lang, case) if place else None
        if form is None or place is None or venue.get(self.lang, place.name(self.lang)) != \
                place.name(self.lang):
            return self.placeholder("text", "missing_name", path,
                                    f"no sourced {self.lang} {case} of the venue's name")
        return (Text(form),)

    def session_ordinal(self, value: int | Unknown, path: str, role: str = "") -> Parts:
        if isinstance(value, Unknown):
            return self.placeholder("number", "unknown", path, value.note)
        return (Text(session_ordinal_text(self.ph, value, role)),)

    def person(self, person: Person, path: str) -> Parts:
        """A person's name as the language's script writes it: the record's form for the
        language, else the name as given where the language writes such names as they are
        (grammar setting `person-names`: 'as given'); Russian text takes a Cyrillic form from
        the record, and a Latin-script name without one is a gap, never a transliteration."""
        if self.lang in person.name_forms:
            return (Mention(person.name_forms[self.lang], "person", person.role, path),)
        if self.ph.setting("person-names") == "as given" or not _LATIN.search(person.name):
            return (Mention(person.name, "person", person.role, path),)
        return self.placeholder("text", "missing_name", f"{path}.name_forms",
                                f"no {self.lang} form of the name {person.name!r} in the record")

    def state(self, code: str, path: str) -> Parts:
        entity = country(code)
        name = entity.name(self.lang, self.on) if entity else None
        if name is None:
            return self.placeholder("text", "missing_name", path,
                                    f"no {self.lang} UN name for {code} in the reference data")
        return (Mention(name, "state", code, path),)

    def organization(self, ref: OrgRef, path: str) -> Parts:
        if self.lang in ref.name:
            return (Mention(ref.name[self.lang], "organization", ref.key, path) if ref.key
                    else Text(ref.name[self.lang]),)
        org = organization(ref.key) if ref.key else None
        name = org.name(self.lang) if org else None
        if name is None:
            return self.placeholder("text", "missing_name", path,
                                    f"no sourced {self.lang} name for {ref.key or ref.name}")
        return (Mention(name, "organization", ref.key or "", path),)

    def states_list(self, facts: FactList[str], path: str,
                    index: dict[str, int] | None = None,
                    behalf: Mapping[str, Parts] | None = None) -> Parts:
        """The States in the language's order; `index` gives each one's position under `path`
        where `facts` is a selection of a longer list (the speakers of one category); `behalf`
        the group a State spoke for ("Egypt (on behalf of the Group of 77 and China)")."""
        order = sort_states(facts.items, self.lang, self.on)
        index = index or {code: i for i, code in enumerate(facts.items)}
        names = [self.state(code, f"{path}.items[{index[code]}]") for code in order]
        if behalf:
            names = [self.say("statements", "{state} (on behalf of {group})", state=name,
                              group=behalf[code]) if code in behalf else name
                     for code, name in zip(order, names, strict=True)]
        return self.with_gap(names, facts, path)

    def organizations_list(self, facts: FactList[OrgRef], path: str) -> Parts:
        names = [self.organization(ref, f"{path}.items[{i}]") for i, ref in enumerate(facts.items)]
        key = sort_key(self.lang if self.lang not in {"zh", "ar"} else "en")
        names.sort(key=lambda parts: key("".join(p.text for p in parts)))
        return self.with_gap(names, facts, path)

    def with_gap(self, names: list[Parts], facts: FactList[Any], path: str) -> Parts:
        """The list, followed by a placeholder where it is partial or stands for it if unknown."""
        if facts.status == "unknown":
            return self.placeholder("list", "unknown", path, facts.note)
        if facts.status == "partial":
            return self._partial(names, facts.note, path)
        return join_list(self.ph, names, True)

    def _partial(self, names: list[Parts], note: str | None, path: str) -> Parts:
        """Known entries, then the one placeholder of the entries to come. An entry with no
        name in this language is not a second mark beside it ("[…] […]."): its gap is kept
        with the paragraph and the placeholder's note counts it."""
        unnamed = [n for n in names if all(isinstance(p, Placeholder) for p in n)]
        self._unshown += [p for n in unnamed for p in n if isinstance(p, Placeholder)]
        joined = join_list(self.ph, [n for n in names if n not in unnamed], False)
        if unnamed:
            note = "; ".join(filter(None, (note, f"{len(unnamed)} known without a name here")))
        space = (Text(self.ph.setting("before-list-placeholder")),) if joined else ()
        return (*joined, *space, *self.placeholder("list", "partial", path, note))

    def date(self, value: dt.date | Unknown, path: str) -> Parts:
        if isinstance(value, Unknown):
            return self.placeholder("number", "unknown", path, value.note)
        return (Mention(date_text(self.ph, value), "date", value.isoformat(), path),)

