"""The record's facts, in the AKN `<proprietary source="#sessional">` metadata, so that the
report can be read back without reading its prose.

One `<sessional:fact path="$.…">` per fact, its JSON path in the record: a State, a body or an
organization `refersTo` its TLCOrganization in `<references>` (which carries the ISO code or
the reference-data key); a text is the element's text; a number, true/false, null or an empty
list or object is written in JSON in `value`. The facts are the record's, in every language it
holds (a paragraph translated from Chinese keeps its Chinese source), so every expression gives
back the same record. They come from the record's own serialiser (`record_to_data`), walked
generically, never field by field."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from ..model.io import record_to_data
from ..model.record import Record
from .akn_refs import SESSIONAL, body_id, organization_id, state_id

# which facts name a State, a body or an organization (their values become references)
_STATE = re.compile(r"(\.attendance\.(states_parties|signatories|observer_states)\.items\[\d+\]"
                    r"|\.state)$")
_BODY = re.compile(r"(\.body|\.bodies\[\d+\]|^\$\.bodies\[\d+\]\.key)$")
_ORGANIZATION = re.compile(r"(\.attendance\.\w+\.items\[\d+\]|\.organization)\.key$")


@dataclass(frozen=True)
class Fact:
    path: str
    value: Any  # a JSON scalar, or an empty list or object
    kind: str | None = None  # "state", "body", "organization": the value is a reference


REFERENCE_IDS = {"state": state_id, "body": body_id, "organization": organization_id}


def record_facts(record: Record) -> list[Fact]:
    """Every fact of the record, in the order of the record."""
    return [Fact(path, value, _kind(path)) for path, value in _walk(record_to_data(record), "$")]


def _kind(path: str) -> str | None:
    for kind, pattern in (("state", _STATE), ("body", _BODY), ("organization", _ORGANIZATION)):
        if pattern.search(path):
            return kind
    return None


def _walk(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        if not value:
            yield path, {}
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        if not value:
            yield path, []
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")
    else:
        yield path, value


def referenced(facts: list[Fact], kind: str) -> list[str]:
    """The States (ISO codes), bodies or organizations (keys) the facts name, once each."""
    return list(dict.fromkeys(f.value for f in facts if f.kind == kind))


def write_facts(proprietary: etree._Element, facts: list[Fact]) -> None:
    for fact in facts:
        node = etree.SubElement(proprietary, f"{{{SESSIONAL}}}fact", path=fact.path)
        if fact.kind:
            node.set("refersTo", "#" + REFERENCE_IDS[fact.kind](fact.value))
        elif isinstance(fact.value, str):
            node.text = fact.value
        else:
            node.set("value", json.dumps(fact.value))
