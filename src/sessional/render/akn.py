"""Report tree -> Akoma Ntoso 3.0 XML (lxml): one `<doc name="report">` per language.

Chapters are `chapter`, the headings that name a body `hcontainer name="body"`, lettered sections
`section`, numbered paragraphs `paragraph` with `num`, lists `list`/`point`. Every element of the
structure has an `eId` built from its position in the tree (`chp_3__hcontainer_1__sec_1__para_8`),
never from its text, so the six languages carry the same eIds. A fact not yet known is an AKN
`placeholder` whose `sessional:path` attribute is the JSON path of the fact in the record.
A paragraph that states a group of statements (who spoke under which agenda items) is a
`<paragraph class="statements">` whose speakers are inline `<organization refersTo>`s: the
schema's `speech` and `speechGroup`, with `by`/`as` for the speaker and whom they speak for,
stand only inside a debate container (`debateSection` and its kin), which a `doc` allows at the
top of its `mainBody` alone, never in a `chapter`, `section` or `paragraph` (their content is
hierarchy or blocks), and no inline element takes `by`, nor `as` but `person` (`organization`
takes `refersTo` only). The FRBR names follow `akn_names`; the record's facts, for reading the
report back, are in `<proprietary>` (`akn_facts`)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from lxml import etree

from ..compose import Heading, ListEntry, Mention, Paragraph, Parts, Placeholder, Report, plain
from ..model import Record
from . import akn_facts, akn_refs
from .akn_facts import Fact
from .akn_names import LANGUAGE_CODES, ReportNames, report_names, symbol_number
from .akn_refs import AKN, SESSIONAL, body_id, organization_id, state_id
from .layout import paragraph_number

_NSMAP = {None: AKN, "sessional": SESSIONAL}
_PATH = f"{{{SESSIONAL}}}path"
_KIND = f"{{{SESSIONAL}}}gap"

# heading level -> (element, its name for hcontainer, its rank in the nesting)
_CONTAINERS = {1: ("chapter", 1), 3: ("hcontainer", 2), 2: ("section", 3)}
_EID_PREFIX = {"chapter": "chp", "section": "sec", "hcontainer": "hcontainer"}
# a paragraph that states a group of statements (see the module's docstring)
_STATEMENTS = re.compile(r"^\$\.statements\[\d+\]$")


def _el(parent: etree._Element | None, tag: str, text: str | None = None,
        **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{AKN}}}{tag}", nsmap=_NSMAP) if parent is None else \
        etree.SubElement(parent, f"{{{AKN}}}{tag}")
    for key, value in attrs.items():
        node.set(key, value)
    if text is not None:
        node.text = text
    return node


def inline(node: etree._Element, parts: Parts) -> etree._Element:
    """Text, placeholders and the references of the facts named (`akn_facts.mention`) into
    `node`, in order."""
    last: etree._Element | None = None
    for part in parts:
        named = akn_refs.mention(part) if isinstance(part, Mention) else None
        if isinstance(part, Placeholder):
            last = _el(node, "placeholder", part.text, originalText=part.text)
            last.set(_PATH, part.path)
            last.set(_KIND, part.kind)
        elif isinstance(part, Mention) and named:
            last = _el(node, named[0], part.text, **named[1])
            last.set(_PATH, part.path)
        elif last is None:
            node.text = (node.text or "") + part.text
        else:
            last.tail = (last.tail or "") + part.text
    return node


def render_akn(report: Report, record: Record) -> bytes:
    names = report_names(record, report.lang)
    root = _el(None, "akomaNtoso")
    doc = _el(root, "doc", name="report")
    _meta(_el(doc, "meta"), record, names, report.lang)
    _preface(_el(doc, "preface"), report, record, names)
    _Body(_el(doc, "mainBody"), report.lang).write(report)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                 pretty_print=True)
    return data


def _meta(meta: etree._Element, record: Record, names: ReportNames, lang: str) -> None:
    when = names.date.date.isoformat()
    ident = _el(meta, "identification", source="#sessional")
    work = _el(ident, "FRBRWork")
    _el(work, "FRBRthis", value=f"{names.work}/!main")
    _el(work, "FRBRuri", value=names.work)
    _el(work, "FRBRdate", date=when, name=names.date.name)
    for body in record.bodies:
        _el(work, "FRBRauthor", href=f"#{body_id(body.key)}", **{"as": "#author"})
    _el(work, "FRBRcountry", value="un")
    _el(work, "FRBRnumber", value=names.number)
    _el(work, "FRBRname", value="report")
    expression = _el(ident, "FRBRExpression")
    _el(expression, "FRBRthis", value=f"{names.expression}/!main")
    _el(expression, "FRBRuri", value=names.expression)
    _el(expression, "FRBRdate", date=when, name=names.date.name)
    _el(expression, "FRBRauthor", href=f"#{body_id(record.bodies[0].key)}")
    _el(expression, "FRBRauthoritative",
        value="true" if lang == record.report.original_language else "false")
    _el(expression, "FRBRlanguage", language=LANGUAGE_CODES[lang])
    manifestation = _el(ident, "FRBRManifestation")
    _el(manifestation, "FRBRthis", value=names.manifestation)
    _el(manifestation, "FRBRuri", value=names.manifestation)
    _el(manifestation, "FRBRdate", date=when, name=names.date.name)
    _el(manifestation, "FRBRauthor", href="#sessional")
    _el(manifestation, "FRBRformat", value="application/akn+xml")
    _lifecycle(meta, record)
    facts = akn_facts.record_facts(record)
    _references(meta, record, names, facts)
    akn_facts.write_facts(_el(meta, "proprietary", source="#sessional"), facts)


def _original(names: ReportNames, record: Record) -> str:
    return f"{names.work}/{LANGUAGE_CODES[record.report.original_language]}@"


def _lifecycle(meta: etree._Element, record: Record) -> None:
    adopted = record.report.adopted_on
    if isinstance(adopted, dt.date):
        life = _el(meta, "lifecycle", source="#sessional")
        _el(life, "eventRef", eId="e_adoption", date=adopted.isoformat(), source="#original",
            refersTo="#adoption", type="generation")


def _references(meta: etree._Element, record: Record, names: ReportNames,
                facts: list[Fact]) -> None:
    refs = _el(meta, "references", source="#sessional")
    _el(refs, "original", eId="original", href=_original(names, record),
        showAs=names.symbol or names.number)
    for body in record.bodies:
        _el(refs, "TLCOrganization", eId=body_id(body.key),
            href=f"/akn/un/ontology/organization/{symbol_number(body.symbol_series)}",
            showAs=body.symbol_series).set(akn_refs.KEY, body.key)
    for code in akn_facts.referenced(facts, "state"):
        _el(refs, "TLCOrganization", eId=state_id(code),
            href=f"/akn/un/ontology/organization/state/{code}", showAs=code)
    for key in akn_facts.referenced(facts, "organization"):
        _el(refs, "TLCOrganization", eId=organization_id(key),
            href=f"/akn/un/ontology/organization/{key}", showAs=key).set(akn_refs.KEY, key)
    _el(refs, "TLCOrganization", eId="sessional", href="/akn/un/ontology/organization/sessional",
        showAs="sessional")
    akn_refs.named_in_text(refs, record)
    _el(refs, "TLCRole", eId="author", href="/akn/un/ontology/role/author", showAs="author")
    _el(refs, "TLCEvent", eId="adoption", href="/akn/un/ontology/event/adoption",
        showAs="adoption")


def _preface(preface: etree._Element, report: Report, record: Record,
             names: ReportNames) -> None:
    m = report.masthead
    if m.organization:
        _el(_el(preface, "p", **{"class": "organization"}), "docAuthority", m.organization)
    inline(_el(_el(preface, "p", **{"class": "symbol"}), "docNumber"), m.symbol)
    for cls, text in (("distribution", m.distribution), ("language", m.language),
                      ("original", m.original)):
        if text:
            _el(preface, "p", text, **{"class": cls})
    issued = record.report.date
    if isinstance(issued, dt.date):
        _el(_el(preface, "p", **{"class": "date"}), "docDate", plain(m.date),
            date=issued.isoformat())
    else:
        inline(_el(preface, "p", **{"class": "date"}), m.date)
    if m.draft:
        _el(_el(preface, "p", **{"class": "draft"}), "docStage", m.draft)
    if m.job_number:
        inline(_el(preface, "p", **{"class": "jobNumber"}), m.job_number)
    for parts in report.heading_lines:
        inline(_el(preface, "p", **{"class": "heading"}), parts)
    inline(_el(_el(_el(preface, "longTitle"), "p"), "docTitle"), report.title)


class _Body:
    """Walks the blocks, nesting each under the open container of lower rank."""

    def __init__(self, body: etree._Element, lang: str) -> None:
        self.lang = lang
        self.open: list[tuple[int, etree._Element, str]] = [(0, body, "")]
        self.counts: dict[str, Counter[str]] = {"": Counter()}

    def _child_id(self, prefix: str, name: str) -> str:
        parent_id = self.open[-1][2]
        counts = self.counts.setdefault(parent_id, Counter())
        counts[name] += 1
        own = f"{name}_{counts[name]}"
        return f"{parent_id}__{own}" if parent_id else own

    def write(self, report: Report) -> None:
        for block in report.blocks:
            if isinstance(block, Heading):
                self._heading(block)
            else:
                self._paragraph(block)

    def _heading(self, heading: Heading) -> None:
        tag, rank = _CONTAINERS.get(heading.level, ("hcontainer", 2))
        while self.open[-1][0] >= rank:
            self.open.pop()
        eid = self._child_id("", _EID_PREFIX[tag])
        attrs = {"name": "body"} if tag == "hcontainer" else {}
        node = _el(self.open[-1][1], tag, eId=eid, **attrs)
        if heading.label:
            _el(node, "num", heading.label)
        inline(_el(node, "heading"), heading.parts)
        self.open.append((rank, node, eid))

    def _paragraph(self, paragraph: Paragraph) -> None:
        parent = self.open[-1][1]
        if paragraph.number is None:
            eid = self._child_id("", "hcontainer")
            node = _el(parent, "hcontainer", eId=eid, name=paragraph.role)
            inline(_el(_el(node, "content"), "p"), paragraph.parts)
            return
        parent_id = self.open[-1][2]
        own = f"para_{paragraph.number}"
        eid = f"{parent_id}__{own}" if parent_id else own
        node = _el(parent, "paragraph", eId=eid)
        _el(node, "num", paragraph_number(self.lang, paragraph.number))
        if paragraph.facts:
            node.set(f"{{{SESSIONAL}}}facts", " ".join(paragraph.facts))
        if any(_STATEMENTS.match(path) for path in paragraph.facts):
            node.set("class", "statements")
        if not paragraph.entries:
            inline(_el(_el(node, "content"), "p"), paragraph.parts)
            return
        inline(_el(_el(node, "intro"), "p"), paragraph.parts)
        _points(_el(node, "list", eId=f"{eid}__list_1"), paragraph.entries, f"{eid}__list_1")


def _points(parent: etree._Element, entries: tuple[ListEntry, ...], parent_id: str) -> None:
    for i, entry in enumerate(entries, 1):
        eid = f"{parent_id}__point_{i}"
        point = _el(parent, "point", eId=eid)
        if entry.label:
            _el(point, "num", entry.label)
        if entry.children:
            inline(_el(_el(point, "intro"), "p"), entry.parts)
            _points(point, entry.children, eid)
        else:
            inline(_el(_el(point, "content"), "p"), entry.parts)


__all__ = ["AKN", "SESSIONAL", "render_akn"]
