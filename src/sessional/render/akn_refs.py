"""The `<references>` entries of what a report's text names, and the inline element that names
each (`<organization refersTo="#state_aut">`), after one pattern:

    State         TLCOrganization  state_<iso>   /akn/un/ontology/organization/state/<ISO>
    body          TLCOrganization  body_<key>    /akn/un/ontology/organization/<series>
    organization  TLCOrganization  org_<key>     /akn/un/ontology/organization/<key>
    officer       TLCPerson        officer_<n>   /akn/un/ontology/person/<name>
    role          TLCRole          role_<role>   /akn/un/ontology/role/<role>
    document      TLCReference     document_<n>  /akn/un/doc/symbol/<symbol>
    session       TLCEvent         session_<n>   /akn/un/ontology/event/session/<series>/<start>
    venue         TLCLocation      venue_<n>     /akn/un/ontology/location/<city>
    agenda item   TLCConcept       item_<n>_<m>  /akn/un/ontology/concept/agenda-item/<series>/<no.>

(`<n>` counts from 1 in the record's order: the officer, the session, its agenda item.)
`<series>` and `<symbol>` are written as in the FRBR names (`akn_names.symbol_number`); a
document's own Work IRI would need a date the record does not hold, hence its symbol's IRI.
Entries with a key of the record carry it in `sessional:key`."""

from __future__ import annotations

import re

from lxml import etree

from ..compose import Mention
from ..model import Record, Unknown
from .akn_names import symbol_number

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
SESSIONAL = "urn:x-sessional:akn:1"
KEY = f"{{{SESSIONAL}}}key"
_INDEX = re.compile(r"^\$\.(?:officers|documents\.items|sessions)\[(\d+)\]"
                    r"(?:\.agenda\.items\[(\d+)\])?")


def state_id(code: str) -> str:
    return f"state_{code.lower()}"


def body_id(key: str) -> str:
    return f"body_{key.lower()}"


def organization_id(key: str) -> str:
    return f"org_{key}"


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def mention(part: Mention) -> tuple[str, dict[str, str]] | None:
    """The inline element that names the fact and its attributes, `refersTo` an entry of
    `<references>`; None where the fact has no entry there (an organization the reference
    data does not know)."""
    index = _INDEX.match(part.path)
    n = int(index[1]) + 1 if index else 0
    if part.names == "state":
        return "organization", {"refersTo": "#" + state_id(part.value)}
    if part.names == "organization" and part.value:
        return "organization", {"refersTo": "#" + organization_id(part.value)}
    if part.names == "date":
        return "date", {"date": part.value}
    if not index:
        return None
    if part.names == "person":
        return "person", {"refersTo": f"#officer_{n}", "as": f"#role_{part.value}"}
    if part.names == "document":
        return "docNumber", {"refersTo": f"#document_{n}"}
    if part.names == "session":
        return "session", {"refersTo": f"#session_{n}", "value": part.value}
    if part.names == "location":
        return "location", {"refersTo": f"#venue_{n}"}
    if part.names == "agenda_item" and index[2]:
        return "concept", {"refersTo": f"#item_{n}_{int(index[2]) + 1}"}
    return None


def named_in_text(refs: etree._Element, record: Record) -> None:
    """The entries of the officers and their roles, the documents, the sessions, their venues
    and their agenda items."""
    for i, person in enumerate(record.officers):
        _entry(refs, "TLCPerson", f"officer_{i + 1}", f"person/{_slug(person.name)}",
               person.name)
    for role in dict.fromkeys(p.role for p in record.officers):
        _entry(refs, "TLCRole", f"role_{role}", f"role/{role}", role)
    for i, doc in enumerate(record.documents.items):
        _entry(refs, "TLCReference", f"document_{i + 1}", "", str(doc.symbol),
               href=f"/akn/un/doc/symbol/{symbol_number(str(doc.symbol))}", name="document")
    series = {b.key: symbol_number(b.symbol_series) for b in record.bodies}
    for s, session in enumerate(record.sessions, 1):
        start = "unknown" if isinstance(session.dates, Unknown) else \
            session.dates.start.isoformat()
        _entry(refs, "TLCEvent", f"session_{s}",
               f"event/session/{series[session.body]}/{start}", session.body)
        city = session.venue.get("en") or next(iter(session.venue.values()), "unknown")
        _entry(refs, "TLCLocation", f"venue_{s}", f"location/{_slug(city)}", city)
        for i, item in enumerate(session.agenda.items, 1):
            _entry(refs, "TLCConcept", f"item_{s}_{i}",
                   f"concept/agenda-item/{series[session.body]}/{item.number}",
                   item.number).set(KEY, item.number)


def _entry(refs: etree._Element, tag: str, eid: str, ontology: str, show: str,
           href: str = "", name: str = "") -> etree._Element:
    node = etree.SubElement(refs, f"{{{AKN}}}{tag}", eId=eid,
                            href=href or f"/akn/un/ontology/{ontology}", showAs=show)
    if name:
        node.set("name", name)
    return node
