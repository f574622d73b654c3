"""Names of the fields of a record in the record's own words, built from a JSON path.

`field_label("$.attendance.states_parties.items[3]")` is "attendance › States parties › entry
4". Every label is a plain string constant of the tables below (English; a gettext catalogue can
wrap them later), and nothing here reads anything but its arguments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

SEPARATOR = " › "
THE_RECORD = "the record"

FIELD_LABELS: Mapping[str, str] = {
    "states_parties": "States parties",
    "signatories": "signatories",
    "observer_states": "observer States",
    "regional_economic_integration_organizations": "regional economic integration "
                                                   "organizations",
    "un_secretariat_units": "United Nations Secretariat units",
    "un_funds_and_programmes": "United Nations funds and programmes",
    "specialized_agencies": "specialized agencies",
    "intergovernmental_organizations": "intergovernmental organizations",
    "non_governmental_organizations": "non-governmental organizations",
    "schema_version": "format version",
    "parent_body": "parent body",
    "joint_items": "joint items",
    "symbol_series": "symbol series",
    "short_name": "short name",
    "previous_sessions": "previous sessions",
    "ordinal_style": "counted as",
    "stated_dates": "dates as stated",
    "meetings_held": "meetings held",
    "adopted_at_meeting": "adopted at meeting",
    "adopted_on": "adopted on",
    "adopted_as_amended": "adopted as amended",
    "original_language": "language of the original",
    "sub_items": "sub-items",
    "start": "first day",
    "end": "last day",
    "on_behalf_of": "on behalf of",
    "taken_together": "taken together",
    "source_language": "source language",
    "joint_item": "joint item",
    "unclassified": "unplaced text",
    "unresolved_names": "unresolved names",
    "name_forms": "name forms",
    "state": "State",
    "joint": "joint item",
}
"""Field name -> label; a field not listed is labelled by its name with spaces for '_'."""

ENTRY_LABELS: Mapping[str, str] = {
    "bodies": "body {n}",
    "sessions": "session {n}",
    "joint_items": "joint item {n}",
    "officers": "officer {n}",
    "statements": "statement {n}",
    "statement_groups": "statement group {n}",
    "speakers": "request for the floor {n}",
    "documents": "document {n}",
    "agenda": "item {n}",
    "agenda_items": "agenda item {n}",
    "sub_items": "sub-item {n}",
    "meetings": "meeting {n}",
    "mandate": "mandate {n}",
    "previous_sessions": "previous session {n}",
    "stated_dates": "statement of the dates {n}",
    "introduction": "paragraph {n}",
    "paragraphs": "paragraph {n}",
    "recommendations": "recommendation {n}",
    "deliberations": "deliberation {n}",
    "unclassified": "text {n}",
    "unresolved_names": "name {n}",
    "name_forms": "name {n}",
}
"""List field -> label of its n-th entry (from 1); a list not listed has "entry {n}"."""

ENTRY = "entry {n}"
SESSION_OF = "session of {body}"
BODY_KEYED = "body {body}"
JOINT_ITEM_KEYED = "joint item {key}"
AGENDA_ITEMS = "agenda items"

UNION_TAGS = ("known", "unknown")


def json_path(loc: Sequence[int | str]) -> str:
    """`('sessions', 0, 'known', 'start')` -> `$.sessions[0].start` (union tags dropped)."""
    path = "$"
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part in UNION_TAGS or part == "[key]" or part.startswith("function-"):
            continue
        else:
            path += f".{_escaped(part)}"
    return path


def _escaped(text: str) -> str:
    """A key as it may be printed (control characters written as escapes)."""
    from .limits import escaped  # limits reports its faults with these labels

    return escaped(text)


_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def path_steps(path: str) -> list[str | int]:
    """'$.sessions[0].dates' -> ['sessions', 0, 'dates']."""
    return [int(index) if index else name for name, index in _STEP.findall(path)]


def field_label(path: str, data: Any = None) -> str:
    """The label of the field at `path`; `data` (the record as JSON data, if at hand) gives the
    body keys that name sessions and bodies."""
    words: list[str] = []
    steps = path_steps(path)
    names: list[str] = []  # the named fields on the way, for entries of lists; a list's
    # entry is labelled in place of the list ("session of TA", not "sessions › session of TA")
    for position, step in enumerate(steps):
        previous = steps[position - 1] if position else None
        listed = position + 1 < len(steps) and isinstance(steps[position + 1], int)
        if isinstance(step, int):
            words.append(_entry(names, step, steps[:position], data))
        elif step == "[key]":
            continue
        elif step == "items" and isinstance(previous, int):
            names.append("agenda_items")  # a meeting's, a document's or a statement group's
            words.extend([] if listed else [AGENDA_ITEMS])
        elif step == "items" and previous is not None:
            names.append(names[-1])  # the items of a list: no word of their own
        else:
            names.append(step)
            words.extend([] if listed else [FIELD_LABELS.get(step, step.replace("_", " "))])
    return SEPARATOR.join(words) if words else THE_RECORD


def _entry(names: list[str], index: int, before: list[str | int], data: Any) -> str:
    field = names[-1] if names else ""
    if len(before) == 1 and field in ("sessions", "bodies", "joint_items"):
        key = _at(data, [*before, index, "key" if field != "sessions" else "body"])
        if isinstance(key, str) and key:
            template = {"sessions": SESSION_OF, "bodies": BODY_KEYED}.get(field, JOINT_ITEM_KEYED)
            return template.format(body=key, key=key)
    if len(before) == 1 and field == "statements":
        field = "statement_groups"
    return ENTRY_LABELS.get(field, ENTRY).format(n=index + 1)


def _at(data: Any, steps: list[str | int]) -> Any:
    for step in steps:
        if isinstance(step, int) and isinstance(data, list) and 0 <= step < len(data):
            data = data[step]
        elif isinstance(step, str) and isinstance(data, dict):
            data = data.get(step)
        else:
            return None
    return data
