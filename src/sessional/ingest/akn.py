"""Akoma Ntoso -> record: the facts a report states in its metadata and references, never
read from its prose.

A report that sessional wrote carries its facts in `<proprietary source="#sessional">`, one
`<sessional:fact path="$.…">` each: a State, body or organization `refersTo` its entry in
`<references>` (the ISO code is the last part of a State's href, a key is its `sessional:key`),
any other fact is the element's text or the JSON in `value`. The record is rebuilt from those
alone, and the inline references of the text are held against them (`akn_mentions`). A
document another tool wrote (a `debateReport` or `doc` without those facts) is read for what
its own metadata and references state (`akn_foreign`): nothing is guessed from its text, and
the references no fact places are reported as not placed; one that states no body gives no
record, and the message lists every fact it did state. The XML is read with entities and network
access refused, and a DOCTYPE is refused."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from ..model import Limits, RecordInvalid, record_from_data
from .akn_foreign import LANGUAGES, Foreign, read_foreign
from .akn_mentions import AKN, SESSIONAL, check_mentions, entry_value, steps
from .pipeline import IngestReport, IngestResult, NotAReport
from .readers import UnreadableFile

_BLOCKS = ("chapter", "section", "hcontainer", "paragraph", "debateSection", "speech")
_XML = re.compile(rb"^(\xef\xbb\xbf)?\s*<(\?xml|([\w.-]+:)?akomaNtoso[\s>/])")


def looks_like_xml(data: bytes) -> bool:
    """An XML declaration or an akomaNtoso root at the head of the file, whatever its name."""
    return _XML.match(data[:1024]) is not None


class LanguageContradicted(UnreadableFile):
    """The user named a language the document says it is not in."""


def read_akn(data: bytes, name: str, lang: str | None = None) -> IngestResult:
    """The record an AKN document states; `name` (the file) begins every error and warning.
    `lang`, the language the user says it is in, must be the one its FRBRlanguage states; it is
    taken for a document that states none."""
    root = _parse(data, name)
    if root.tag != f"{{{AKN}}}akomaNtoso":
        raise NotAReport(f"the root element is <{etree.QName(root).localname}>"
                         f"{_namespace(root)}, not Akoma Ntoso 3.0's <akomaNtoso> ({AKN})")
    document = next((e for e in root if isinstance(e.tag, str)), None)
    if document is None:
        raise NotAReport("<akomaNtoso> holds no document")
    written_in = _language(document)
    if lang and written_in not in (lang, "unknown"):
        raise LanguageContradicted(f"{name}: --lang {lang}, but the document is in "
                                   f"{written_in} (its FRBRlanguage): give --lang {written_in} "
                                   "or auto")
    if lang:  # the document states no language (FRBRlanguage, which the schema requires)
        written_in = lang
    references = {e.get("eId"): e for e in document.iterfind(f"{{{AKN}}}meta/{{{AKN}}}references/*")
                  if e.get("eId")}
    facts = document.findall(f"{{{AKN}}}meta/{{{AKN}}}proprietary/{{{SESSIONAL}}}fact")
    placed = {f.get("refersTo", "")[1:] for f in facts}
    foreign = read_foreign(document, references, lang) if not facts else None
    stated = foreign.data if foreign else _rebuild(facts, references, name)
    unplaced, warnings = check_mentions(document, references, stated,
                                        placed | (foreign.speakers if foreign else set()))
    if foreign:
        unplaced = foreign.unplaced + unplaced
        if foreign.missing:
            raise NotAReport(_foreign(document, foreign, unplaced))
    try:
        record = record_from_data(stated, name)
    except RecordInvalid as invalid:
        raise NotAReport(f"the facts of the document do not make a record: "
                         f"{invalid.faults[0]}") from None
    paragraphs = sum(1 for _ in document.iter(f"{{{AKN}}}paragraph"))
    blocks = sum(1 for _ in document.iter(*(f"{{{AKN}}}{tag}" for tag in _BLOCKS)))
    report = IngestReport(written_in, blocks, paragraphs, {}, [], unplaced,
                          [f"{name}, {w}" for w in warnings])
    return IngestResult(record, report, [])


def _parse(data: bytes, name: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        line = err.lineno or (err.position[0] if err.position else 0)
        reason = (err.msg or str(err)).split(", line ")[0]
        raise UnreadableFile(f"{name}, line {line}: not well-formed XML ({reason})") from None
    if root.getroottree().docinfo.doctype:
        raise UnreadableFile(f"{name}, line 1: a DOCTYPE is refused (an Akoma Ntoso document "
                             "needs none, and its entities are never read)")
    return root


def _namespace(node: etree._Element) -> str:
    uri = etree.QName(node).namespace
    return f" in {uri}" if uri else " in no namespace"


def _language(document: etree._Element) -> Any:
    found = document.find(f"{{{AKN}}}meta/{{{AKN}}}identification/{{{AKN}}}FRBRExpression/"
                          f"{{{AKN}}}FRBRlanguage")
    code = found.get("language", "") if found is not None else ""
    return LANGUAGES.get(code, code or "unknown")


def _rebuild(facts: list[etree._Element], references: dict[str, etree._Element],
             name: str) -> dict[str, Any]:
    """The record's data, each fact set at its JSON path."""
    data: dict[str, Any] = {}
    for fact in facts:
        path = fact.get("path", "")
        where = f"{name}, line {fact.sourceline}"
        found = steps(path)
        if not found:
            raise NotAReport(f"{where}: {path!r} is not a JSON path into the record")
        if len(found) > Limits().json_depth:
            raise NotAReport(f"{where}: a path {len(found)} steps deep; a record is at most "
                             f"{Limits().json_depth} deep")
        _set(data, found, _value(fact, references, where), f"{where}: {path}")
    return data


def _value(fact: etree._Element, references: dict[str, etree._Element], where: str) -> Any:
    target = fact.get("refersTo")
    if target is not None:
        entry = references.get(target[1:]) if target.startswith("#") else None
        if entry is None:
            raise NotAReport(f"{where}: refersTo {target!r} names no entry of <references>")
        value = entry_value(entry)
        if value is None:
            raise NotAReport(f"{where}: {target} carries neither an ISO code nor a key")
        return value
    if fact.get("value") is not None:
        try:
            return json.loads(fact.get("value", ""))
        except (json.JSONDecodeError, RecursionError):
            shown = (fact.get("value") or "")[:40]
            raise NotAReport(f"{where}: value {shown!r} is not a JSON value") from None
    return fact.text or ""


def _set(data: dict[str, Any], steps: list[str | int], value: Any, where: str) -> None:
    node: Any = data
    for step, following in zip(steps, [*steps[1:], None], strict=True):
        fresh: Any = value if following is None else [] if isinstance(following, int) else {}
        if isinstance(step, int):
            if not isinstance(node, list) or step > len(node):
                raise NotAReport(f"{where}: comes before the facts it follows")
            if step == len(node):
                node.append(fresh)
        else:
            if not isinstance(node, dict):
                raise NotAReport(f"{where}: contradicts an earlier fact")
            node.setdefault(step, fresh)
        node = node[step]


def _foreign(document: etree._Element, foreign: Foreign, unplaced: list[dict[str, Any]]) -> str:
    kind = etree.QName(document).localname
    named = "; ".join(f"line {u['position']}: {u['text']!r} {u['reason']}" for u in unplaced)
    read = "; ".join(foreign.read) or "nothing"
    return (f"an Akoma Ntoso <{kind}> without sessional's facts gives no record: "
            f"{foreign.missing}, and its text is not guessed at; read: {read}"
            + (f"; not placed: {named}" if named else ""))
