"""Cross-references inside a record: every key a record uses must name something in it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .labels import field_label
from .record import Record

THE_BODIES_ARE = "the bodies are: {keys}"


@dataclass(frozen=True)
class Fault:
    """One thing wrong with a record, at a JSON path such as `$.sessions[1].body`.

    `label` names the field in the record's own words ("session of TA › body"), `message` says
    what is wrong and `hint` what would be right; `kind` and `value` let a caller that knows
    more (the reference data) put a better hint in its place.
    """

    path: str
    message: str
    label: str = field(default="", compare=False)
    hint: str = field(default="", compare=False)
    kind: str = field(default="", compare=False)
    value: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", field_label(self.path))

    @property
    def text(self) -> str:
        """The message and the hint, as one sentence."""
        return f"{self.message}; {self.hint}" if self.hint else self.message

    def __str__(self) -> str:
        return f"{self.label}: {self.text} ({self.path})"


def reference_faults(record: Record) -> list[Fault]:
    keys = {"sessions": [{"body": s.body} for s in record.sessions],
            "bodies": [{"key": b.key} for b in record.bodies],
            "joint_items": [{"key": j.key} for j in record.joint_items]}
    faults = [*_body_faults(record), *_joint_faults(record), *_statement_faults(record),
              *_other_faults(record)]
    bodies = THE_BODIES_ARE.format(keys=", ".join(b.key for b in record.bodies))
    return [Fault(f.path, f.message, field_label(f.path, keys),
                  bodies if f.message.startswith("no body with key") else "", "reference")
            for f in faults]


def _body_faults(record: Record) -> Iterator[Fault]:
    keys = [b.key for b in record.bodies]
    for i, key in enumerate(keys):
        if keys.index(key) != i:
            yield Fault(f"$.bodies[{i}].key", f"body key {key!r} is used twice")
    seen: set[str] = set()
    for i, session in enumerate(record.sessions):
        if session.body not in keys:
            yield Fault(f"$.sessions[{i}].body", f"no body with key {session.body!r}")
        if session.body in seen:
            yield Fault(f"$.sessions[{i}].body", f"a second session of body {session.body!r}")
        seen.add(session.body)
    for i, key in enumerate(keys):
        if key not in seen:
            yield Fault(f"$.bodies[{i}]", f"body {key!r} has no session")


def _joint_faults(record: Record) -> Iterator[Fault]:
    joint = {j.key: j for j in record.joint_items}
    for i, item in enumerate(record.joint_items):
        for body, number in item.numbers.items():
            if record.body(body) is None:
                yield Fault(f"$.joint_items[{i}].numbers.{body}", f"no body with key {body!r}")
                continue
            session = record.session_of(body)
            agenda_item = session.agenda.item(number) if session else None
            if session and session.agenda.items and agenda_item is None:
                yield Fault(f"$.joint_items[{i}].numbers.{body}",
                            f"body {body!r} has no agenda item {number}")
            elif agenda_item is not None and agenda_item.joint != item.key:
                yield Fault(f"$.joint_items[{i}].numbers.{body}",
                            f"agenda item {number} of {body!r} is not marked joint {item.key!r}")
    for s, session in enumerate(record.sessions):
        for a, agenda_item in enumerate(session.agenda.items):
            if agenda_item.joint is None:
                continue
            path = f"$.sessions[{s}].agenda.items[{a}].joint"
            target = joint.get(agenda_item.joint)
            if target is None:
                yield Fault(path, f"no joint item with key {agenda_item.joint!r}")
            elif target.number_for(session.body) != agenda_item.number:
                yield Fault(path, f"joint item {agenda_item.joint!r} gives {session.body!r} "
                            f"number {target.number_for(session.body)}, not {agenda_item.number}")


def _statement_faults(record: Record) -> Iterator[Fault]:
    for g, group in enumerate(record.statements):
        for r, ref in enumerate(group.items.items):
            if ref.body is None:
                continue
            session = record.session_of(ref.body)
            path = f"$.statements[{g}].items.items[{r}]"
            if session is None:
                yield Fault(f"{path}.body", f"no session of body {ref.body!r}")
            elif session.agenda.items and session.agenda.item(ref.number) is None:
                yield Fault(f"{path}.number", f"body {ref.body!r} has no agenda item {ref.number}")


def _other_faults(record: Record) -> Iterator[Fault]:
    keys = {b.key for b in record.bodies}
    joint = {j.key for j in record.joint_items}
    for i, person in enumerate(record.officers):
        for j, body in enumerate(person.bodies):
            if body not in keys:
                yield Fault(f"$.officers[{i}].bodies[{j}]", f"no body with key {body!r}")
    for i, doc in enumerate(record.documents.items):
        for j, body in enumerate(doc.bodies):
            if body not in keys:
                yield Fault(f"$.documents.items[{i}].bodies[{j}]", f"no body with key {body!r}")
    narrative = record.narrative
    for section in ("recommendations", "deliberations"):
        for i, part in enumerate(getattr(narrative, section)):
            if part.body is not None and part.body not in keys:
                yield Fault(f"$.narrative.{section}[{i}].body", f"no body with key {part.body!r}")
            if part.joint_item is not None and part.joint_item not in joint:
                yield Fault(f"$.narrative.{section}[{i}].joint_item",
                            f"no joint item with key {part.joint_item!r}")
