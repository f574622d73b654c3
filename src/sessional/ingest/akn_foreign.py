"""Akoma Ntoso that another tool wrote (a `doc` or `debateReport` from Indigo, LEOS, …): the
facts its metadata and references state, nothing read from its prose.

Read, each from one place only:

    language       FRBRExpression/FRBRlanguage (ara zho eng fra spa rus)
    symbol         docNumber, else FRBRnumber, where it parses as a UN document symbol
    report date    docDate/@date
    report title   docTitle, in the document's language
    body           the FRBRauthor `as="#author"` TLCOrganization, or docProponent: the body of
                   the reference data its href or name is (`/ontology/organization/<key>` or
                   `<series>`), else the name stated with the series of the symbol
    session dates  <session value="YYYY-MM-DD/YYYY-MM-DD">
    statements     each <speech by="#x"> whose x is a TLCOrganization of a State
                   (`/organization/state/<ISO>`) or an organization of the reference data
                   (`/organization/<key>`), else whose speaker's line (<from>) names one by an
                   <organization refersTo> or a <person as>; under the agenda item its
                   <debateSection refersTo> TLCConcept names (`/agenda-item/…/<n>`);
                   `as="#y"` a TLCOrganization: on behalf of y's `showAs`

A record needs a body with a name and a symbol series (model/bodies.py: both required, neither
may be unknown). A document that states neither gives no record: `Foreign.missing` says why,
and `Foreign.read` lists every fact that was read, for the message. A speech whose speaker or
agenda item is not stated is reported as not placed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..model import DocumentSymbol, SymbolError
from ..refdata import BodyTemplate, body_templates, country, organization
from .akn_mentions import AKN, STATE_HREF

LANGUAGES = {"ara": "ar", "zho": "zh", "eng": "en", "fra": "fr", "spa": "es", "rus": "ru"}
_ORGANIZATION_HREF = re.compile(r"/ontology/organization/([^/]+)$")
_ITEM_HREF = re.compile(r"/agenda-item/(?:[^/]+/)*(\d+)$")
_DATES = re.compile(r"^(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)$")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _a(tag: str) -> str:
    return f"{{{AKN}}}{tag}"


def _meta(document: etree._Element, path: str) -> etree._Element | None:
    return document.find("/".join(_a(step) for step in ("meta", *path.split("/"))))


@dataclass
class Foreign:
    """What a foreign AKN document states: the record's data, what was read (for the user),
    and the speeches not placed."""

    data: dict[str, Any] = field(default_factory=dict)
    read: list[str] = field(default_factory=list)
    unplaced: list[dict[str, Any]] = field(default_factory=list)
    speakers: set[str] = field(default_factory=set)  # the eIds placed as speakers
    missing: str = ""  # why no record can be made, if none can


def read_foreign(document: etree._Element, references: dict[str, etree._Element],
                 asked: str | None = None) -> Foreign:
    """`asked`: the language the user says the document is in, for one that states none (one
    that states another is refused before, `akn.read_akn`)."""
    found = Foreign()
    code = _identification(document, found)
    lang = LANGUAGES.get(code) or (asked if not code else None)
    report: dict[str, Any] = {"original_language": lang}
    symbol = _symbol(document, found)
    report |= {"symbol": symbol} if symbol else {}
    date = _attr(document.find(f".//{_a('docDate')}"), "date")
    report |= {"date": date} if _read(found, "docDate", date) else {}
    title = _text(document.find(f".//{_a('docTitle')}"))
    report |= {"title": {lang: title}} if _read(found, "docTitle", title, repr(title)) and lang \
        else {}
    body = _body(document, references, symbol, lang, found)
    session: dict[str, Any] = {"body": body["key"] if body else "B1"}
    dates = _session_dates(document, found)
    if dates:
        session["dates"] = {"start": dates[0], "end": dates[1]}
    groups = _statements(document, references, session["body"], found)
    session["agenda"] = {"items": [{"number": g["items"]["items"][0]["number"], "title": {}}
                                   for g in groups]}
    if lang is None:
        found.missing = f"its FRBRlanguage, {code!r}, is none of the six languages" if code \
            else "it states no FRBRlanguage (give --lang)"
    elif body is None:
        found.missing = "it states no body with a name and a symbol series (an author " \
                        "TLCOrganization or docProponent the reference data knows, or a name " \
                        "with the symbol)"
    else:
        found.data = {"format": "sessional-record", "schema_version": 1, "bodies": [body],
                      "sessions": [session], "statements": groups, "report": report}
    return found


def _read(found: Foreign, what: str, value: str, shown: str = "") -> bool:
    """Note a fact read (as `shown`, if given), if there is one."""
    if value:
        found.read.append(f"{what} {shown or value}")
    return bool(value)


def _text(node: etree._Element | None) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def _attr(node: etree._Element | None, name: str) -> str:
    return (node.get(name) or "").strip() if node is not None else ""


def _identification(document: etree._Element, found: Foreign) -> str:
    """The FRBR facts read; returns the language code (FRBRlanguage), "" if none."""
    code = _attr(_meta(document, "identification/FRBRExpression/FRBRlanguage"), "language")
    _read(found, "FRBRlanguage", code)
    work_date = _meta(document, "identification/FRBRWork/FRBRdate")
    if _attr(work_date, "date"):
        found.read.append(f"FRBRdate {_attr(work_date, 'date')} ({_attr(work_date, 'name')})")
    _read(found, "FRBRcountry", _attr(_meta(document, "identification/FRBRWork/FRBRcountry"),
                                      "value"))
    return code


def _symbol(document: etree._Element, found: Foreign) -> str | None:
    candidates = [("docNumber", _text(document.find(f".//{_a('docNumber')}"))),
                  ("FRBRnumber", _attr(_meta(document, "identification/FRBRWork/FRBRnumber"),
                                       "value"))]
    for where, text in candidates:
        if not text:
            continue
        try:
            symbol = str(DocumentSymbol.parse(text))
        except SymbolError:
            found.read.append(f"{where} {text!r} (not a UN document symbol)")
            continue
        found.read.append(f"symbol {symbol} ({where})")
        return symbol
    return None


def _body(document: etree._Element, references: dict[str, etree._Element], symbol: str | None,
          lang: str | None, found: Foreign) -> dict[str, Any] | None:
    author = next((references.get(a.get("href", "")[1:]) for a in
                   document.iterfind(f"{_a('meta')}/{_a('identification')}/{_a('FRBRWork')}/"
                                     f"{_a('FRBRauthor')}") if a.get("as") == "#author"), None)
    proponent = document.find(f".//{_a('docProponent')}")
    names = [n for n in (_attr(author, "showAs"), _text(proponent)) if n]
    known = _known_body(_attr(author, "href"), names)
    if known is not None:
        found.read.append(f"body {known.record_key} ({known.symbol_series})")
        return {"key": known.record_key, "kind": known.kind, "name": dict(known.names),
                "symbol_series": known.symbol_series}
    if names:
        found.read.append(f"body {names[0]!r}")
    series = _series(symbol)
    if not names or series is None or lang is None:
        return None
    return {"key": "B1", "name": {lang: names[0]}, "symbol_series": series}


def _known_body(href: str, names: list[str]) -> BodyTemplate | None:
    """The body of the reference data an href names (its key, or its symbol series as the
    FRBR names write it: ctoc-cop-wg.2), else the one a stated name is, in any language."""
    found = _ORGANIZATION_HREF.search(href)
    named = {n.casefold() for n in names}
    for body in body_templates().values():
        if found and found[1] in (body.key, body.symbol_series.lower().replace("/", "-")):
            return body
    return next((b for b in body_templates().values()
                 if named & {m.casefold() for m in b.names.values()}), None)


def _series(symbol: str | None) -> str | None:
    """The series of a report's symbol series/year/number (CTOC/COP/WG.7/2016/5: CTOC/COP/WG.7)."""
    parts = symbol.split("/") if symbol else []
    return "/".join(parts[:-2]) if len(parts) >= 4 and _YEAR.match(parts[-2]) else None


def _session_dates(document: etree._Element, found: Foreign) -> tuple[str, str] | None:
    for node in document.iter(_a("session")):
        dates = _DATES.match(_attr(node, "value"))
        if dates:
            found.read.append(f"session {dates[1]}/{dates[2]}")
            return dates[1], dates[2]
    return None


def _statements(document: etree._Element, references: dict[str, etree._Element], body: str,
                found: Foreign) -> list[dict[str, Any]]:
    """The statement groups, one per agenda item, in the order the items first come."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for speech in document.iter(_a("speech")):
        target, delegation = _speaker(speech, references)
        item = _item(speech, references)
        if delegation is None or item is None:
            found.unplaced.append(_not_placed(speech, target, delegation, item))
            continue
        statement: dict[str, Any] = {"delegation": delegation}
        behalf = references.get(_attr(speech, "as")[1:])
        if behalf is not None and etree.QName(behalf).localname == "TLCOrganization" and \
                _attr(behalf, "showAs"):
            statement["on_behalf_of"] = _attr(behalf, "showAs")
        groups.setdefault(item, []).append(statement)
        found.speakers.add(target)
        found.read.append(f"line {speech.sourceline}: {_said(delegation)} spoke under agenda "
                          f"item {item}")
    return [{"items": {"items": [{"body": body, "number": n}]},
             "statements": {"items": s}} for n, s in groups.items()]


def _speaker(speech: etree._Element, references: dict[str, etree._Element]) -> tuple[
        str, dict[str, Any] | None]:
    """(the eId, the delegation) of who speaks: the `by` entry, else the State or organization
    the speaker's line (`<from>`) names by an `<organization refersTo>` or a `<person as>`."""
    target = _attr(speech, "by")[1:]
    delegation = _delegation(references.get(target))
    line = speech.find(_a("from"))
    named = [] if delegation is not None or line is None else [
        (_attr(node, "refersTo") if etree.QName(node).localname == "organization"
         else _attr(node, "as"))[1:] for node in line.iter(_a("organization"), _a("person"))]
    for eid in named:
        if _delegation(references.get(eid)) is not None:
            return eid, _delegation(references.get(eid))
    return target, delegation


def _delegation(entry: etree._Element | None) -> dict[str, Any] | None:
    if entry is None or etree.QName(entry).localname != "TLCOrganization":
        return None
    href = _attr(entry, "href")
    state = STATE_HREF.search(href)
    if state:
        return {"state": state[1]} if country(state[1]) is not None else None
    key = _ORGANIZATION_HREF.search(href)
    return {"organization": {"key": key[1]}} if key and organization(key[1]) else None


def _said(delegation: dict[str, Any]) -> str:
    return str(delegation.get("state") or delegation["organization"]["key"])


def _item(speech: etree._Element, references: dict[str, etree._Element]) -> str | None:
    for section in speech.iterancestors(_a("debateSection")):
        concept = references.get(_attr(section, "refersTo")[1:])
        number = _ITEM_HREF.search(_attr(concept, "href"))
        if number:
            return str(int(number[1]))
    return None


def _not_placed(speech: etree._Element, target: str, delegation: dict[str, Any] | None,
                item: str | None) -> dict[str, Any]:
    tag = etree.QName(speech).localname
    reason = f"a <{tag}> by #{target}, which names no State or organization the reference " \
             "data knows" if delegation is None else \
        f"{_said(delegation)} speaks under no agenda item its references state"
    text = _text(speech)
    return {"paragraph": None, "position": speech.sourceline, "line": speech.sourceline,
            "section": "statements", "reason": reason, "text": text[:120]}
