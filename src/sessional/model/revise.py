"""A record after one small edit, checked where the edit could have made it wrong.

The latest revision is kept both as JSON data and as a validated record. An edit changes one
top-level part of the record (the attendance, the sessions, the list of speakers ...): that part
is validated again as a whole and the cross-references of the whole record are checked, which
is what validating the whole record would find, at a fraction of the cost during a meeting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from .edits import COLLECTIONS, Edit, apply_edit, collection
from .io import RecordInvalid, record_from_data, validation_faults
from .limits import Limits, data_faults
from .record import Record
from .references import Fault, reference_faults
from .translations import remember_sources

PART_OF = {  # the top-level part of the record each collection lives in
    "bodies": "bodies", "joint_items": "joint_items", "sessions": "sessions",
    "agenda_items": "sessions", "meetings": "sessions", "attendance": "attendance",
    "officers": "officers", "documents": "documents", "statement_groups": "statements",
    "statements": "statements", "paragraphs": "narrative", "speakers": "speakers",
}
assert set(PART_OF) == set(COLLECTIONS), "every collection lives in a part of the record"
_PARTS: dict[str, TypeAdapter[Any]] = {
    name: TypeAdapter(Annotated[info.annotation, info])  # type: ignore[arg-type]
    for name, info in Record.model_fields.items() if name in set(PART_OF.values())}


@dataclass(frozen=True)
class Version:
    """One revision of a record: its JSON data (not to be changed) and the validated record."""

    data: dict[str, Any]
    record: Record
    faults: frozenset[Fault] = field(default=frozenset())  # reference faults it has already

    @classmethod
    def of(cls, data: dict[str, Any]) -> Version:
        record = record_from_data(data, references=False)
        return cls(data, record, frozenset(reference_faults(record)))


def revise(version: Version, edit: Edit, base: dict[str, Any] | None,
           limits: Limits = Limits()) -> Version | None:
    """The version after `edit`, or None where the edit changes nothing. Raises what
    `apply_edit` raises, and RecordInvalid where the edit would leave the record invalid (or
    add a fault of cross-reference the record did not have)."""
    collection(edit.collection)  # an unknown collection is refused here, by name
    part = PART_OF[edit.collection]
    data = dict(version.data)
    if part in data:  # copy only the part the edit may change
        data[part] = json.loads(json.dumps(data[part]))
    if not apply_edit(edit, data, base):
        return None
    remember_sources(version.data, data, part)
    faults = data_faults(data.get(part), limits, f"$.{part}")
    if faults:
        raise RecordInvalid("record", faults, version.record.first_day)
    try:
        value = _PARTS[part].validate_python(data[part])
    except ValidationError as error:
        raise RecordInvalid("record", validation_faults(error, data, (part,)),
                            version.record.first_day) from None
    update: dict[str, Any] = {part: value}
    if "translated_from" in data:
        update["translated_from"] = data["translated_from"]
    record = version.record.model_copy(update=update)
    now = frozenset(reference_faults(record))
    added = [f for f in now if f not in version.faults]
    if added:
        raise RecordInvalid("record", sorted(added, key=lambda f: f.path), record.first_day)
    return Version(data, record, now)
