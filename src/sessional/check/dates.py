"""Dates: meetings within the session, agendas adopted at it, the report adopted at its end,
and a body's dates stated one way in one place and another way elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Unknown
from ..model.wording import N_, Joined, Words, counted, verbatim, words
from .context import Context
from .findings import Finding, found


def meetings_within_session(c: Context) -> Iterator[Finding]:
    for s, session in enumerate(c.record.sessions):
        dates = c.session_dates(session.body)
        if dates is None:
            continue
        for m, meeting in enumerate(session.meetings.items):
            if not isinstance(meeting.date, Unknown) and not dates[0] <= meeting.date <= dates[1]:
                path = f"$.sessions[{s}].meetings.items[{m}].date"
                yield found(
                    "dates/meeting-outside-session",
                    "error",
                    words("{body}: meeting {number} on {date} falls outside the session "
                          "({start} to {end})", body=c.body_names(session.body),
                          number=meeting.number, date=str(meeting.date), start=str(dates[0]),
                          end=str(dates[1])),
                    path,
                    c.paragraph(path),
                )


def agenda_adopted_at_the_session(c: Context) -> Iterator[Finding]:
    for s, session in enumerate(c.record.sessions):
        agenda, path = session.agenda, f"$.sessions[{s}].agenda"
        dates = c.session_dates(session.body)
        if (
            dates
            and not isinstance(agenda.adopted_on, Unknown)
            and not dates[0] <= agenda.adopted_on <= dates[1]
        ):
            yield found(
                "dates/agenda-outside-session",
                "error",
                words("{body}: agenda adopted on {date}, outside the session ({start} to "
                      "{end})", body=c.body_names(session.body), date=str(agenda.adopted_on),
                      start=str(dates[0]), end=str(dates[1])),
                f"{path}.adopted_on",
                c.paragraph(path),
            )
        held = session.meetings_held
        at = agenda.adopted_at_meeting
        if not isinstance(held, Unknown) and not isinstance(at, Unknown) and at > held:
            yield found(
                "dates/agenda-meeting-not-held",
                "error",
                counted("{body}: agenda adopted at meeting {number}, but only {held} meeting "
                        "was held", "{body}: agenda adopted at meeting {number}, but only "
                        "{held} meetings were held", "held", body=c.body_names(session.body),
                        number=at, held=held),
                f"{path}.adopted_at_meeting",
                c.paragraph(path),
            )


def report_adopted_at_the_end(c: Context) -> Iterator[Finding]:
    adopted = c.record.report.adopted_on
    ends = [d[1] for s in c.record.sessions if (d := c.session_dates(s.body))]
    starts = [d[0] for s in c.record.sessions if (d := c.session_dates(s.body))]
    if isinstance(adopted, Unknown) or not ends:
        return
    path = "$.report.adopted_on"
    if not min(starts) <= adopted <= max(ends):
        yield found(
            "dates/report-outside-session",
            "error",
            words("report adopted on {date}, outside the session ({start} to {end})",
                  date=str(adopted), start=str(min(starts)), end=str(max(ends))),
            path,
            c.paragraph(path),
        )
    elif adopted != max(ends):
        yield found(
            "dates/report-before-last-day",
            "warning",
            words("report adopted on {date}, before the last day ({end})", date=str(adopted),
                  end=str(max(ends))),
            path,
            c.paragraph(path),
        )


def dates_stated_two_ways(c: Context) -> Iterator[Finding]:
    for s, session in enumerate(c.record.sessions):
        stated = session.stated_dates
        ranges = {(x.dates.start, x.dates.end) for x in stated}
        if len(ranges) < 2:
            continue
        told = Joined(tuple(words("{where}: {start} to {end}", where=_where(x.where),
                                  start=str(x.dates.start), end=str(x.dates.end))
                            for x in stated))
        numbers = [int(n) for x in stated if (n := _paragraph(x.where))]
        yield found(
            "dates/stated-differently",
            "error",
            words("{body}: the report gives its dates differently ({told})",
                  body=c.body_names(session.body), told=told),
            f"$.sessions[{s}].stated_dates",
            min(numbers) if numbers else None,
        )


def _where(where: str) -> Words:
    """Where the report states its dates, said in the page's language ("para 15": 第15段)."""
    if where.strip() == "heading":
        return N_("heading")
    number = _paragraph(where)
    return words("para {n}", n=int(number)) if number else verbatim(where)


def _paragraph(where: str) -> str | None:
    found = re.fullmatch(r"para(?:graph)?\s+(\d+)", where.strip())
    return found.group(1) if found else None
