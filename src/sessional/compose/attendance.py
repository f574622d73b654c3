"""Chapter IV, sections D and E, and chapter V: attendance, documentation, adoption."""

from __future__ import annotations

import re
from typing import Any

from ..model import Document, FactList, OrgRef
from ..model.labels import FIELD_LABELS
from .context import Composer
from .formats import count_text, pair_count_text
from .tree import GapKind, ListEntry, Mention

# Each category's sentence for a list (plural) and, where the category names one kind of
# participant, for a list known to hold one name (singular): "The following intergovernmental
# organization was represented by an observer: …". Funds and programmes keep the plural: one of
# them is a fund or a programme, and the record does not say which.
STATE_SENTENCES = {
    "states_parties": (
        "The following States parties to the Convention were represented at the {where}: "
        "{list}.",
        "The following State party to the Convention was represented at the {where}: {list}."),
    "signatories": (
        "The following States signatories to the Convention were represented by observers: "
        "{list}.",
        "The following State signatory to the Convention was represented by an observer: "
        "{list}."),
    "observer_states": (
        "The following States not parties to the Convention were represented by observers: "
        "{list}.",
        "The following State not party to the Convention was represented by an observer: "
        "{list}."),
}
ORGANIZATION_SENTENCES: dict[str, tuple[str, str | None]] = {
    "un_secretariat_units": (
        "The following United Nations Secretariat units were represented at the {where}: "
        "{list}.",
        "The following United Nations Secretariat unit was represented at the {where}: {list}."),
    "un_funds_and_programmes": (
        "The following United Nations funds and programmes were represented by observers: "
        "{list}.", None),
    "specialized_agencies": (
        "The following specialized agencies of the United Nations system were represented by "
        "observers: {list}.",
        "The following specialized agency of the United Nations system was represented by an "
        "observer: {list}."),
    "intergovernmental_organizations": (
        "The following intergovernmental organizations were represented by observers: {list}.",
        "The following intergovernmental organization was represented by an observer: {list}."),
    "non_governmental_organizations": (
        "The following non-governmental organizations were represented by observers: {list}.",
        "The following non-governmental organization was represented by an observer: {list}."),
}


CATEGORIES = ("states_parties", "regional_economic_integration_organizations", "signatories",
              "observer_states", *ORGANIZATION_SENTENCES)


def attendance(c: Composer) -> None:
    """One paragraph per category that attended, in the order of the seed. The categories
    still unknown (not known whether anyone of them attended) make one placeholder, where the
    first of them stands, rather than a sentence each that would say they attended; a category
    known to have attended whose list is still to come (partial) has its sentence."""
    a = c.record.attendance
    base = "$.attendance"
    pending = [name for name in CATEGORIES if getattr(a, name).status == "unknown"]

    def shown(name: str) -> bool:
        if name in pending:
            if name == pending[0]:
                _unknown_categories(c, pending)
            return False
        return _present(getattr(a, name))

    for name in CATEGORIES:
        if not shown(name):
            continue
        path = f"{base}.{name}"
        facts: FactList[Any] = getattr(a, name)
        if name in STATE_SENTENCES:
            listed = c.states_list(facts, path)
            c.paragraph(c.say("attendance", _at(c, _sentence(STATE_SENTENCES[name], facts)),
                              list=listed), facts=(path,))
        elif name in ORGANIZATION_SENTENCES:
            listed = c.organizations_list(facts, path)
            c.paragraph(c.say("attendance", _at(c, _sentence(ORGANIZATION_SENTENCES[name],
                                                             facts)), list=listed),
                        facts=(path,))
        else:
            _regional_organizations(c, facts, path)


def _sentence(sentences: tuple[str, str | None], facts: FactList[Any]) -> str:
    """The singular sentence for one name known to be the only one; a longer list, or one still
    partial or unknown, takes the plural. Both end on the list, as a UN editor writes."""
    plural, singular = sentences
    one = facts.status == "complete" and len(facts.items) == 1
    return singular if one and singular else plural


def _regional_organizations(c: Composer, reio: FactList[OrgRef], path: str) -> None:
    c.paragraph(c.say("attendance", _at(c, "{list}, a regional economic integration "
                                        "organization that is a party to the Convention, "
                                        "was represented at the {where}."),
                      _at(c, "{list}, regional economic integration organizations that are "
                          "parties to the Convention, were represented at the {where}."),
                      max(len(reio.items), 1),
                      list=c.organizations_list(reio, path)), facts=(path,))


def _at(c: Composer, msgid: str) -> str:
    """The msgid of the report's kind: 'represented at the meeting' or 'at the session'
    (un_phrase_evidence.csv 1-attendance-states: '… were represented at the session:')."""
    return msgid.replace("{where}", "session" if c.kind == "session" else "meeting")


def _unknown_categories(c: Composer, names: list[str]) -> None:
    paths = tuple(f"$.attendance.{name}" for name in names)
    note = "not yet recorded: " + ", ".join(FIELD_LABELS.get(n, n) for n in names)
    c.paragraph(c.placeholder("text", "unknown", "$.attendance", note), numbered=False,
                facts=paths)


def _present(facts: FactList[Any]) -> bool:
    """A category is reported unless it is known to be empty."""
    return bool(facts.items) or facts.status != "complete"


def documentation(c: Composer) -> None:
    docs = c.record.documents
    for body in c.record.bodies:
        listed = [(i, d) for i, d in enumerate(docs.items) if d.listed_by(body.key)]
        if not listed and docs.status == "complete":
            continue
        if c.record.is_joint:
            c.heading(3, "", c.body_name(body.key))
        listed.sort(key=lambda pair: _symbol_key(str(pair[1].symbol.first_for(
            body.symbol_series))))
        entries = [_document_entry(c, body.symbol_series, doc, i, n == len(listed) - 1
                                   and docs.status == "complete", n)
                   for n, (i, doc) in enumerate(listed)]
        if docs.status != "complete":
            kind: GapKind = "partial" if docs.status == "partial" else "unknown"
            entries.append(ListEntry("", c.placeholder("list", kind, "$.documents", docs.note)))
        c.paragraph(c.say("documents", "{body} had before it the following documents:",
                          body=c.body_in_text(body.key), body_gender=c.gender(body.key)), entries,
                    facts=tuple(f"$.documents.items[{i}]" for i, _ in listed) or ("$.documents",))


def _document_entry(c: Composer, series: str, doc: Document, index: int, last: bool,
                    n: int) -> ListEntry:
    title = c.localized(doc.title, f"$.documents.items[{index}].title")
    symbol = str(doc.symbol.first_for(series))
    msgid = "{title} ({symbol}). (last)" if last else "{title} ({symbol});"
    label = c.ph.text("label", "({letter})", letter=c.ph.text("list-letter", "abcdefgh"[n]))
    number = (Mention(symbol, "document", symbol, f"$.documents.items[{index}].symbol"),)
    return ListEntry(label, c.say("documents", msgid, title=title, symbol=number))


def _symbol_key(symbol: str) -> list[tuple[int, int | str]]:
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[/.-]", symbol)]


def adoption(c: Composer) -> None:
    report = c.record.report
    date = c.date(report.adopted_on, "$.report.adopted_on")
    amended = ", as amended" if report.adopted_as_amended else ""
    bodies = c.record.bodies
    if c.record.is_joint and all(b.kind == "working_group" for b in bodies):
        n = len(bodies)
        parts = c.say("adoption", f"On {{date}}, the {{count}} working groups adopted the report "
                      f"on their joint meeting{amended}.", n=n, date=date,
                      count=count_text(c.ph, n),
                      count_bodies=count_text(c.ph, n, "count-rule-set (bodies)"),
                      count_pair=pair_count_text(c.ph, n), count_digits=str(n))
    elif c.record.is_joint:
        from .formats import join_bodies

        names = join_bodies(c.ph, [c.body_in_text(b.key) for b in bodies])
        parts = c.say("adoption", f"On {{date}}, {{bodies}} adopted the report on their joint "
                      f"meeting{amended}.", date=date, bodies=names)
    elif c.kind == "session":
        parts = c.say("adoption", f"On {{date}}, {{body}} adopted the report on its {{ordinal}} "
                      f"session{amended}.", date=date, body=c.body_in_text(bodies[0].key),
                      body_gender=c.gender(bodies[0].key),
                      ordinal=c.session_ordinal(c.record.sessions[0].ordinal,
                                                "$.sessions[0].ordinal"))
    else:
        parts = c.say("adoption", f"On {{date}}, {{body}} adopted the report on its "
                      f"meeting{amended}.", date=date, body=c.body_in_text(bodies[0].key),
                      body_gender=c.gender(bodies[0].key))
    c.paragraph(parts, facts=("$.report.adopted_on",))

