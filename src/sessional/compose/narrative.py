"""Chapters I to III: introduction, recommendations and the summary of deliberations."""

from __future__ import annotations

from ..model import AgendaItem, FactList, ItemNarrative, JointItem, Paragraph
from .context import Composer
from .formats import join_bodies, ordinal_text
from .tree import Inline, Parts, Placeholder, Text


def narrative_paragraphs(c: Composer, facts: FactList[Paragraph], path: str) -> None:
    """Numbered paragraphs in the report's language, or marked as awaiting translation; an
    unknown or partial summary leaves an unnumbered placeholder where it stands."""
    for i, paragraph in enumerate(facts.items):
        if c.lang in paragraph.text:
            c.paragraph((Text(paragraph.text[c.lang]),))
            continue
        source = paragraph.source_language
        mark = c.ph.text("placeholder", "[awaiting translation from {language}]",
                         language=c.language_name(source))
        c.awaiting((Text(paragraph.text[source]),),
                   (Placeholder(mark, "missing_translation", f"{path}.items[{i}].text",
                                f"no {c.lang} version yet"),))
    if facts.status == "partial":
        c.paragraph(c.placeholder("text", "partial", path, facts.note), numbered=False)
    elif facts.status == "unknown":
        c.paragraph(c.placeholder("text", "unknown", path, facts.note), numbered=False)


def introduction(c: Composer) -> None:
    narrative_paragraphs(c, c.record.narrative.introduction, "$.narrative.introduction")


def recommendations(c: Composer) -> None:
    entries = {r.body: (i, r) for i, r in enumerate(c.record.narrative.recommendations)}
    for body in c.record.bodies:
        if c.record.is_joint:
            c.heading(3, "", c.body_name(body.key))
        found = entries.get(body.key)
        if found is None:
            path, facts = "$.narrative.recommendations", FactList[Paragraph](status="unknown")
        else:
            path, facts = f"$.narrative.recommendations[{found[0]}].paragraphs", found[1].paragraphs
        if facts.status == "complete" and not facts.items:
            continue
        c.paragraph(c.say("recommendations", "{body} made the following recommendations:",
                          body=c.body_in_text(body.key), body_gender=c.gender(body.key)))
        narrative_paragraphs(c, facts, path)


def deliberations(c: Composer) -> None:
    record = c.record
    for body in record.bodies:
        session = record.session_of(body.key)
        items = [i for i in session.agenda.items if i.kind == "substantive" and not i.joint] \
            if session else []
        if not items:
            continue
        if record.is_joint:
            c.heading(3, "", c.body_name(body.key))
        for n, item in enumerate(items):
            label = _letter(c, n)
            title = c.localized(item.title, _item_path(c, body.key, item))
            c.heading(2, label, c.say("deliberations", "{title} (agenda item {number})",
                                      title=title, number=item.number))
            _opening_sentence(c, body.key, item)
            _item_narrative(c, _find(c, body=body.key, item=item.number))
    _joint_deliberations(c)


def _joint_deliberations(c: Composer) -> None:
    record = c.record
    joint = [j for j in record.joint_items if _joint_kind(c, j) == "substantive"]
    if not joint:
        return
    names = [c.body_in_text(k, short=False) for k in _joint_bodies(c)]
    c.heading(3, "", c.say("deliberations", "Joint items of {bodies}",
                           bodies=join_bodies(c.ph, names, "joint items heading")))
    for n, item in enumerate(joint):
        first_body, number = next(iter(item.numbers.items()))
        agenda_item = _agenda_item(c, first_body, number)
        title = c.localized(agenda_item.title, _item_path(c, first_body, agenda_item)) \
            if agenda_item else c.placeholder("text", "unknown", "$.joint_items")
        numbers: list[Parts] = [c.say("deliberations", "{body} agenda item {number}",
                                      body=c.body_name(b), number=num)
                                for b, num in item.numbers.items()]
        joined: list[Inline] = []
        for i, part in enumerate(numbers):
            if i:
                joined.append(Text(c.ph.text("deliberations", "; (joint item numbers)")))
            joined.extend(part)
        c.heading(2, _letter(c, n), c.say("deliberations", "{title} ({items})", title=title,
                                          items=tuple(joined)))
        _item_narrative(c, _find(c, joint=item.key))


def _opening_sentence(c: Composer, body: str, item: AgendaItem) -> None:
    session = c.record.session_of(body)
    assert session is not None
    meeting = next((m for m in session.meetings.items if item.number in m.items), None)
    if meeting is None:
        return
    m_index = session.meetings.items.index(meeting)
    s_index = c.record.sessions.index(session)
    title = c.localized(item.title, _item_path(c, body, item))
    parts = c.say("deliberations", "At its {ordinal} meeting, on {date}, {body} considered "
                  "agenda item {number}, entitled \"{title}\".",
                  ordinal=ordinal_text(c.ph, meeting.number),
                  date=c.date(meeting.date,
                              f"$.sessions[{s_index}].meetings.items[{m_index}].date"),
                  body=c.body_in_text(body, short=True), body_gender=c.gender(body),
                  number=item.number, title=title)
    for i, person in enumerate(c.record.officers):
        if person.role in {"moderator", "panellist"} and body in person.bodies and \
                item.number in person.items:
            state = c.state(person.state, f"$.officers[{i}].state") if person.state else ()
            parts = (*parts, Text(c.ph.setting("sentence-separator")),
                     *c.say("deliberations", "The discussion under the agenda item was moderated "
                            "by the panellist {name} ({state}).",
                            name=c.person(person, f"$.officers[{i}]"),
                            person_gender=person.gender or "other", state=state))
    c.paragraph(parts, facts=(f"$.sessions[{s_index}].meetings.items[{m_index}]",))


def _item_narrative(c: Composer, found: tuple[int, ItemNarrative] | None) -> None:
    if found is None:
        c.paragraph(c.placeholder("text", "unknown", "$.narrative.deliberations",
                                  "no summary recorded for this item"), numbered=False)
        return
    index, narrative = found
    narrative_paragraphs(c, narrative.paragraphs, f"$.narrative.deliberations[{index}].paragraphs")


def _find(c: Composer, body: str | None = None, item: str | None = None,
          joint: str | None = None) -> tuple[int, ItemNarrative] | None:
    for i, entry in enumerate(c.record.narrative.deliberations):
        if joint is not None and entry.joint_item == joint:
            return i, entry
        if joint is None and entry.body == body and entry.item == item:
            return i, entry
    return None


def _letter(c: Composer, n: int) -> str:
    letter = c.ph.text("section-letter", "ABCDEFGH"[n])
    return c.ph.text("label", "{number}. (heading)", number=letter)


def _agenda_item(c: Composer, body: str, number: str) -> AgendaItem | None:
    session = c.record.session_of(body)
    return session.agenda.item(number) if session else None


def _item_path(c: Composer, body: str, item: AgendaItem) -> str:
    session = c.record.session_of(body)
    assert session is not None
    return (f"$.sessions[{c.record.sessions.index(session)}].agenda.items"
            f"[{session.agenda.items.index(item)}].title")


def _joint_kind(c: Composer, joint: JointItem) -> str:
    body, number = next(iter(joint.numbers.items()))
    item = _agenda_item(c, body, number)
    return item.kind if item else "substantive"


def _joint_bodies(c: Composer) -> list[str]:
    keys = {k for j in c.record.joint_items for k in j.numbers}
    return [b.key for b in c.record.bodies if b.key in keys]

