"""Joint items: an agenda item that several bodies consider together, each under its own
number. Making one marks each body's item and adds the joint item in one revision (the record
is valid only with both); undoing it removes both. Neither loses a summary: making items joint
is refused while one of them has a summary of its own (the report would no longer show it), and
undoing is refused while the joint item has one; an empty summary entry (nothing written yet)
goes with the change."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model.bodies import KEY_PATTERN
from ..model.wording import Words, words
from .access import User
from .records import InputError
from .results import EditResult
from .workspace import Workspace


def join_items(ws: Workspace, user: User, key: str, joint: str,
               numbers: dict[str, str], base: int | None = None) -> EditResult:
    """Make the items `numbers` ({body: agenda item number}) one joint item `joint`."""
    if not re.fullmatch(KEY_PATTERN, joint):
        raise InputError(words("joint item key '{key}': a letter, then letters, digits, '-' or "
                               "'_', e.g. J1", key=joint))
    chosen = {body: n.strip() for body, n in numbers.items() if n.strip()}
    if len(chosen) < 2:
        raise InputError(words("a joint item needs the item number of at least two bodies"))

    def apply(data: dict[str, Any]) -> bool:
        items = data.setdefault("joint_items", [])
        if any(j.get("key") == joint for j in items):
            raise InputError(words("joint item key '{key}': already in use", key=joint))
        if any(b.get("key") == joint for b in data.get("bodies", [])):
            raise InputError(words("joint item key '{key}': a body has this key; choose "
                                   "another, e.g. J1", key=joint))
        for body, number in chosen.items():
            _drop_empty_summary(data, _of_item(body, number), words(
                "{body} item {number} has a summary of its own; move its text to the joint "
                "item or delete it first, so that the report does not lose it",
                body=body, number=number))
        for body, number in chosen.items():
            item = _agenda_item(data, body, number)
            if item.get("joint"):
                raise InputError(words("{body} item {number} is already part of joint item "
                                       "'{joint}'", body=body, number=number,
                                       joint=item["joint"]))
            item["joint"] = joint
        items.append({"key": joint, "numbers": chosen})
        return True

    return ws.update(user, key, {"action": "add", "collection": "joint_items", "key": joint},
                     apply, base=base, part=lambda data: _agendas(data))


def separate_items(ws: Workspace, user: User, key: str, joint: str,
                   base: int | None = None) -> EditResult:
    """Undo joint item `joint`: each body keeps its item, no longer marked joint."""
    def apply(data: dict[str, Any]) -> bool:
        items = data.get("joint_items", [])
        kept = [j for j in items if j.get("key") != joint]
        if len(kept) == len(items):
            raise InputError(words("no joint item '{key}'", key=joint))
        _drop_empty_summary(data, lambda e: e.get("joint_item") == joint, words(
            "joint item '{key}' has a summary of its deliberations; move its text to the "
            "items of each body or delete it first, so that the report does not lose it",
            key=joint))
        data["joint_items"] = kept
        for session in data.get("sessions", []):
            for item in session.get("agenda", {}).get("items", []):
                if item.get("joint") == joint:
                    item.pop("joint")
        return True

    return ws.update(user, key, {"action": "remove", "collection": "joint_items", "key": joint},
                     apply, base=base, part=lambda data: _agendas(data))


def _agenda_item(data: dict[str, Any], body: str, number: str) -> dict[str, Any]:
    session = next((s for s in data.get("sessions", []) if s.get("body") == body), None)
    if session is None:
        raise InputError(words("no session of body '{key}'", key=body))
    for item in session.get("agenda", {}).get("items", []):
        if str(item.get("number")) == number:
            return item  # type: ignore[no-any-return]
    raise InputError(words("{body} has no agenda item {number}", body=body, number=number))


def _of_item(body: str, number: str) -> Callable[[dict[str, Any]], bool]:
    return lambda entry: entry.get("body") == body and str(entry.get("item")) == number


def _drop_empty_summary(data: dict[str, Any], chosen: Callable[[dict[str, Any]], bool],
                        refusal: Words) -> None:
    """Remove the summary entries `chosen` picks while none has text; refused (nothing
    changed) if one has."""
    narrative = data.get("narrative", {})
    picked = {section: [e for e in narrative.get(section, []) if isinstance(e, dict)
                        and chosen(e)] for section in ("deliberations", "recommendations")}
    if any((e.get("paragraphs") or {}).get("items") for es in picked.values() for e in es):
        raise InputError(refusal)
    for section, entries in picked.items():
        if entries:
            narrative[section] = [e for e in narrative[section]
                                  if not any(e is p for p in entries)]


def _agendas(data: dict[str, Any]) -> Any:
    return ([s.get("agenda", {}).get("items") for s in data.get("sessions", [])],
            data.get("joint_items"), {k: v for k, v in data.get("narrative", {}).items()
                                      if k in ("deliberations", "recommendations")})
