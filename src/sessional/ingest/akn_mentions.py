"""The inline references of an Akoma Ntoso report's text, held against the facts it states.

sessional writes each State, organization, person, date and document that the text names as
an inline element (`<organization refersTo="#state_aut" sessional:path="$.attendance…">`). Read
back, each must agree with the fact at its path: a State the text names where the facts hold
another is a warning, and a reference no fact places (a hand-added name, or any name in a
document another tool wrote) is reported as not placed, never turned into a fact."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

# the same namespaces as the writer (render/akn.py)
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
SESSIONAL = "urn:x-sessional:akn:1"
KEY = f"{{{SESSIONAL}}}key"
_PATH = f"{{{SESSIONAL}}}path"
STATE_HREF = re.compile(r"/organization/state/([A-Z]{3})$")
STEP = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")
_NAMED = {"TLCOrganization", "TLCPerson"}
MISSING = object()


def steps(path: str) -> list[str | int]:
    """`$.a.b[2]` -> ["a", "b", 2]; [] if `path` is not such a path."""
    found: list[str | int] = [key if key else int(index) for key, index in STEP.findall(path)]
    text = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in found)
    return found if path.startswith("$") and text == path[1:] else []


def entry_value(entry: etree._Element) -> str | None:
    """What a TLC entry stands for: its record or reference-data key, else a State's ISO code
    (the last part of its href), else None."""
    key = entry.get(KEY)
    state = STATE_HREF.search(entry.get("href", ""))
    return key if key is not None else state.group(1) if state else None


def at(data: Any, path: str) -> Any:
    """The fact at `path` in the record's data, else `MISSING`."""
    found = steps(path)
    node = data
    for step in found:
        if not isinstance(node, list | dict):
            return MISSING
        try:
            node = node[step]  # type: ignore[index]
        except (IndexError, KeyError, TypeError):
            return MISSING
    return node if found else MISSING


def check_mentions(document: etree._Element, references: dict[str, etree._Element],
                   stated: dict[str, Any], placed: set[str]) -> tuple[list[dict[str, Any]],
                                                                       list[str]]:
    """(the names no fact places, warnings where the text and the facts disagree)."""
    unplaced: list[dict[str, Any]] = []
    warnings: list[str] = []
    text = [node for part in document if part.tag != f"{{{AKN}}}meta" for node in part.iter()]
    for node in text:
        target = (node.get("refersTo") or "")[1:]
        entry = references.get(target)
        path = node.get(_PATH)
        if path is not None and at(stated, path) is not MISSING:
            disagreement = _disagreement(node, entry, at(stated, path))
            if disagreement:
                warnings.append(f"line {node.sourceline}: {disagreement} ({path}); the facts "
                                "are kept")
        elif entry is not None and etree.QName(entry).localname in _NAMED and \
                target not in placed:
            unplaced.append(_unplaced(node, entry, target))
    return unplaced, warnings


def _disagreement(node: etree._Element, entry: etree._Element | None, fact: Any) -> str | None:
    said = "".join(node.itertext()).strip()
    tag = etree.QName(node).localname
    if tag == "organization" and entry is not None:
        value, held = entry_value(entry), _held(fact)
        if value != held:
            return f"the text names {said!r} ({value}) where the facts hold {held}"
    if tag == "date" and node.get("date") != fact:
        return f"the text dates {said!r} {node.get('date')} where the facts hold {fact}"
    if tag == "session" and isinstance(fact, dict):
        held = f"{fact.get('start')}/{fact.get('end')}"
        if node.get("value") != held:
            return f"the text dates the session {said!r} {node.get('value')} where the facts " \
                   f"hold {held}"
    if tag == "concept" and entry is not None and isinstance(fact, dict) and \
            entry.get(KEY) != fact.get("number"):
        return f"the text names agenda item {entry.get(KEY)} ({said!r}) where the facts hold " \
               f"item {fact.get('number')}"
    return None


def _held(fact: Any) -> Any:
    """The ISO code or key a fact holds: itself, or that of the organization, State or
    delegation it is (a statement's fact is its delegation's)."""
    if not isinstance(fact, dict):
        return fact
    for name in ("key", "state", "delegation", "organization"):
        if fact.get(name) is not None:
            return _held(fact[name])
    return None


def _unplaced(node: etree._Element, entry: etree._Element, target: str) -> dict[str, Any]:
    code = STATE_HREF.search(entry.get("href", ""))
    what = f"the State {code.group(1)}" if code else f"{entry.get('href')}"
    return {"paragraph": None, "position": node.sourceline, "line": node.sourceline,
            "section": "references",
            "reason": f"names {what} (#{target}), which no fact places",
            "text": "".join(node.itertext()).strip()}
