"""Chapter II, section "Election of officers" of a session report: the President, the
Vice-Presidents and the Rapporteur a Conference elects under its rules of procedure, each
"President: Ana Pérez (Spain)" on a line of its own, as Conference and Council reports list them
(UNEP Governing Council reports: "President: … Vice-Presidents: … Rapporteur: …")."""

from __future__ import annotations

from ..model import Person
from .context import Composer
from .tree import ListEntry, Parts

ELECTED = ("president", "vice_president", "rapporteur")
ROLE_LABELS = {"president": ("President", "Presidents"),
               "vice_president": ("Vice-President", "Vice-Presidents"),
               "rapporteur": ("Rapporteur", "Rapporteurs")}


def officers(c: Composer) -> None:
    """The section, in a session report whose record names elected officers; nothing else."""
    if c.kind != "session":
        return
    chosen = [(i, p) for i, p in enumerate(c.record.officers) if p.role in ELECTED]
    if not chosen:
        return
    entries: list[ListEntry] = []
    for role in ELECTED:
        holders = [(i, p) for i, p in chosen if p.role == role]
        for n, (i, person) in enumerate(holders):
            holder = _holder(c, person, f"$.officers[{i}]")
            entries.append(ListEntry("", c.say("officers", "{role}: {holder}", role=_role(
                c, role, [p for _, p in holders]), holder=holder) if n == 0 else holder))
    c.paragraph(c.say("officers", "The following officers were elected:"), entries,
                facts=tuple(f"$.officers[{i}]" for i, _ in chosen))


def _role(c: Composer, role: str, holders: list[Person]) -> Parts:
    one, many = ROLE_LABELS[role]
    genders = {p.gender for p in holders}
    gender = "feminine" if genders == {"feminine"} else "other"
    return c.say("officer-role", one, many, len(holders), person_gender=gender)


def _holder(c: Composer, person: Person, path: str) -> Parts:
    name = c.person(person, path)
    if person.state is None:
        return name
    return c.say("officers", "{name} ({state})", name=name,
                 state=c.state(person.state, f"{path}.state"))
