"""What a Conference adopted at its session: chapter I, "Resolutions and decisions adopted by
the Conference …" (CAC/COSP/2009/15: "A. Resolutions … 3/1. Review mechanism … B. Decisions …
3/1. Venues for the fourth and fifth sessions …"), and the section on the report of the Bureau
on credentials in the chapter on the organization of the session. The texts of the resolutions
are the Conference's: the report lists each by its number and title. A session report whose
record has neither leaves them out; a list still unknown is one gap."""

from __future__ import annotations

from typing import Literal

from ..model import FactList, Unknown
from ..model.outcomes import Adopted, Credentials
from .context import Composer
from .formats import ordinal_text, range_text
from .tree import GapKind, ListEntry, Parts, Text

Kind = Literal["resolution", "decision"]


def adopted_list(c: Composer) -> tuple[FactList[Adopted], str] | None:
    """The session's resolutions and decisions and their path, in a Conference's report on its
    session; None for any other report, or where the record does not give them."""
    if not _conference_session(c):
        return None
    facts = c.record.sessions[0].resolutions_and_decisions
    return None if facts is None else (facts, "$.sessions[0].resolutions_and_decisions")


def _conference_session(c: Composer) -> bool:
    """A Conference reporting alone on its session (a record let through unchecked may give
    them elsewhere: the Implementation Review Group's report has no such parts)."""
    return c.kind == "session" and c.record.bodies[0].kind == "conference"


def chapter_title(c: Composer) -> Parts:
    """"Resolutions adopted by …" where the list is complete and holds only resolutions (as
    CAC/COSP/2017/14), "Decisions adopted by …" for only decisions, else both."""
    found = adopted_list(c)
    kinds = {a.kind for a in found[0].items} if found else set()
    complete = found is not None and found[0].status == "complete"
    which = "other" if not complete or len(kinds) != 1 else f"{kinds.pop()}s"
    body = c.record.bodies[0].key
    return c.say("chapter", "Resolutions and decisions adopted by {body}", kinds=which,
                 body=c.body_in_text(body), body_gender=c.gender(body),
                 body_instrumental=c.body_in_case(body, "instrumental"))


def resolutions(c: Composer) -> None:
    _adopted(c, "resolution")


def decisions(c: Composer) -> None:
    _adopted(c, "decision")


def _adopted(c: Composer, kind: Kind) -> None:
    found = adopted_list(c)
    if found is None:
        return
    facts, path = found
    chosen = [(i, a) for i, a in enumerate(facts.items) if a.kind == kind]
    if not chosen:
        return
    body = c.record.bodies[0].key
    entries = [ListEntry(c.ph.text("label", "{number}.", number=a.number),
                         c.localized(a.title, f"{path}.items[{i}].title")) for i, a in chosen]
    held = _session(c)
    c.paragraph(c.say("adopted", LEAD, kind=kind, body=c.body_in_text(body),
                      body_gender=c.gender(body), ordinal=held["ordinal"], dates=held["dates"],
                      venue=held["venue"], venue_locative=held["venue_locative"]), entries,
                facts=tuple(f"{path}.items[{i}]" for i, _ in chosen))


LEAD = ("At its {ordinal} session, held in {venue} {dates}, {body} adopted the following "
        "resolutions:")
"""As unodc.org gives the resolutions of the seventh session (V.18-00228): "At its seventh
session, held in Vienna, from 6 to 10 November 2017, the Conference … adopted the following
resolutions:"."""


def _session(c: Composer) -> dict[str, Parts]:
    session, path = c.record.sessions[0], "$.sessions[0]"
    dates: Parts = c.placeholder("number", "unknown", f"{path}.dates", session.dates.note) \
        if isinstance(session.dates, Unknown) else \
        (Text(range_text(c.ph, session.dates.start, session.dates.end)),)
    return {"ordinal": c.session_ordinal(session.ordinal, f"{path}.ordinal"), "dates": dates,
            "venue": c.venue(session.venue, f"{path}.venue"),
            "venue_locative": c.venue_in_case(session.venue, f"{path}.venue", "locative")}


def still_to_come(c: Composer) -> None:
    """The one gap of a list still unknown, or of the entries of a partial one still to come."""
    found = adopted_list(c)
    if found is None or found[0].status == "complete":
        return
    facts, path = found
    kind: GapKind = "unknown" if facts.status == "unknown" else "partial"
    c.paragraph(c.placeholder("list", kind, path, facts.note), numbered=False)


def credentials(c: Composer) -> None:
    """"At its 9th meeting, on 10 November 2017, the Conference adopted the report of the
    Bureau on credentials (CAC/COSP/2017/…)." with a gap for each fact not known."""
    if not _conference_session(c):
        return
    given: Credentials | None = c.record.sessions[0].credentials
    if given is None:
        return
    path = "$.sessions[0].credentials"
    meeting = given.adopted_at_meeting
    ordinal: Parts = c.placeholder("number", "unknown", f"{path}.adopted_at_meeting",
                                   meeting.note) if isinstance(meeting, Unknown) \
        else (Text(ordinal_text(c.ph, meeting)),)
    symbol: Parts = c.placeholder("text", "unknown", f"{path}.symbol", given.symbol.note) \
        if isinstance(given.symbol, Unknown) else (Text(str(given.symbol)),)
    body = c.record.bodies[0].key
    c.paragraph(c.say("credentials", "At its {ordinal} meeting, on {date}, {body} adopted the "
                      "report of the Bureau on credentials ({symbol}).", ordinal=ordinal,
                      date=c.date(given.adopted_on, f"{path}.adopted_on"), symbol=symbol,
                      body=c.body_in_text(body), body_gender=c.gender(body)),
                facts=(path,))
