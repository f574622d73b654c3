"""Participation and names: treaty status on the meeting date, names in force on that date."""

from __future__ import annotations

from collections.abc import Iterator

from ..model.wording import N_, Words, verbatim, words
from ..refdata import Status, country, treaty_status
from .context import Context
from .findings import Finding, Severity, found

CATEGORY = {"states_parties": "party", "signatories": "signatory",
            "observer_states": "not_participant"}
LABEL = {"party": N_("a party"), "signatory": N_("a signatory"),
         "not_participant": N_("not a participant"), "unknown": N_("of unknown status")}
MATCHES = {"variant": N_("variant"), "fuzzy": N_("fuzzy"), "code": N_("code")}
LISTS = {"states_parties": N_("States parties"), "signatories": N_("signatories"),
         "observer_states": N_("observer States")}


def status_on_the_meeting_date(c: Context) -> Iterator[Finding]:
    """Each State listed by category against the record's treaty on the first day."""
    day, treaty = c.meeting_day, c.treaty
    if day is None or treaty is None:
        return
    for category, expected in CATEGORY.items():
        for i, code in enumerate(getattr(c.record.attendance, category).items):
            path = f"$.attendance.{category}.items[{i}]"
            status = treaty_status(treaty, code, day)
            said = _said(c, treaty, category, code, status) if status.standing == "unknown" or (
                status.standing != expected and not (
                    expected == "not_participant" and status.standing == "signatory")) else None
            if said is not None:
                yield found(said[0], said[1], said[2], path, c.paragraph(path))


def _said(c: Context, treaty: str, category: str, code: str,
          status: Status) -> tuple[str, Severity, Words]:
    day, names = str(c.meeting_day), c.treaty_names(treaty)
    if status.standing == "unknown":
        return "participation/status-unknown", "warning", words(
            "{state}: {treaty} status on {date} not known to the reference data ({reason})",
            state=c.state_names(code), treaty=names, date=day, reason=status.said)
    return f"participation/{category}-but-{status.standing}", "error", words(
        "{state} ({code}) is listed among the {list} but was {status} in {treaty} on {date} "
        "({reason})", state=c.state_names(code, english=True), code=code, list=LISTS[category],
        status=LABEL[status.standing], treaty=names, date=day, reason=status.said)


def names_in_force(c: Context) -> Iterator[Finding]:
    day = c.meeting_day
    for form in c.record.name_forms:
        if form.form in ("historical", "later"):
            entity = country(form.code)
            now = entity.name("en", day) if entity else None
            said = words("'{text}' is not the name in force on {date} (then: {then})",
                         text=form.text, date=str(day), then=c.state_names(form.code, True)) \
                if now else words("'{text}' is not the name in force on {date}",
                                  text=form.text, date=str(day))
            yield found("names/not-in-force", "error", said, form.path, form.paragraph)
        else:
            yield found(f"names/{form.form}", "warning", words(
                "'{text}' read as {code} ({match} match): check the spelling", text=form.text,
                code=form.code, match=MATCHES.get(form.form) or verbatim(form.form)), form.path,
                form.paragraph)
    for name in c.record.unresolved_names:
        said = words("'{text}' matches no State or organization of the reference data; "
                     "nearest: {nearest}", text=name.text, nearest=", ".join(name.candidates)) \
            if name.candidates else words("'{text}' matches no State or organization of the "
                                          "reference data", text=name.text)
        yield found("names/unresolved", "error", said, name.path, name.paragraph)
