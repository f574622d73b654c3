"""Stage 5: the facts found -> a record (validated like any other record)."""

from __future__ import annotations

import re
from typing import Any

from ..model import JointSymbol, Record, SymbolError, record_from_data
from .draft import UNKNOWN, BodyDraft, Draft


def build(draft: Draft) -> Record:
    joint = _joint_items(draft)
    data: dict[str, Any] = {
        "format": "sessional-record", "schema_version": 1,
        "bodies": [_body(b, _series_of_the_symbol(draft)) for b in draft.bodies],
        "sessions": [_session(b, joint) for b in draft.bodies],
        "joint_items": [{"key": k, "numbers": v} for k, v in joint.items()],
        "attendance": _attendance(draft),
        "officers": draft.officers,
        "statements": draft.statements,
        "documents": _documents(draft),
        "narrative": {
            "introduction": _introduction(draft),
            "recommendations": [_announced(r) for r in draft.recommendations],
            "deliberations": [_deliberation(d, joint) for d in draft.deliberations],
        },
        "report": {"original_language": draft.original_language or draft.lang,
                   "status": draft.title_status, "adopted_on": draft.adopted_on,
                   "adopted_as_amended": draft.adopted_as_amended,
                   **({"symbol": draft.symbol} if draft.symbol else {})},
        "unclassified": draft.unclassified,
        "unresolved_names": draft.unresolved,
        "name_forms": draft.name_forms,
    }
    return record_from_data(data, "ingested report")


def _body(b: BodyDraft, series: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"key": b.key, "name": {b.language: b.name},
                            "symbol_series": b.series or series or "UNKNOWN/SERIES"}
    if b.mandate:
        body["mandate"] = b.mandate
    if b.previous:
        body["previous_sessions"] = b.previous
    if b.short_name and b.short_name != b.name:
        body["short_name"] = {b.language: b.short_name}
    if b.article:
        body["article"] = {b.language: b.article}
    if b.kind:
        body["kind"] = b.kind
    return body


def _series_of_the_symbol(draft: Draft) -> str | None:
    """The series of the report's own symbol (CTOC/COP/WG.7/2016/5: CTOC/COP/WG.7), for a
    report of one body whose document list gave none: the symbol is series/year/number."""
    try:
        symbol = JointSymbol.parse(re.sub(r"\s+", "", draft.symbol or ""))
    except SymbolError:
        return None
    (part, *more) = symbol.parts
    if more or len(draft.bodies) != 1 or len(part.components) < 4 or \
            not re.fullmatch(r"(19|20)\d\d", part.components[-2]):
        return None
    return "/".join(part.components[:-2])


def _session(b: BodyDraft, joint: dict[str, dict[str, str]]) -> dict[str, Any]:
    dates = b.dates or b.heading_dates
    stated = ([(b.heading_dates, "heading")] if b.heading_dates else []) + b.stated
    session: dict[str, Any] = {
        "body": b.key,
        "dates": {"start": dates[0].isoformat(), "end": dates[1].isoformat()} if dates
        else dict(UNKNOWN),
        "stated_dates": [{"dates": {"start": d[0].isoformat(), "end": d[1].isoformat()},
                          "where": where} for d, where in stated],
        "venue": {b.language: b.venue} if b.venue else {},
        "meetings_held": b.meetings_held if b.meetings_held is not None else dict(UNKNOWN),
        "meetings": _meetings(b),
        "agenda": {"adopted_at_meeting": b.adopted_at, "adopted_on": b.adopted_on,
                   "items": _agenda(b, joint)},
    }
    return session


def _meetings(b: BodyDraft) -> dict[str, Any]:
    items = [b.meetings[n] for n in sorted(b.meetings)]
    complete = b.meetings_held is not None and len(items) == b.meetings_held
    return {"status": "complete" if complete else "partial" if items else "unknown",
            "items": items}


def _joint_items(draft: Draft) -> dict[str, dict[str, str]]:
    """Joint items pair up in agenda order: the k-th joint item of each body's agenda."""
    marked = {b.key: [i["number"] for i in b.agenda if i.get("_joint")] for b in draft.bodies}
    counts = {len(v) for v in marked.values()}
    joint: dict[str, dict[str, str]] = {}
    if len(counts) == 1 and len(marked) > 1:
        for k in range(counts.pop()):
            joint[f"J{k + 1}"] = {key: numbers[k] for key, numbers in marked.items()}
    for numbers in draft.joint_numbers:
        if numbers not in joint.values():
            joint[f"J{len(joint) + 1}"] = numbers
    return joint


def _agenda(b: BodyDraft, joint: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    items = []
    last = b.agenda[-1]["number"] if b.agenda else None
    for raw in b.agenda:
        item = {k: v for k, v in raw.items() if not k.startswith("_")}
        number = item["number"]
        if not item["title"] and number in b.agenda_titles:
            item["title"] = {b.language: b.agenda_titles[number]}
        key = next((k for k, v in joint.items() if v.get(b.key) == number), None)
        if key:
            item["joint"] = key
        if number not in b.in_deliberations:
            if raw is b.agenda[0] and raw.get("sub_items"):
                item["kind"] = "organizational"
            elif number == last:
                item["kind"] = "adoption_of_report"
        items.append(item)
    return items


CATEGORIES = ("states_parties", "signatories", "observer_states",
              "regional_economic_integration_organizations", "un_secretariat_units",
              "un_funds_and_programmes", "specialized_agencies", "intergovernmental_organizations",
              "non_governmental_organizations")


def _attendance(draft: Draft) -> dict[str, Any]:
    """A report writes a paragraph for every category it knows anything of and, as most UN
    reports do, nothing for a category nobody attended. Silence is not a statement: a category
    the report does not name stays unknown, unless a sentence says none attended ("No
    non-governmental organizations were represented.")."""
    if not draft.attendance:
        return {}
    return {c: draft.attendance.get(c, {"status": "unknown"}) for c in CATEGORIES}


def unstated_attendance(draft: Draft) -> list[str]:
    """The categories a report that reads attendance at all leaves unstated."""
    return [c for c in CATEGORIES if c not in draft.attendance] if draft.attendance else []


def _documents(draft: Draft) -> dict[str, Any]:
    docs = [{k: v for k, v in d.items() if not k.startswith("_")}
            for d in draft.documents if "symbol" in d]
    partial = any(d.get("_status") == "partial" for d in draft.documents)
    return {"status": "partial" if partial else "complete" if docs else "unknown", "items": docs}


def _introduction(draft: Draft) -> dict[str, Any]:
    intro = dict(draft.introduction)
    if not intro["items"] and "status" not in intro:
        intro["status"] = "unknown"
    return intro


def _announced(entry: dict[str, Any]) -> dict[str, Any]:
    """'The Working Group made the following recommendations:' and none follow: unknown."""
    paragraphs = entry["paragraphs"]
    if not paragraphs["items"] and "status" not in paragraphs:
        paragraphs["status"] = "unknown"
    return entry


def _deliberation(d: dict[str, Any], joint: dict[str, dict[str, str]]) -> dict[str, Any]:
    entry = {k: v for k, v in d.items() if k != "joint_numbers"}
    if "joint_numbers" in d:
        entry["joint_item"] = next(k for k, v in joint.items() if v == d["joint_numbers"])
    paragraphs = entry["paragraphs"]
    if not paragraphs["items"] and "status" not in paragraphs:
        paragraphs["status"] = "unknown"
    return entry
