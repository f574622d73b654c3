"""Chapter IV, sections D and E: attendance by category, and the documents each body had."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import JointSymbol, SymbolError
from .draft import Draft
from .grammar import Grammar, grammar
from .names import Name, split_list, spoken_for
from .structure import Placed
from .values import is_placeholder

_LEADS = [
    ("states_parties", "state", "The following States parties to the Convention were "
     "represented at the {where}: {list}."),
    ("signatories", "state", "The following States signatories to the Convention were "
     "represented by observers: {list}."),
    ("signatories", "state", "The following State signatory to the Convention was represented "
     "by an observer: {list}."),
    ("observer_states", "state", "The following States not parties to the Convention were "
     "represented by observers: {list}."),
    ("regional_economic_integration_organizations", "organization", "{list}, a regional economic "
     "integration organization that is a party to the Convention, was represented at the "
     "{where}."),
    ("un_secretariat_units", "organization", "The following United Nations Secretariat units "
     "were represented at the {where}: {list}."),
    ("un_funds_and_programmes", "organization", "The following United Nations funds and "
     "programmes were represented by observers: {list}."),
    ("specialized_agencies", "organization", "The following specialized agencies of the United "
     "Nations system were represented by observers: {list}."),
    ("intergovernmental_organizations", "organization", "The following intergovernmental "
     "organizations were represented by observers: {list}."),
    ("non_governmental_organizations", "organization", "The following non-governmental "
     "organizations were represented by observers: {list}."),
    # a list of one known to be the only one: the singular sentences
    ("states_parties", "state", "The following State party to the Convention was represented "
     "at the {where}: {list}."),
    ("observer_states", "state", "The following State not party to the Convention was "
     "represented by an observer: {list}."),
    ("un_secretariat_units", "organization", "The following United Nations Secretariat unit "
     "was represented at the {where}: {list}."),
    ("specialized_agencies", "organization", "The following specialized agency of the United "
     "Nations system was represented by an observer: {list}."),
    ("intergovernmental_organizations", "organization", "The following intergovernmental "
     "organization was represented by an observer: {list}."),
    ("non_governmental_organizations", "organization", "The following non-governmental "
     "organization was represented by an observer: {list}."),
]
# the report of a meeting says "represented at the meeting", that of a session "at the session"
ATTENDANCE = list(dict.fromkeys((category, kind, msgid.replace("{where}", where))
                                for where in ("meeting", "session")
                                for category, kind, msgid in _LEADS))


def attendance(draft: Draft, p: Placed) -> bool:
    g = grammar(draft.lang)
    for category, kind, msgid in ATTENDANCE:
        found = g.match("attendance", msgid, p.block.text)
        if not found:
            continue
        draft.attendance[category] = category_list(draft, found["list"], kind, category,
                                                   p.block.number)  # every msgstr has {list}
        return True
    return False


def category_list(draft: Draft, text: str, kind: str, category: str,
              paragraph: int | None) -> dict[str, Any]:
    text = text.strip()
    if is_placeholder(text):  # "…were represented: […]": they attended, names to come
        return {"status": "partial", "items": []}
    status = "complete"
    tail = re.search(r"\s*\[\s*…+\s*\]\s*$", text)
    if tail:
        status, text = "partial", text[:tail.start()]
    names = once(draft, read_names(draft, text, kind, f"$.attendance.{category}", paragraph),
                 category, paragraph)
    if kind == "state":
        items: list[Any] = [n.code for n in names if n.code]
    else:
        items = [{"key": n.code} if n.code else {"name": {draft.lang: n.text}} for n in names]
    if any(n.code is None for n in names) and kind == "state":
        status = "partial"
    return {"status": status, "items": items}


def once(draft: Draft, names: list[Name], category: str, paragraph: int | None) -> list[Name]:
    """A list that names a State (or organization) twice holds it once, where the report first
    put it; the repetition is said, with the paragraph (a slip of the pen, not a fact)."""
    times: dict[str, int] = {}
    first: dict[str, Name] = {}
    for name in names:
        key = name.code or name.text.casefold()
        times[key] = times.get(key, 0) + 1
        first.setdefault(key, name)
    where = f"paragraph {paragraph}" if paragraph else "a paragraph without a number"
    for key, name in first.items():
        if times[key] > 1:
            what = f"{name.text} ({name.code})" if name.code else repr(name.text)
            draft.warnings.append(f"{where}: {what} is named {times[key]} times in the list of "
                                  f"{_label(category)}; kept once")
    return list(first.values())


def _label(category: str) -> str:
    return category.replace("_", " ").replace("un ", "United Nations ", 1)


def documents(draft: Draft, p: Placed) -> bool:
    """"{body} had before it the following documents:" and its entries. A list with an entry
    that is not a title and a symbol is not read at all (the paragraph stays unclassified,
    whole), never half."""
    g = grammar(draft.lang)
    found = g.match("documents", "{body} had before it the following documents:", p.block.text)
    body = draft.body_by_name(found["body"], p.body) if found else None
    if found is None or body is None:
        return False
    listed = [_document(g, entry.text.strip()) for entry in p.block.entries]
    if None in listed:
        return False
    for symbol, title in (d for d in listed if d is not None):
        if symbol is None:  # "[…]": documents to come
            draft.documents.append({"_status": "partial"})
            continue
        body.series = body.series or "/".join(symbol.parts[0].components[:-2])
        _add_document(draft, symbol, title, body.key)
    return True


Listed = tuple[JointSymbol | None, dict[str, str]]  # a document's symbol and its title


def _document(g: Grammar, text: str) -> Listed | None:
    """An entry of a list of documents: its symbol and title ((None, {}) for a placeholder);
    None if it is not one."""
    if is_placeholder(text):
        return None, {}
    item = g.match("documents", "{title} ({symbol});", text) or \
        g.match("documents", "{title} ({symbol}). (last)", text)
    if item is None:
        return None
    try:
        symbol = JointSymbol.parse(item["symbol"])  # the grammar's {symbol} holds no space
    except SymbolError:
        return None
    title = item["title"].strip()
    return symbol, {} if is_placeholder(title) else {g.lang: title}


def _add_document(draft: Draft, symbol: JointSymbol, title: dict[str, str], body: str) -> None:
    parts = {str(part) for part in symbol.parts}
    for doc in draft.documents:
        if doc.get("_parts") == parts:
            if body not in doc["bodies"]:
                doc["bodies"].append(body)
            return
    draft.documents.append({"symbol": str(symbol), "title": title, "bodies": [body],
                            "_parts": parts})



def read_names(draft: Draft, text: str, kind: str, path: str,
               paragraph: int | None) -> list[Name]:
    """The names of a list, each unresolved one reported with its nearest candidates. An "on
    behalf of …" phrase is taken off first: its group is the speaker's, never a name."""
    text, groups = spoken_for(text, draft.lang)
    found = [_spoke_for(n, groups)
             for n in split_list(text, draft.lang, on(draft), kind)]  # type: ignore[arg-type]
    for name in found:
        if name.code is None:
            draft.unresolved.append({"text": name.text, "path": path, "paragraph": paragraph,
                                     "candidates": list(name.candidates)})
        elif name.form != "in_force":
            draft.name_forms.append({"text": name.text, "code": name.code, "form": name.form,
                                     "path": path, "paragraph": paragraph})
    return found


def _spoke_for(name: Name, groups: dict[str, str]) -> Name:
    for speaker, group in groups.items():
        if speaker == name.text or speaker.endswith(" " + name.text):
            return replace(name, on_behalf_of=group)
    return name


def delegation(name: Name, kind: str) -> dict[str, Any]:
    """A statement of a name of a list of speakers (with the group it spoke for, if any)."""
    who = {"state": name.code} if kind == "state" else {"organization": {"key": name.code}}
    return {"delegation": who, **({"on_behalf_of": name.on_behalf_of} if name.on_behalf_of
                                  else {})}


def on(draft: Draft) -> Any:
    starts = [d[0] for b in draft.bodies for d in (b.dates, b.heading_dates) if d]
    return min(starts) if starts else None
