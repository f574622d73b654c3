"""Chapter IV, sections A to C: opening, statements, adoption of the agenda."""

from __future__ import annotations

from ..model import (
    Agenda,
    AgendaItem,
    ItemRef,
    Person,
    Session,
    Statement,
    StatementGroup,
    Unknown,
)
from .context import Composer
from .formats import count_text, item_numbers, join_bodies, ordinal_text, range_text
from .kinds import PRESIDING_ROLES
from .tree import Inline, ListEntry, Mention, Parts, Text

UNKNOWN_COUNT = 5  # plural form used for a count still unknown ("[…] meetings")


def opening(c: Composer) -> None:
    for s_index, session in enumerate(c.record.sessions):
        path = f"$.sessions[{s_index}]"
        dates = c.placeholder("number", "unknown", f"{path}.dates", _note(session.dates)) \
            if isinstance(session.dates, Unknown) else \
            (Text(range_text(c.ph, session.dates.start, session.dates.end)),)
        held = session.meetings_held
        count: Parts = c.placeholder("number", "unknown", f"{path}.meetings_held", _note(held)) \
            if isinstance(held, Unknown) else (Text(count_text(c.ph, held)),)
        n = UNKNOWN_COUNT if isinstance(held, Unknown) else held
        body = c.body_in_text(session.body)
        if c.kind == "session":
            parts = c.say("opening", SESSION_HELD, SESSION_HELD.replace("meeting.", "meetings."),
                          n, body=body, body_gender=c.gender(session.body), dates=dates,
                          count=count,
                          ordinal=c.session_ordinal(session.ordinal, f"{path}.ordinal"),
                          ordinal_object=c.session_ordinal(session.ordinal, f"{path}.ordinal",
                                                           "object"),
                          venue=c.venue(session.venue, f"{path}.venue"),
                          venue_locative=c.venue_in_case(session.venue, f"{path}.venue",
                                                         "locative"))
        else:
            parts = c.say("opening", "{body} met {dates} and held {count} meeting.",
                          "{body} met {dates} and held {count} meetings.", n,
                          body=body, body_gender=c.gender(session.body), dates=dates,
                          count=count)
        chaired = "The session was chaired by {name} ({state})." if c.kind == "session" \
            else "The meeting was chaired by {name} ({state})."
        for i, person in enumerate(c.record.officers):
            if person.role in PRESIDING_ROLES[c.kind] and _holds_role_in(c, person, session):
                state = c.state(person.state, f"$.officers[{i}].state") if person.state else ()
                parts = (*parts, Text(c.ph.setting("sentence-separator")),
                         *c.say("opening", chaired, name=c.person(person, f"$.officers[{i}]"),
                                person_gender=person.gender or "other", state=state))
        c.paragraph(parts, facts=(f"{path}.dates", f"{path}.meetings_held", "$.officers"))


SESSION_HELD = ("{body} held its {ordinal} session in {venue} {dates}, during which it held "
                "{count} meeting.")


def _holds_role_in(c: Composer, person: Person, session: Session) -> bool:
    """The person holds the role in the session's body (in a session report, an officer who
    names no body holds it in the one body that reports)."""
    if session.body in person.bodies:
        return True
    return c.kind == "session" and not person.bodies


def _note(value: object) -> str | None:
    return value.note if isinstance(value, Unknown) else None


def statements(c: Composer) -> None:
    for g_index, group in enumerate(c.record.statements):
        path = f"$.statements[{g_index}]"
        if group.kind == "presentation":
            c.paragraph(_presentations(c, group, path), facts=(path,))
        elif group.kind in {"statement", "panel", "right_of_reply"}:
            c.paragraph(_statements(c, group, path), facts=(path,))


def _presentations(c: Composer, group: StatementGroup, path: str) -> Parts:
    refs = list(group.items.items)
    return c.say("statements", "Presentations were made by representatives of the Secretariat "
                 "under agenda item {items}.", "Presentations were made by representatives of "
                 "the Secretariat under agenda items {items}.", max(len(refs), 1),
                 items=_numbers(c, refs, group.taken_together, f"{path}.items"))


def _statements(c: Composer, group: StatementGroup, path: str) -> Parts:
    by_body: dict[str | None, list[ItemRef]] = {}
    for ref in group.items.items:
        by_body.setdefault(ref.body, []).append(ref)
    main, others = _speakers(c, group, path)
    if len(by_body) > 1:
        pieces = [c.say("statements", "agenda items {items} of {body}",
                        items=_numbers(c, refs, group.taken_together, f"{path}.items"),
                        body=c.body_in_text(body) if body else ())
                  for body, refs in by_body.items()]
        items: list[Inline] = []
        for i, piece in enumerate(pieces):
            if i:
                items.append(Text(c.ph.text("statements", " and (joint item lists)")))
            items.extend(piece)
        parts = c.say("statements", "Under the joint agenda items, namely {items}, statements "
                      "were made by representatives of the following States parties to the "
                      "Convention: {list}.", items=tuple(items), list=main)
    else:
        only = c.record.bodies[0].key if len(c.record.bodies) == 1 else None
        body, refs = next(iter(by_body.items()), (only, []))
        msgid = ("Under agenda item {items} of {body}, statements were made by representatives "
                 "of the following States parties to the Convention: {list}.")
        parts = c.say("statements", msgid, msgid.replace("agenda item", "agenda items", 1),
                      max(len(refs), 1),
                      items=_numbers(c, refs, group.taken_together, f"{path}.items"),
                      body=c.body_in_text(body) if body else
                      c.placeholder("text", "unknown", f"{path}.items", "the body is not named"),
                      list=main)
    return _and_then(c, parts, others)


def _and_then(c: Composer, parts: Parts, sentences: list[Parts]) -> Parts:
    for sentence in sentences:
        parts = (*parts, Text(c.ph.setting("sentence-separator")), *sentence)
    return parts


def _speakers(c: Composer, group: StatementGroup, path: str) -> tuple[Parts, list[Parts]]:
    """The list of States parties who spoke, and the sentences for every other category."""
    facts = group.statements
    if facts.status == "unknown":
        return c.placeholder("list", "unknown", f"{path}.statements", facts.note), []
    attendance = c.record.attendance
    categories: dict[str, list[tuple[int, Statement]]] = {
        "parties": [], "signatories": [], "observers": [], "organizations": []}
    for i, statement in enumerate(facts.items):
        d = statement.delegation
        if d.organization is not None:
            categories["organizations"].append((i, statement))
        elif d.state in attendance.signatories.items:
            categories["signatories"].append((i, statement))
        elif d.state in attendance.observer_states.items:
            categories["observers"].append((i, statement))
        elif d.state is not None:
            categories["parties"].append((i, statement))
    as_list = facts.status == "partial" and c.ph.setting("further-statements") == "list"
    main = _state_list(c, categories["parties"], f"{path}.statements",
                       facts.note if as_list else None)
    sentences = []
    for key, msgid in (("signatories", "signatory States"), ("observers", "observer States")):
        if categories[key]:
            sentences.append(c.say("statements", "Statements were also made by representatives "
                                   f"of the following {msgid}: {{list}}.",
                                   list=_state_list(c, categories[key], f"{path}.statements")))
    if categories["organizations"]:
        names = [c.organization(s.delegation.organization, f"{path}.statements.items[{i}]")
                 for i, s in categories["organizations"] if s.delegation.organization]
        sentences.append(c.say("statements", "Statements were also made by representatives of "
                               "the following organizations: {list}.",
                               list=_join(c, names)))
    if facts.status == "partial" and not as_list:
        sentences.append(c.say("statements", "{placeholder}. (further statements to come)",
                               placeholder=c.placeholder("list", "partial", f"{path}.statements",
                                                         facts.note)))
    return main, sentences


def _state_list(c: Composer, speakers: list[tuple[int, Statement]], path: str,
                more: str | None = None) -> Parts:
    """The States that spoke; `more` (the note of a list of speakers still partial) ends the
    list with its placeholder ("…, United States of America […]."), not a sentence of its own."""
    from ..model import FactList

    index: dict[str, int] = {}
    behalf: dict[str, Parts] = {}
    for i, s in speakers:  # the position of each State's statement in the record
        if s.delegation.state:
            index.setdefault(s.delegation.state, i)
            if s.on_behalf_of and s.delegation.state not in behalf:
                behalf[s.delegation.state] = _group(c, s.on_behalf_of, f"{path}.items[{i}]")
    codes = tuple(index)
    facts = FactList[str](items=codes) if more is None else \
        FactList[str](status="partial", items=codes, note=more)
    return c.states_list(facts, path, index, behalf)


def _group(c: Composer, named: str, path: str) -> Parts:
    """"the Group of 77 and China" as the language writes it after "on behalf of"; a group the
    reference data does not name in the language is a gap, with what the record says."""
    from ..refdata.groups import group_named

    group = group_named(named)
    form = group.on_behalf.get(c.lang) if group else None
    if form is None:
        return c.placeholder("text", "missing_translation", f"{path}.on_behalf_of",
                             f"on behalf of {named!r}: no {c.lang} name in the reference data")
    return (Text(form),)


def _join(c: Composer, names: list[Parts]) -> Parts:
    from .formats import join_list

    return join_list(c.ph, names, True)


def _numbers(c: Composer, refs: list[ItemRef], together: bool, path: str) -> Parts:
    if not refs:  # a group that names no agenda item: the sentence needs one, so a gap
        return c.placeholder("text", "unknown", path, "no agenda item named for these statements")
    return item_numbers(c.ph, [r.number for r in refs], [r.tentative for r in refs], together,
                        path)


def agendas(c: Composer) -> None:
    for s_index, session in enumerate(c.record.sessions):
        if c.record.is_joint:
            c.heading(3, "", c.body_name(session.body))
        path = f"$.sessions[{s_index}].agenda"
        agenda = session.agenda
        meeting = agenda.adopted_at_meeting
        ordinal: Parts = c.placeholder("number", "unknown", f"{path}.adopted_at_meeting",
                                       _note(meeting)) if isinstance(meeting, Unknown) \
            else (Text(ordinal_text(c.ph, meeting)),)
        lead = c.say("agenda", "At its {ordinal} meeting, on {date}, {body} adopted the "
                     "following agenda:", ordinal=ordinal,
                     date=c.date(agenda.adopted_on, f"{path}.adopted_on"),
                     body=c.body_in_text(session.body), body_gender=c.gender(session.body))
        c.paragraph(lead, _agenda_entries(c, session, agenda, path), facts=(path,))


def _agenda_entries(c: Composer, session: Session, agenda: Agenda,
                    path: str) -> list[ListEntry]:
    entries = []
    first_joint = True
    for i, item in enumerate(agenda.items):
        title = c.localized(item.title, f"{path}.items[{i}].title")
        if isinstance(title[0], Text):  # the item, named by its title
            title = (Mention(title[0].text, "agenda_item", item.number, f"{path}.items[{i}]"),)
        msgid = "{title}: (item with sub-items)" if item.sub_items else \
            "{title}. (last entry)"
        parts = c.say("agenda", msgid, title=title)
        if item.joint:
            parts = (*parts, Text(c.ph.setting("sentence-separator")),
                     *_joint_note(c, item, first_joint))
            first_joint = False
        children = tuple(
            ListEntry(_label(c, sub.letter), c.say(
                "agenda", "{title}. (last entry)" if j == len(item.sub_items) - 1
                else "{title}; (sub-item)",
                title=c.localized(sub.title, f"{path}.items[{i}].sub_items[{j}].title")))
            for j, sub in enumerate(item.sub_items))
        entries.append(ListEntry(c.ph.text("label", "{number}.", number=item.number), parts,
                                 children))
    return entries


def _joint_note(c: Composer, item: AgendaItem, first: bool) -> Parts:
    if not first:
        return c.say("agenda", "(joint item)")
    joint = next((j for j in c.record.joint_items if j.key == item.joint), None)
    keys = list(joint.numbers) if joint else []
    names = [c.body_in_text(k) for k in keys]
    return c.say("agenda", "(joint item of {bodies})",
                 bodies=join_bodies(c.ph, names, "joint item"))


def _label(c: Composer, letter: str) -> str:
    return c.ph.text("label", "({letter})", letter=c.ph.text("list-letter", letter))
