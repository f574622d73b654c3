"""Participation and names: treaty status on the meeting date, names in force on that date."""

from __future__ import annotations

from collections.abc import Iterator

from ..refdata import country, untoc_status
from .context import Context
from .findings import Finding

CATEGORY = {"states_parties": "party", "signatories": "signatory",
            "observer_states": "not_participant"}
LABEL = {"party": "a party", "signatory": "a signatory", "not_participant": "not a participant",
         "unknown": "of unknown status"}


def status_on_the_meeting_date(c: Context) -> Iterator[Finding]:
    day = c.meeting_day
    if day is None:
        return
    for category, expected in CATEGORY.items():
        facts = getattr(c.record.attendance, category)
        for i, code in enumerate(facts.items):
            path = f"$.attendance.{category}.items[{i}]"
            status = untoc_status(code, day)
            if status.standing == "unknown":
                yield Finding("participation/status-unknown", "warning",
                              f"{code}: UNTOC status on {day} not known to the reference data "
                              f"({status.reason})", path, c.paragraph(path))
            elif status.standing != expected and not (
                    expected == "not_participant" and status.standing == "signatory"):
                code_name = f"participation/{category}-but-{status.standing}"
                yield Finding(code_name, "error",
                              f"{_name(code, c)} is listed among the "
                              f"{category.replace('_', ' ')} but was {LABEL[status.standing]} "
                              f"on {day} ({status.reason})", path, c.paragraph(path))


def names_in_force(c: Context) -> Iterator[Finding]:
    day = c.meeting_day
    for form in c.record.name_forms:
        if form.form == "historical":
            entity = country(form.code)
            now = entity.name("en", day) if entity else None
            yield Finding("names/not-in-force", "error",
                          f"'{form.text}' is not the name in force on {day}"
                          + (f" (then: {now})" if now else ""), form.path, form.paragraph)
        else:
            yield Finding(f"names/{form.form}", "warning",
                          f"'{form.text}' read as {form.code} ({form.form} match): check the "
                          "spelling", form.path, form.paragraph)
    for name in c.record.unresolved_names:
        nearest = f"; nearest: {', '.join(name.candidates)}" if name.candidates else ""
        yield Finding("names/unresolved", "error",
                      f"'{name.text}' matches no State or organization of the reference "
                      f"data{nearest}", name.path, name.paragraph)


def _name(code: str, c: Context) -> str:
    entity = country(code)
    return f"{entity.name('en', c.meeting_day)} ({code})" if entity else code
