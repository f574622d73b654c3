"""Small edits of a record, the way a team makes them during a meeting.

An edit adds, replaces or removes one element of one collection of the record (an agenda item, a
State in the attendance, a request for the floor ...), or sets the status of a list. Edits work on
the record's JSON data; the caller validates the result as a whole record.

Each edit names what it touches. Two people's edits therefore apply one after the other, each to
the latest revision, unless the later one touches something that changed since the revision its
author was looking at (its base): then it is refused with `EditConflict`, never applied on top.
Adding never collides; adding what is already there does (two people entering agenda item 5).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .participants import ORGANIZATION_CATEGORIES, STATE_CATEGORIES

Action = Literal["add", "replace", "remove", "set_status"]
Data = dict[str, Any]


class EditConflict(Exception):
    """The edit collides with a change made since its base revision, or with what is there."""


class EditTargetMissing(LookupError):
    """The edit names an element or a scope the record does not have."""


class EditInvalid(ValueError):
    """The edit itself is malformed (an unknown collection, a missing base revision ...)."""


@dataclass(frozen=True)
class Edit:
    action: Action
    collection: str
    scope: Mapping[str, str] = field(default_factory=dict)
    key: str | None = None
    element: Any = None

    def describe(self) -> dict[str, Any]:
        """What the revision history keeps of the edit (the element is in the record itself)."""
        text: dict[str, Any] = {"action": self.action, "collection": self.collection}
        if self.scope:
            text["scope"] = dict(self.scope)
        key = self.key
        if key is None and self.action == "add" and isinstance(self.element, (dict, str)):
            kind = COLLECTIONS.get(self.collection)
            if kind is not None and kind.key_of is not None:
                key = kind.key_of(self.element)  # which agenda item, State, document was added
        if key is not None:
            text["key"] = key
        return text


Holder = tuple[Data, str]  # the JSON object holding the list, and the list's field name


@dataclass(frozen=True)
class Collection:
    """Where a collection lives in the record and how its elements are told apart."""

    scope: tuple[str, ...]
    holder: Callable[[Data, Mapping[str, str]], Holder]
    key_of: Callable[[Any], str] | None = None  # None: elements are addressed by position
    fact_list: bool = False  # a list with a status: complete, partial or unknown
    set_like: bool = False  # adding what is there, or removing what is not, changes nothing
    anchor: Callable[[Data, Mapping[str, str]], Any] | None = None  # identity of a positional scope

    @property
    def positional(self) -> bool:
        return self.key_of is None


def _find(items: list[Any], test: Callable[[Any], bool], what: str) -> Any:
    for item in items:
        if test(item):
            return item
    raise EditTargetMissing(f"the record has no {what}")


def _session(data: Data, scope: Mapping[str, str]) -> Data:
    body = scope["body"]
    found: Data = _find(data.get("sessions", []), lambda s: s.get("body") == body,
                        f"session of body {body!r}")
    return found


def _agenda(data: Data, scope: Mapping[str, str]) -> Holder:
    return _session(data, scope).setdefault("agenda", {}), "items"


def _attendance(data: Data, scope: Mapping[str, str]) -> Holder:
    category = scope["category"]
    if category not in STATE_CATEGORIES + ORGANIZATION_CATEGORIES:
        raise EditTargetMissing(f"no attendance category {category!r}")
    return data.setdefault("attendance", {}), category


def _attendee_key(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and entry.get("key"):
        return str(entry["key"])
    names = entry.get("name", {}) if isinstance(entry, dict) else {}
    return "name:" + "|".join(f"{lang}={names[lang]}" for lang in sorted(names))


def _group(data: Data, scope: Mapping[str, str]) -> Data:
    groups = data.get("statements", [])
    try:
        index = int(scope["group"])
    except ValueError:
        raise EditTargetMissing(f"no statement group {scope['group']!r}") from None
    if not 0 <= index < len(groups):
        raise EditTargetMissing(f"no statement group {index} (the record has {len(groups)})")
    group: Data = groups[index]
    return group


def _narrative(data: Data, scope: Mapping[str, str]) -> Holder:
    """`place` is 'introduction', or 'deliberations'/'recommendations' then ':' and the body key
    (or joint item key) and, for one agenda item, ':' and its number: 'deliberations:IC:5'."""
    section, _, rest = scope["place"].partition(":")
    narrative = data.setdefault("narrative", {})
    if section == "introduction" and not rest:
        return narrative, "introduction"
    if section not in {"deliberations", "recommendations"} or not rest:
        raise EditTargetMissing(f"no narrative place {scope['place']!r}")
    owner, _, item = rest.partition(":")
    joint = any(j.get("key") == owner for j in data.get("joint_items", []))
    if not joint and not any(b.get("key") == owner for b in data.get("bodies", [])):
        raise EditTargetMissing(f"no body or joint item {owner!r}")
    place = {"joint_item" if joint else "body": owner} | ({"item": item} if item else {})
    entries = narrative.setdefault(section, [])
    for entry in entries:
        if {k: entry.get(k) for k in ("body", "joint_item", "item")} == \
                {k: place.get(k) for k in ("body", "joint_item", "item")}:
            return entry, "paragraphs"
    entries.append(place)
    return place, "paragraphs"


COLLECTIONS: dict[str, Collection] = {
    "bodies": Collection((), lambda d, s: (d, "bodies"), key_of=lambda e: str(e["key"])),
    "joint_items": Collection((), lambda d, s: (d, "joint_items"), key_of=lambda e: str(e["key"])),
    "sessions": Collection((), lambda d, s: (d, "sessions"), key_of=lambda e: str(e["body"])),
    "agenda_items": Collection(("body",), _agenda, key_of=lambda e: str(e["number"])),
    "meetings": Collection(("body",), lambda d, s: (_session(d, s), "meetings"),
                           key_of=lambda e: str(e["number"]), fact_list=True),
    "attendance": Collection(("category",), _attendance, key_of=_attendee_key, fact_list=True,
                             set_like=True),
    "officers": Collection((), lambda d, s: (d, "officers")),
    "documents": Collection((), lambda d, s: (d, "documents"), key_of=lambda e: str(e["symbol"]),
                            fact_list=True),
    "statement_groups": Collection((), lambda d, s: (d, "statements")),
    "statements": Collection(("group",), lambda d, s: (_group(d, s), "statements"),
                             fact_list=True,
                             anchor=lambda d, s: [_group(d, s).get(k) for k in ("kind", "items")]),
    "paragraphs": Collection(("place",), _narrative, fact_list=True),
    "speakers": Collection((), lambda d, s: (d, "speakers")),
}


def _items(holder: Holder, fact_list: bool) -> list[Any]:
    obj, name = holder
    if not fact_list:
        items: list[Any] = obj.setdefault(name, [])
        return items
    facts = obj.setdefault(name, {"status": "unknown"})
    listed: list[Any] = facts.setdefault("items", [])
    return listed


def _locate(kind: Collection, edit: Edit, items: list[Any]) -> int | None:
    """Position of the element the edit names, or None."""
    if edit.key is None:
        return None
    if kind.key_of is None:
        try:
            index = int(edit.key)
        except ValueError:
            return None
        return index if 0 <= index < len(items) else None
    return next((i for i, item in enumerate(items) if kind.key_of(item) == edit.key), None)


def _target(kind: Collection, edit: Edit, data: Data) -> Any:
    """The JSON of what the edit touches: compared between the base and the latest revision."""
    holder = kind.holder(data, edit.scope)
    anchor = kind.anchor(data, edit.scope) if kind.anchor else None
    items = _items(holder, kind.fact_list)
    if edit.action == "set_status":
        facts = holder[0].get(holder[1], {})
        return anchor, facts.get("status"), facts.get("note")
    if edit.action == "add":  # adding collides only with the same element added meanwhile
        if kind.key_of is None:
            return anchor
        key = kind.key_of(edit.element)
        return anchor, next((i for i in items if kind.key_of(i) == key), None)
    if kind.positional:
        return anchor, items
    index = _locate(kind, edit, items)
    return anchor, None if index is None else items[index]


def needs_base(edit: Edit) -> bool:
    kind = collection(edit.collection)
    if edit.action == "add":
        return kind.anchor is not None
    return not (kind.set_like and edit.action == "remove")


def collection(name: str) -> Collection:
    try:
        return COLLECTIONS[name]
    except KeyError:
        raise EditInvalid(f"no collection {name!r}; known: {', '.join(COLLECTIONS)}") from None


def apply_edit(edit: Edit, latest: Data, base: Data | None) -> bool:
    """Apply `edit` to `latest` in place; False where it changes nothing. `base` is the data of
    the revision the author was looking at, where that is not the latest one."""
    kind = collection(edit.collection)
    missing = [name for name in kind.scope if name not in edit.scope]
    if missing:
        raise EditInvalid(f"{edit.collection}: {', '.join(missing)} missing")
    if base is not None and not kind.set_like and \
            _target(kind, edit, base) != _target(kind, edit, latest):
        raise EditConflict(f"{_what(edit)} changed since the revision this edit was based on")
    holder = kind.holder(latest, edit.scope)
    if edit.action == "set_status":
        return _set_status(kind, holder, edit)
    items = _items(holder, kind.fact_list)
    if edit.action == "add":
        return _add(kind, holder, items, edit)
    index = _locate(kind, edit, items)
    if index is None:
        if kind.set_like and edit.action == "remove":
            return False
        raise EditTargetMissing(f"the record has no {_what(edit)}")
    if edit.action == "remove":
        del items[index]
        return True
    return _replace(kind, items, index, edit)


def _what(edit: Edit) -> str:
    scope = ", ".join(f"{k} {v}" for k, v in edit.scope.items())
    where = f" ({scope})" if scope else ""
    return f"{edit.collection}{where}" + (f" entry {edit.key!r}" if edit.key is not None else "")


def _add(kind: Collection, holder: Holder, items: list[Any], edit: Edit) -> bool:
    if kind.key_of is not None:
        key = kind.key_of(edit.element)
        if any(kind.key_of(item) == key for item in items):
            if kind.set_like:
                return False
            raise EditConflict(f"{edit.collection}: {key!r} is already there")
    items.append(edit.element)
    if kind.fact_list and holder[0][holder[1]].get("status") == "unknown":
        holder[0][holder[1]]["status"] = "partial"
    return True


def _replace(kind: Collection, items: list[Any], index: int, edit: Edit) -> bool:
    if kind.key_of is not None:
        key = kind.key_of(edit.element)
        if key != edit.key and any(kind.key_of(item) == key for item in items):
            raise EditConflict(f"{edit.collection}: {key!r} is already there")
    if items[index] == edit.element:
        return False
    items[index] = edit.element
    return True


def _set_status(kind: Collection, holder: Holder, edit: Edit) -> bool:
    if not kind.fact_list:
        raise EditInvalid(f"{edit.collection} is a plain list; it has no status")
    facts = holder[0].setdefault(holder[1], {"status": "unknown"})
    status, note = edit.element["status"], edit.element.get("note")
    if status == "unknown" and facts.get("items"):
        raise EditConflict(f"{_what(edit)} has entries; remove them before calling it unknown")
    changed = (facts.get("status"), facts.get("note")) != (status, note)
    facts["status"] = status
    if note is None:
        facts.pop("note", None)
    else:
        facts["note"] = note
    return changed

