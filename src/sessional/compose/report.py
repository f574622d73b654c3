"""Record -> report tree in one language: masthead, heading, title and chapters I to V."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..model import Lang, Record, Unknown
from ..refdata.languages import language_name
from . import attendance as att
from . import narrative, officers, organization, outcomes
from .catalog import phrases
from .context import Composer
from .formats import date_text, join_bodies, range_text
from .kinds import CHAPTER_OF_ORGANIZATION, OPENING_SECTION
from .tree import Gap, Masthead, Mention, Parts, Report, Text
from .typography import typeset

T = TypeVar("T")
RTL: frozenset[Lang] = frozenset({"ar"})
CHAPTER_NUMBERS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def compose_report(record: Record, lang: Lang) -> Report:
    c = Composer(record, lang)
    chapters: list[tuple[Parts, list[Callable[[Composer], None]]]] = []
    if outcomes.adopted_list(c) is not None:  # a Conference's report opens with them
        chapters.append((outcomes.chapter_title(c), [_adopted]))
    chapters.append((c.say("chapter", "Introduction"), [narrative.introduction]))
    if c.kind == "meeting" or record.narrative.recommendations:
        chapters.append((c.say("chapter", "Recommendations"), [narrative.recommendations]))
    chapters += [
        (c.say("chapter", "Summary of deliberations"), [narrative.deliberations]),
        (c.say("chapter", CHAPTER_OF_ORGANIZATION[c.kind]), [_organization]),
        (c.say("chapter", "Adoption of the report"), [att.adoption]),
    ]
    n = 0
    for title, parts in chapters:
        if _part(c, 1, _chapter_label(c, n), title, parts):
            n += 1
    masthead = _masthead(c)  # first: the job number's gap (page 1) leads the list
    return typeset(Report(lang, "rtl" if lang in RTL else "ltr", masthead, _heading_lines(c),
                          _title(c), tuple(c.blocks), tuple(c.gaps),
                          c.ph.text("placeholder", "Source text")))


def _part(c: Composer, level: int, label: str, title: Parts,
          builders: list[Callable[[Composer], None]]) -> bool:
    """A chapter or section with what its builders write; left out, heading and all, when
    they write nothing (a session without recommendations has no such chapter)."""
    at = len(c.blocks)
    c.heading(level, label, title)
    for build in builders:
        build(c)
    if len(c.blocks) == at + 1:
        c.withdraw_heading()
        return False
    return True


def _organization(c: Composer) -> None:
    sections = (
        (OPENING_SECTION[c.kind], organization.opening),
        ("Election of officers", officers.officers),
        ("Statements", organization.statements),
        ("Adoption of the agenda and organization of work", organization.agendas),
        ("Attendance", att.attendance),
        ("Adoption of the report of the Bureau on credentials", outcomes.credentials),
        ("Documentation", att.documentation),
    )
    _sections(c, sections)


def _adopted(c: Composer) -> None:
    """Chapter I of a Conference's report: "A. Resolutions", "B. Decisions" (a kind it did not
    adopt has no section), then the one gap of a list not yet complete."""
    _sections(c, (("Resolutions", outcomes.resolutions), ("Decisions", outcomes.decisions)))
    outcomes.still_to_come(c)


def _sections(c: Composer, sections: tuple[tuple[str, Callable[[Composer], None]], ...]) -> None:
    n = 0
    for title, build in sections:
        label = _label(c, c.ph.text("section-letter", "ABCDEFG"[n]))
        if _part(c, 2, label, c.say("section", title), [build]):
            n += 1


def _chapter_label(c: Composer, n: int) -> str:
    return _label(c, c.ph.text("chapter-number", CHAPTER_NUMBERS[n]))


def _label(c: Composer, number: str) -> str:
    return c.ph.text("label", "{number}. (heading)", number=number)


def _heading_lines(c: Composer) -> tuple[Parts, ...]:
    lines: list[Parts] = []
    for s_index, session in enumerate(c.record.sessions):
        lines.append(c.body_name(session.body))
        dates: Parts = c.placeholder("number", "unknown", f"$.sessions[{s_index}].dates") \
            if isinstance(session.dates, Unknown) else \
            (Mention(range_text(c.ph, session.dates.start, session.dates.end, short=True),
                     "session", f"{session.dates.start}/{session.dates.end}",
                     f"$.sessions[{s_index}].dates"),)
        venue = c.venue(session.venue, f"$.sessions[{s_index}].venue")
        lines.append(c.say("title", "{dates}, {venue}", dates=dates, venue=venue))
    return tuple(lines)


def _title(c: Composer) -> Parts:
    if c.kind == "session":
        return _session_title(c)
    record = c.record
    known = [s.dates for s in record.sessions if not isinstance(s.dates, Unknown)]
    first_day = last_day = None
    if known:
        first_day, last_day = min(d.start for d in known), max(d.end for d in known)
        dates: Parts = (Text(range_text(c.ph, first_day, last_day)),)
    else:
        dates = c.placeholder("number", "unknown", "$.sessions[0].dates")
    venue = c.venue(record.sessions[0].venue, "$.sessions[0].venue")
    bodies = join_bodies(c.ph, [c.body_in_text(b.key) for b in record.bodies], "title")
    msgid = "Report on the meeting of {bodies} held in {venue} {dates}"
    if record.report.status == "draft":
        msgid = "Draft report on the meeting of {bodies} held in {venue} {dates}"
    genitive = join_bodies(c.ph, [c.body_in_case(b.key, "genitive") for b in record.bodies],
                           "title")
    first = record.sessions[0]
    short = dates if first_day is None or last_day is None else \
        (Text(range_text(c.ph, first_day, last_day, short=True)),)
    return c.finish(c.say("title", msgid, bodies=bodies, bodies_genitive=genitive, venue=venue,
                          venue_locative=c.venue_in_case(first.venue, "$.sessions[0].venue",
                                                         "locative"),
                          dates=dates, dates_short=short))


def _session_title(c: Composer) -> Parts:
    """Report of the Conference … on its eleventh session, held in Vienna from 8 to 17 October
    2008 (CTOC/COP/2008/19); the draft's title says "Draft report of …"."""
    session, body = c.record.sessions[0], c.record.bodies[0]
    if isinstance(session.dates, Unknown):
        dates: Parts = c.placeholder("number", "unknown", "$.sessions[0].dates")
        short = dates
    else:
        dates = (Text(range_text(c.ph, session.dates.start, session.dates.end)),)
        short = (Text(range_text(c.ph, session.dates.start, session.dates.end, short=True)),)
    msgid = "Report of {body} on its {ordinal} session, held in {venue} {dates}"
    if c.record.report.status == "draft":
        msgid = "Draft " + msgid[0].lower() + msgid[1:]
    return c.finish(c.say(
        "title", msgid, body=c.body_in_text(body.key), body_gender=c.gender(body.key),
        body_genitive=c.body_in_case(body.key, "genitive"),
        ordinal=c.session_ordinal(session.ordinal, "$.sessions[0].ordinal"),
        venue=c.venue(session.venue, "$.sessions[0].venue"),
        venue_locative=c.venue_in_case(session.venue, "$.sessions[0].venue", "locative"),
        dates=dates, dates_short=short))


def _masthead(c: Composer) -> Masthead:
    report = c.record.report
    symbol = _masthead_fact(c, "symbol", report.symbol, lambda s: (Text(str(s)),))
    # the masthead is written in its own language: English in ar, zh and ru documents
    # (Distr.: General / 20 March 2015 / Chinese / Original: English), else the document's
    names_in = c.ph.setting("masthead-language")
    in_masthead = c.ph if names_in == c.ph.lang else phrases(names_in)
    date = _masthead_fact(c, "date", report.date,
                          lambda d: (Text(date_text(in_masthead, d)),))
    language = _language_name(names_in, report.original_language)
    translation = None if c.lang == report.original_language else \
        _language_name(names_in, c.lang, capital=True)
    return Masthead(symbol, c.ph.text("masthead", "Distr.: General"), date,
                    c.ph.text("masthead", "Original: {language}", language=language),
                    c.ph.text("masthead", "Draft") if report.status == "draft" else None,
                    translation, c.ph.text("masthead", "United Nations"), _job_number(c))


def _masthead_fact(c: Composer, field: str, value: T | Unknown,
                   said: Callable[[T], Parts]) -> Parts:
    """The report's symbol or date of issue in the masthead, or a placeholder (a gap of page 1)
    where the record does not know it yet: the slot is never left empty."""
    if not isinstance(value, Unknown):
        return said(value)
    path = f"$.report.{field}"
    c.gaps.insert(0, Gap(None, None, "unknown", path, value.note, "page 1, masthead"))
    return c.placeholder("number", "unknown", path, value.note)


def _job_number(c: Composer) -> Parts:
    """This language version's job number as typed, or a placeholder (a gap) where the record
    has none yet."""
    typed = c.record.report.job_numbers.get(c.lang)
    if typed:
        return (Text(typed),)
    path = f"$.report.job_numbers.{c.lang}"
    note = f"no job number of the {c.lang} version yet"
    c.gaps.insert(0, Gap(None, None, "unknown", path, note, "page 1, foot"))
    return c.placeholder("number", "unknown", path, note)


def _language_name(names_in: str, lang: str, capital: bool = False) -> str:
    """A language named as the masthead names it (CLDR): English, Chinese; anglais, chinois
    after "Original :"; Français, Español as the line of a translation."""
    name = str(language_name(names_in, lang))
    return name[:1].upper() + name[1:] if capital or names_in == "en" else name
