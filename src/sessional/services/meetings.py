"""A new meeting's record from what is known when it is set up: which bodies, dates, venue.

Everything else starts unknown, so the draft report shows it as a gap from the first minute.
Body, convention and place names come from the reference data in every language that has a
sourced name; the others stay missing (never translated here).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .. import refdata
from ..model import LANGUAGES, Lang, record_from_data, record_to_data, record_to_json
from ..model.bodies import KEY_PATTERN
from ..model.wording import words
from .records import InputError

OWN = "own"
SERIES = re.compile(r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.]+)*$")
KINDS = ("working_group", "committee", "conference", "other")


@dataclass(frozen=True)
class BodyChoice:
    """A body of the new meeting: a template of the reference data, or one of the user's own."""

    template: str
    name: str = ""  # own body: its name in the record's original language
    symbol_series: str = ""
    kind: str = "other"
    key: str = ""


@dataclass(frozen=True)
class NewMeeting:
    bodies: tuple[BodyChoice, ...]
    original_language: Lang
    start: dt.date | None = None
    end: dt.date | None = None
    venue: str = ""
    ordinal: int | None = None
    title: str = ""
    notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TemplateInfo:
    key: str
    names: dict[Lang, str]
    symbol_series: str
    missing: tuple[Lang, ...]


def templates() -> list[TemplateInfo]:
    """The bodies a new meeting can start from (plus `own`, a body of the user's own)."""
    return [TemplateInfo(t.key, t.names, t.symbol_series, t.missing)
            for t in refdata.body_templates().values()]


def new_record_data(meeting: NewMeeting) -> dict[str, Any]:
    """A valid draft record, as JSON data. Raises InputError naming the field at fault."""
    if not meeting.bodies:
        raise InputError(words("bodies: choose at least one body"))
    if meeting.original_language not in LANGUAGES:
        raise InputError(words("original language: '{value}' is not one of {choices}",
                               value=meeting.original_language, choices=", ".join(LANGUAGES)))
    bodies = [_body(choice, meeting.original_language, i)
              for i, choice in enumerate(meeting.bodies, 1)]
    keys = [b["key"] for b in bodies]
    if len(set(keys)) != len(keys):
        raise InputError(words("bodies: the same body is chosen twice ({keys})",
                               keys=", ".join(keys)))
    data: dict[str, Any] = {
        "format": "sessional-record", "schema_version": 1,
        "bodies": bodies,
        "sessions": [_session(meeting, choice) for choice, _ in zip(meeting.bodies, bodies,
                                                                    strict=True)],
        "report": {"original_language": meeting.original_language}
        | ({"title": {meeting.original_language: meeting.title}} if meeting.title else {}),
    }
    for i, session in enumerate(data["sessions"]):
        session["body"] = keys[i]
    data |= _context(meeting.bodies)
    return record_to_data(record_from_data(data, "new meeting"))


def new_record_json(meeting: NewMeeting) -> str:
    """The new record as the file `sessional validate` reads."""
    return record_to_json(record_from_data(new_record_data(meeting), "new meeting"))


def _template(key: str) -> refdata.BodyTemplate:
    found = refdata.body_templates().get(key)
    if found is None:
        known = ", ".join([*refdata.body_templates(), OWN])
        raise InputError(words("body: no template '{key}'; choose one of: {known}", key=key,
                               known=known))
    return found


def _body(choice: BodyChoice, lang: Lang, position: int) -> dict[str, Any]:
    if choice.template == OWN:
        return _own_body(choice, lang, position)
    template = _template(choice.template)
    body: dict[str, Any] = {
        "key": choice.key or template.record_key, "kind": template.kind,
        "name": dict(template.names), "symbol_series": template.symbol_series}
    if "en" in template.names:
        body["article"] = {"en": "the"}
    return body


def _own_body(choice: BodyChoice, lang: Lang, position: int) -> dict[str, Any]:
    where = words("body {n}", n=position)
    if not choice.name.strip():
        raise InputError(words("{where} › name: give the body's name in the report's language",
                               where=where))
    if not SERIES.match(choice.symbol_series.strip()):
        raise InputError(words("{where} › symbol series: '{value}' is not a UN symbol series; "
                               "write it as e.g. CTOC/COP/WG.3", where=where,
                               value=choice.symbol_series))
    if choice.kind not in KINDS:
        raise InputError(words("{where} › kind: must be one of {choices}", where=where,
                               choices=", ".join(KINDS)))
    key = choice.key or f"B{position}"
    if not re.match(KEY_PATTERN, key):
        raise InputError(words("{where} › key: '{key}': a letter, then letters, digits, - or _",
                               where=where, key=key))
    return {"key": key, "kind": choice.kind, "name": {lang: " ".join(choice.name.split())},
            "symbol_series": choice.symbol_series.strip()}


def _session(meeting: NewMeeting, choice: BodyChoice) -> dict[str, Any]:
    session: dict[str, Any] = {"body": ""}
    if choice.template != OWN:
        session["ordinal_style"] = _template(choice.template).ordinal_style
    if meeting.ordinal is not None:
        if meeting.ordinal < 1:
            raise InputError(words("ordinal: must be 1 or more (the first session is 1)"))
        session["ordinal"] = meeting.ordinal
    if (meeting.start is None) != (meeting.end is None):
        raise InputError(words("dates: give both the first and the last day, or neither"))
    if meeting.start is not None and meeting.end is not None:
        if meeting.end < meeting.start:
            raise InputError(words("dates: the last day {end} is before the first {start}",
                                   end=meeting.end.isoformat(), start=meeting.start.isoformat()))
        session["dates"] = {"start": meeting.start.isoformat(), "end": meeting.end.isoformat()}
    venue = " ".join(meeting.venue.split())
    if venue:
        place = refdata.place_by_name(venue)
        session["venue"] = dict(place.names) if place else {meeting.original_language: venue}
    return session


def _context(choices: tuple[BodyChoice, ...]) -> dict[str, Any]:
    """The convention and the parent body, where every chosen template agrees on them."""
    chosen = [_template(c.template) for c in choices if c.template != OWN]
    if not chosen or len({t.convention for t in chosen}) != 1:
        return {}
    out: dict[str, Any] = {}
    convention = refdata.conventions().get(chosen[0].convention)
    if convention is not None:
        out["convention"] = {"key": convention.key, "name": dict(convention.names)}
    parents = {t.parent for t in chosen}
    if len(parents) == 1 and parents != {""}:
        parent = _template(parents.pop())
        out["parent_body"] = {"key": parent.record_key, "name": dict(parent.names)}
    return out
