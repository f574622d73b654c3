"""Joint items: an agenda item that several bodies consider together, each under its own
number. Making one marks each body's item and adds the joint item in one revision (the record
is valid only with both); undoing it removes both, refused while statements or deliberations
are reported under it."""

from __future__ import annotations

import re
from typing import Any

from ..model.bodies import KEY_PATTERN
from .access import User
from .records import InputError
from .results import EditResult
from .workspace import Workspace


def join_items(ws: Workspace, user: User, key: str, joint: str,
               numbers: dict[str, str], base: int | None = None) -> EditResult:
    """Make the items `numbers` ({body: agenda item number}) one joint item `joint`."""
    if not re.fullmatch(KEY_PATTERN, joint):
        raise InputError(f"joint item key {joint!r}: a letter, then letters, digits, '-' or '_', "
                         "e.g. J1")
    chosen = {body: n.strip() for body, n in numbers.items() if n.strip()}
    if len(chosen) < 2:
        raise InputError("a joint item needs the item number of at least two bodies")

    def apply(data: dict[str, Any]) -> bool:
        items = data.setdefault("joint_items", [])
        if any(j.get("key") == joint for j in items):
            raise InputError(f"joint item key {joint!r}: already in use")
        for body, number in chosen.items():
            item = _agenda_item(data, body, number)
            if item.get("joint"):
                raise InputError(f"{body} item {number} is already part of joint item "
                                 f"{item['joint']!r}")
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
            raise InputError(f"no joint item {joint!r}")
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
        raise InputError(f"no session of body {body!r}")
    for item in session.get("agenda", {}).get("items", []):
        if str(item.get("number")) == number:
            return item  # type: ignore[no-any-return]
    raise InputError(f"{body} has no agenda item {number}")


def _agendas(data: dict[str, Any]) -> Any:
    return ([s.get("agenda", {}).get("items") for s in data.get("sessions", [])],
            data.get("joint_items"))
