"""Cross-references inside a record: every key a record uses must name something in it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .labels import field_label, label_words
from .record import Record
from .wording import Catalog, Slot, Words, marked, say, verbatim, words

THE_BODIES_ARE = marked("the bodies are: {keys}")
USED_TWICE = marked("body key '{key}' is used twice")
NO_BODY = marked("no body with key '{key}'")
SECOND_SESSION = marked("a second session of body '{key}'")
NO_SESSION_OF = marked("body '{key}' has no session")
NO_ITEM = marked("body '{key}' has no agenda item {number}")
NOT_MARKED_JOINT = marked("agenda item {number} of '{key}' is not marked joint '{joint}'")
NO_JOINT_ITEM = marked("no joint item with key '{joint}'")
OTHER_NUMBER = marked("joint item '{joint}' gives '{key}' number {given}, not {number}")
BODY_KEY_TAKEN = marked("'{key}' is the key of a body; a joint item needs a key of its own")
NO_SESSION_OF_BODY = marked("no session of body '{key}'")
NOT_A_CONFERENCE_SESSION = marked("only a conference's report on its own session records this; "
                                  "body '{key}' is not a conference, or the record is of a "
                                  "joint meeting")
LINE = marked("{label}: {message}; {hint} ({path})")
LINE_WITHOUT_HINT = marked("{label}: {message} ({path})")


@dataclass(frozen=True)
class Said:
    """A fault's label, message and hint as words, to say in the operator's language."""

    label: Slot
    message: Slot
    hint: Slot | None = None


@dataclass(frozen=True)
class Fault:
    """One thing wrong with a record, at a JSON path such as `$.sessions[1].body`.

    `label` names the field in the record's own words ("session of TA › body"), `message` says
    what is wrong and `hint` what would be right (English); `said` holds the same as words, for
    a page in another language; `kind` and `value` let a caller that knows more (the reference
    data) put a better hint in its place.
    """

    path: str
    message: str
    label: str = field(default="", compare=False)
    hint: str = field(default="", compare=False)
    kind: str = field(default="", compare=False)
    value: str | None = field(default=None, compare=False)
    said: Said | None = field(default=None, compare=False, repr=False,
                              metadata={"internal": True})

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", field_label(self.path))

    @classmethod
    def of(cls, path: str, message: Slot, hint: Slot | None = None, *, label: Slot | None = None,
           kind: str = "", value: str | None = None) -> Fault:
        """A fault said in words (English and any language of the catalogues)."""
        label = label if label is not None else label_words(path)
        return cls(path, say(message), say(label), say(hint) if hint is not None else "", kind,
                   value, Said(label, message, hint))

    def with_hint(self, hint: Slot) -> Fault:
        said = self.said or Said(verbatim(self.label), verbatim(self.message))
        return replace(self, hint=say(hint), said=Said(said.label, said.message, hint))

    @property
    def text(self) -> str:
        """The message and the hint, as one sentence."""
        return f"{self.message}; {self.hint}" if self.hint else self.message

    def __str__(self) -> str:
        return f"{self.label}: {self.text} ({self.path})"

    def line(self, lang: str | None = None, catalog: Catalog | None = None) -> str:
        """The fault as one line in `lang` (a page's), with the operator's `catalog`."""
        if lang is None or catalog is None:
            return str(self)
        said = self.said or Said(verbatim(self.label), verbatim(self.message),
                                 verbatim(self.hint) if self.hint else None)
        slots: dict[str, Slot] = {"label": said.label, "message": said.message,
                                  "path": verbatim(self.path)}
        if said.hint is None:
            return say(words(LINE_WITHOUT_HINT, **slots), lang, catalog)
        return say(words(LINE, **slots, hint=said.hint), lang, catalog)


def reference_faults(record: Record) -> list[Fault]:
    keys = {"sessions": [{"body": s.body} for s in record.sessions],
            "bodies": [{"key": b.key} for b in record.bodies],
            "joint_items": [{"key": j.key} for j in record.joint_items]}
    bodies = words(THE_BODIES_ARE, keys=", ".join(b.key for b in record.bodies))
    return [Fault.of(path, message, bodies if message.template == NO_BODY else None,
                     label=label_words(path, keys), kind="reference")
            for path, message in [*_body_faults(record), *_joint_faults(record),
                                  *_statement_faults(record), *_other_faults(record),
                                  *_outcome_faults(record)]]


_Found = Iterator[tuple[str, Words]]


def _says(template: str, **slots: str) -> Words:
    return words(template, **{k: verbatim(v) for k, v in slots.items()})


def _body_faults(record: Record) -> _Found:
    keys = [b.key for b in record.bodies]
    for i, key in enumerate(keys):
        if keys.index(key) != i:
            yield f"$.bodies[{i}].key", _says(USED_TWICE, key=key)
    seen: set[str] = set()
    for i, session in enumerate(record.sessions):
        if session.body not in keys:
            yield f"$.sessions[{i}].body", _says(NO_BODY, key=session.body)
        if session.body in seen:
            yield f"$.sessions[{i}].body", _says(SECOND_SESSION, key=session.body)
        seen.add(session.body)
    for i, key in enumerate(keys):
        if key not in seen:
            yield f"$.bodies[{i}]", _says(NO_SESSION_OF, key=key)


def _joint_faults(record: Record) -> _Found:
    joint = {j.key: j for j in record.joint_items}
    for i, item in enumerate(record.joint_items):
        if record.body(item.key) is not None:
            yield f"$.joint_items[{i}].key", _says(BODY_KEY_TAKEN, key=item.key)
        for body, number in item.numbers.items():
            if record.body(body) is None:
                yield f"$.joint_items[{i}].numbers.{body}", _says(NO_BODY, key=body)
                continue
            session = record.session_of(body)
            agenda_item = session.agenda.item(number) if session else None
            if session and session.agenda.items and agenda_item is None:
                yield f"$.joint_items[{i}].numbers.{body}", _says(NO_ITEM, key=body,
                                                                   number=number)
            elif agenda_item is not None and agenda_item.joint != item.key:
                yield f"$.joint_items[{i}].numbers.{body}", _says(
                    NOT_MARKED_JOINT, number=number, key=body, joint=item.key)
    for s, session in enumerate(record.sessions):
        for a, agenda_item in enumerate(session.agenda.items):
            if agenda_item.joint is None:
                continue
            path = f"$.sessions[{s}].agenda.items[{a}].joint"
            target = joint.get(agenda_item.joint)
            if target is None:
                yield path, _says(NO_JOINT_ITEM, joint=agenda_item.joint)
            elif target.number_for(session.body) != agenda_item.number:
                yield path, _says(OTHER_NUMBER, joint=agenda_item.joint, key=session.body,
                                  given=str(target.number_for(session.body)),
                                  number=agenda_item.number)


def _statement_faults(record: Record) -> _Found:
    refs = [(f"$.statements[{g}].items.items[{r}]", ref) for g, group in
            enumerate(record.statements) for r, ref in enumerate(group.items.items)]
    refs += [(f"$.speakers[{i}].item", request.item) for i, request in
             enumerate(record.speakers) if request.item is not None]
    refs += [(f"$.speaker_lists[{i}].item", entry.item) for i, entry in
             enumerate(record.speaker_lists) if entry.item is not None]
    for path, ref in refs:
        if ref.body is None:
            continue
        session = record.session_of(ref.body)
        if session is None:
            yield f"{path}.body", _says(NO_SESSION_OF_BODY, key=ref.body)
        elif session.agenda.items and session.agenda.item(ref.number) is None:
            yield f"{path}.number", _says(NO_ITEM, key=ref.body, number=ref.number)


def _other_faults(record: Record) -> _Found:
    keys = {b.key for b in record.bodies}
    joint = {j.key for j in record.joint_items}
    for i, person in enumerate(record.officers):
        for j, body in enumerate(person.bodies):
            if body not in keys:
                yield f"$.officers[{i}].bodies[{j}]", _says(NO_BODY, key=body)
    for i, doc in enumerate(record.documents.items):
        for j, body in enumerate(doc.bodies):
            if body not in keys:
                yield f"$.documents.items[{i}].bodies[{j}]", _says(NO_BODY, key=body)
    narrative = record.narrative
    for section in ("recommendations", "deliberations"):
        for i, part in enumerate(getattr(narrative, section)):
            if part.body is not None and part.body not in keys:
                yield f"$.narrative.{section}[{i}].body", _says(NO_BODY, key=part.body)
            if part.joint_item is not None and part.joint_item not in joint:
                yield f"$.narrative.{section}[{i}].joint_item", _says(NO_JOINT_ITEM,
                                                                       joint=part.joint_item)


def _outcome_faults(record: Record) -> _Found:
    """Credentials and the resolutions and decisions adopted belong to a Conference's report on
    its session (model/outcomes.py): a working group's record does not offer them."""
    for i, session in enumerate(record.sessions):
        body = record.body(session.body)
        if body is None or (body.kind == "conference" and not record.is_joint):
            continue
        for name in ("credentials", "resolutions_and_decisions"):
            if getattr(session, name) is not None:
                yield f"$.sessions[{i}].{name}", _says(NOT_A_CONFERENCE_SESSION, key=body.key)
