"""Names the way people type or paste them: a registration export column, a paragraph of an old
report, codes. Every name resolves with the reference data as of the meeting date, or is kept
as unresolved with its nearest candidates: nothing pasted is dropped."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .. import refdata
from ..ingest.names import Kind, Name, split_list
from ..model import LANGUAGES, STATE_CATEGORIES, Lang
from ..model.wording import words
from .access import User
from .records import InputError
from .results import EditResult
from .workspace import Workspace

MAX_PASTE = 200_000
LINES = re.compile(r"[\r\n\t;]+")
CODE = re.compile(r"^[A-Za-z]{3}$")


@dataclass(frozen=True)
class PastedName:
    text: str
    code: str | None
    form: str  # in_force, historical, variant, fuzzy, code; or unresolved
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class PasteResult:
    names: tuple[PastedName, ...]
    edit: EditResult | None

    @property
    def resolved(self) -> tuple[PastedName, ...]:
        return tuple(n for n in self.names if n.code)

    @property
    def unresolved(self) -> tuple[PastedName, ...]:
        return tuple(n for n in self.names if not n.code)


def read_names(text: str, on: dt.date | None, lang: Lang, states: bool) -> list[PastedName]:
    """Every name in `text` (one per line, or a list in running text in any language)."""
    if len(text) > MAX_PASTE:
        count, limit = format(len(text), ","), format(MAX_PASTE, ",")
        raise InputError(words("names: {count} characters; paste at most {limit}",
                               count=count, limit=limit))
    kind: Kind = "state" if states else "organization"
    found: list[PastedName] = []
    for line in LINES.split(text):
        if not line.strip():
            continue
        for name in split_list(line, lang, on, kind):
            found.append(_pasted(name, states))
    return found


def _pasted(name: Name, states: bool) -> PastedName:
    if name.code:
        return PastedName(name.text, name.code, name.form)
    if states and CODE.match(name.text) and refdata.country(name.text.upper()) is not None:
        return PastedName(name.text, name.text.upper(), "code")
    return PastedName(name.text, None, "unresolved", name.candidates)


def add_attendees(ws: Workspace, user: User, key: str, category: str, text: str,
                  lang: str) -> PasteResult:
    """Mark every resolved name present in `category` (one revision) and keep the others as
    unresolved names of that list."""
    states = category in STATE_CATEGORIES
    language: Lang = lang if lang in LANGUAGES else "en"
    record = ws.record(user, key)
    names = read_names(text, record.first_day, language, states)
    if not names:
        raise InputError(words("names: nothing to add; paste names, one per line or in a list"))
    path = f"$.attendance.{category}"

    def apply(data: dict[str, Any]) -> bool:
        facts = data.setdefault("attendance", {}).setdefault(category, {"status": "unknown"})
        items = facts.setdefault("items", [])
        before = len(items)
        keys = {i if isinstance(i, str) else i.get("key") for i in items}
        for name in names:
            if name.code and name.code not in keys:
                items.append(name.code if states else {"key": name.code})
                keys.add(name.code)
        unresolved = data.setdefault("unresolved_names", [])
        known = {(u.get("text"), u.get("path")) for u in unresolved}
        extra = [{"text": n.text, "path": path, "candidates": list(n.candidates)}
                 for n in names if not n.code and (n.text, path) not in known]
        unresolved.extend(extra)
        if len(items) > before and facts.get("status") == "unknown":
            facts["status"] = "partial"
        return len(items) > before or bool(extra)

    edit = ws.update(user, key, {"action": "paste", "collection": "attendance",
                                 "scope": {"category": category}}, apply)
    return PasteResult(tuple(names), edit)


def forget_unresolved(ws: Workspace, user: User, key: str, text: str, path: str) -> EditResult:
    """Drop one unresolved name (the user fixed it, or it was not a participant)."""
    def apply(data: dict[str, Any]) -> bool:
        names = data.get("unresolved_names", [])
        kept = [n for n in names if (n.get("text"), n.get("path")) != (text, path)]
        data["unresolved_names"] = kept
        return len(kept) != len(names)

    return ws.update(user, key, {"action": "remove", "collection": "unresolved_names"}, apply)
