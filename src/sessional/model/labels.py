"""Names of the fields of a record in the record's own words, built from a JSON path.

`field_label("$.attendance.states_parties.items[3]")` is "attendance › States parties › entry
4". Every label is a string constant of the tables below (English, marked for the operator
catalogues); `label_words` gives the same label as words a page says in the operator's language.
Nothing here reads anything but its arguments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .wording import Joined, Slot, Words, marked, say, verbatim, words

SEPARATOR = " › "
THE_RECORD = marked("the record")

FIELD_LABELS: Mapping[str, str] = {
    "states_parties": marked("States parties"),
    "signatories": marked("signatories"),
    "observer_states": marked("observer States"),
    "regional_economic_integration_organizations": marked("regional economic integration "
                                                   "organizations"),
    "un_secretariat_units": marked("United Nations Secretariat units"),
    "un_funds_and_programmes": marked("United Nations funds and programmes"),
    "specialized_agencies": marked("specialized agencies"),
    "intergovernmental_organizations": marked("intergovernmental organizations"),
    "non_governmental_organizations": marked("non-governmental organizations"),
    "schema_version": marked("format version"),
    "parent_body": marked("parent body"),
    "joint_items": marked("joint items"),
    "symbol_series": marked("symbol series"),
    "short_name": marked("short name"),
    "previous_sessions": marked("previous sessions"),
    "ordinal_style": marked("counted as"),
    "stated_dates": marked("dates as stated"),
    "meetings_held": marked("meetings held"),
    "adopted_at_meeting": marked("adopted at meeting"),
    "adopted_on": marked("adopted on"),
    "credentials": marked("credentials"),
    "resolutions_and_decisions": marked("resolutions and decisions adopted"),
    "adopted_as_amended": marked("adopted as amended"),
    "original_language": marked("language of the original"),
    "sub_items": marked("sub-items"),
    "start": marked("first day"),
    "end": marked("last day"),
    "on_behalf_of": marked("on behalf of"),
    "requested_at": marked("asked for the floor at"),
    "called_at": marked("given the floor at"),
    "ended_at": marked("speech ended at"),
    "speaker_lists": marked("closed lists of speakers"),
    "closed": marked("closed"),
    "taken_together": marked("taken together"),
    "source_language": marked("source language"),
    "joint_item": marked("joint item"),
    "unclassified": marked("unplaced text"),
    "unresolved_names": marked("unresolved names"),
    "name_forms": marked("name forms"),
    "translation_state": marked("state of translation"),
    "translated_from": marked("source of each translation"),
    "gender": marked("grammatical gender"),
    "state": marked("State"),
    "joint": marked("joint item"),
    "job_numbers": marked("job numbers"),
    "agenda": marked("agenda"),
    "article": marked("article"),
    "attendance": marked("attendance"),
    "bodies": marked("bodies"),
    "body": marked("body"),
    "by": marked("by"),
    "candidates": marked("candidates"),
    "code": marked("code"),
    "convention": marked("convention"),
    "date": marked("date"),
    "dates": marked("dates"),
    "delegation": marked("delegation"),
    "deliberations": marked("deliberations"),
    "documents": marked("documents"),
    "form": marked("form"),
    "format": marked("format"),
    "introduction": marked("introduction"),
    "item": marked("item"),
    "items": marked("items"),
    "key": marked("key"),
    "kind": marked("kind"),
    "letter": marked("letter"),
    "mandate": marked("mandate"),
    "meeting": marked("meeting"),
    "meetings": marked("meetings"),
    "name": marked("name"),
    "narrative": marked("narrative"),
    "note": marked("note"),
    "number": marked("number"),
    "numbers": marked("numbers"),
    "officers": marked("officers"),
    "ordinal": marked("ordinal"),
    "organization": marked("organization"),
    "paragraph": marked("paragraph"),
    "paragraphs": marked("paragraphs"),
    "path": marked("path"),
    "position": marked("position"),
    "reason": marked("reason"),
    "recommendations": marked("recommendations"),
    "report": marked("report"),
    "role": marked("role"),
    "secretariat": marked("secretariat"),
    "section": marked("section"),
    "sessions": marked("sessions"),
    "speakers": marked("speakers"),
    "statements": marked("statements"),
    "status": marked("status"),
    "symbol": marked("symbol"),
    "tentative": marked("tentative"),
    "text": marked("text"),
    "title": marked("title"),
    "venue": marked("venue"),
    "where": marked("where"),
}
"""Field name -> label, for every field of the record (tests/model checks it); a field not
listed (a key of a mapping) is labelled as written."""

ENTRY_LABELS: Mapping[str, str] = {
    "bodies": marked("body {n}"),
    "sessions": marked("session {n}"),
    "joint_items": marked("joint item {n}"),
    "officers": marked("officer {n}"),
    "statements": marked("statement {n}"),
    "statement_groups": marked("statement group {n}"),
    "speakers": marked("request for the floor {n}"),
    "speaker_lists": marked("closed list of speakers {n}"),
    "documents": marked("document {n}"),
    "agenda": marked("item {n}"),
    "agenda_items": marked("agenda item {n}"),
    "sub_items": marked("sub-item {n}"),
    "meetings": marked("meeting {n}"),
    "mandate": marked("mandate {n}"),
    "previous_sessions": marked("previous session {n}"),
    "stated_dates": marked("statement of the dates {n}"),
    "introduction": marked("paragraph {n}"),
    "paragraphs": marked("paragraph {n}"),
    "recommendations": marked("recommendation {n}"),
    "deliberations": marked("deliberation {n}"),
    "unclassified": marked("text {n}"),
    "unresolved_names": marked("name {n}"),
    "name_forms": "name {n}",
}
"""List field -> label of its n-th entry (from 1); a list not listed has "entry {n}"."""

ENTRY = marked("entry {n}")
SESSION_OF = marked("session of {body}")
BODY_KEYED = marked("body {body}")
JOINT_ITEM_KEYED = marked("joint item {key}")
AGENDA_ITEMS = marked("agenda items")

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
    """The label of the field at `path`, in English; `data` (the record as JSON data, if at
    hand) gives the body keys that name sessions and bodies."""
    return say(label_words(path, data))


def label_words(path: str, data: Any = None) -> Slot:
    """The label of the field at `path` as words to say in any language."""
    parts: list[Slot] = []
    steps = path_steps(path)
    names: list[str] = []  # the named fields on the way, for entries of lists; a list's
    # entry is labelled in place of the list ("session of TA", not "sessions › session of TA")
    for position, step in enumerate(steps):
        previous = steps[position - 1] if position else None
        listed = position + 1 < len(steps) and isinstance(steps[position + 1], int)
        if isinstance(step, int):
            parts.append(_entry(names, step, steps[:position], data))
        elif step == "[key]":
            continue
        elif step == "items" and isinstance(previous, int):
            names.append("agenda_items")  # a meeting's, a document's or a statement group's
            parts.extend([] if listed else [Words(AGENDA_ITEMS)])
        elif step == "items" and previous is not None:
            names.append(names[-1])  # the items of a list: no word of their own
        else:
            names.append(step)
            parts.extend([] if listed else [_field(step)])
    return Joined(tuple(parts), SEPARATOR) if parts else Words(THE_RECORD)


def _field(name: str) -> Slot:
    label = FIELD_LABELS.get(name)
    return Words(label) if label is not None else verbatim(name)


def _entry(names: list[str], index: int, before: list[str | int], data: Any) -> Slot:
    field = names[-1] if names else ""
    if len(before) == 1 and field in ("sessions", "bodies", "joint_items"):
        key = _at(data, [*before, index, "key" if field != "sessions" else "body"])
        if isinstance(key, str) and key:
            template = {"sessions": SESSION_OF, "bodies": BODY_KEYED}.get(field, JOINT_ITEM_KEYED)
            return words(template, body=key) if field != "joint_items" else words(template, key=key)
    if len(before) == 1 and field == "statements":
        field = "statement_groups"
    return words(ENTRY_LABELS.get(field, ENTRY), n=index + 1)


def _at(data: Any, steps: list[str | int]) -> Any:
    for step in steps:
        if isinstance(step, int) and isinstance(data, list) and 0 <= step < len(data):
            data = data[step]
        elif isinstance(step, str) and isinstance(data, dict):
            data = data.get(step)
        else:
            return None
    return data
