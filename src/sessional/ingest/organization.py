"""Chapter IV: opening, statements, agendas, attendance and documentation."""

from __future__ import annotations

import re
from typing import Any

from .attendance import attendance, delegation, documents, on, read_names
from .draft import UNKNOWN, BodyDraft, Draft
from .grammar import Found, grammar
from .names import person_name, split_list
from .structure import Placed, section_key
from .values import (
    date_field,
    is_placeholder,
    parse_date,
    parse_items,
    parse_number,
    parse_range,
)


def organization(draft: Draft, placed: list[Placed]) -> None:
    handlers = {"opening": _opening, "statements": _statements, "agenda": _agenda,
                "attendance": attendance, "documents": documents}
    for p in placed:
        block, where = p.block, section_key(p)
        if block.kind != "paragraph":
            is_subheading = p.body is not None and _squeeze(block.text) == _squeeze(p.body)
            if not (is_subheading or block.kind == "heading"):
                draft.unclassified_text(block, where, "not understood")
            continue
        handler = handlers.get(p.section or "")
        if handler is not None and handler(draft, p):
            draft.taken[where] = draft.taken.get(where, 0) + 1
            continue
        other = next((name for name, h in handlers.items() if h is not handler and h(draft, p)),
                     None)
        if other is not None:  # a report may leave out or misname a section heading
            draft.taken[where] = draft.taken.get(where, 0) + 1
            if p.section is None:
                continue  # no section heading: nothing to contradict
            draft.warnings.append(f"paragraph {block.number} stands under section "
                                  f"'{p.section}' but reads as '{other}': a heading may be "
                                  "missing")
        else:
            draft.unclassified_text(block, where, "not understood")


# ---------------------------------------------------------------------------------- A. opening

def _opening(draft: Draft, p: Placed) -> bool:
    g = grammar(draft.lang)
    found = g.match("opening", "{body} met {dates} and held {count} meeting.", p.block.text,
                    prefix=True)
    body = draft.body_by_name(found["body"]) if found else None
    if found is None or body is None:
        return False
    dates = parse_range(found["dates"], draft.lang)
    if dates:
        body.dates = dates
        body.stated.append((dates, f"para {p.block.number}"))
    count = found["count"]
    body.meetings_held = None if is_placeholder(count) else \
        parse_number(count, draft.lang, "count-rule-set")
    rest = p.block.text[found.end():].strip()
    chair = g.match("opening", "The meeting was chaired by {name} ({state}).", rest)
    if chair:
        _officer(draft, chair["name"], chair["state"], "chair", body)
    elif rest:
        return False
    return True


def _officer(draft: Draft, name: str, state_text: str, role: str, body: BodyDraft) -> None:
    state = split_list(state_text, draft.lang, on(draft), "state")
    code = state[0].code if state else None
    name = person_name(name, draft.lang)
    for person in draft.officers:
        if person["name"] == name.strip() and person["role"] == role:
            if body.key not in person["bodies"]:
                person["bodies"].append(body.key)
            return
    draft.officers.append({"name": name.strip(), "role": role, "state": code,
                           "bodies": [body.key]})


# ------------------------------------------------------------------------------ B. statements

def _statements(draft: Draft, p: Placed) -> bool:
    g = grammar(draft.lang)
    text = p.block.text
    presentation = g.match("statements", "Presentations were made by representatives of the "
                           "Secretariat under agenda item {items}.", text)
    if presentation:
        parsed = parse_items(presentation["items"], draft.lang)
        if parsed is None:
            return False
        draft.add_statement(p.block.number, {
            "kind": "presentation", "taken_together": parsed[1],
            "items": {"items": [_ref(None, n, t) for n, t in parsed[0]]},
            "statements": {"items": [{"delegation": {"secretariat": True}}]}})
        return True
    single = g.match("statements", "Under agenda item {items} of {body}, statements were made by "
                     "representatives of the following States parties to the Convention: "
                     "{list}.", text, prefix=True)
    refs = _single_refs(draft, single) if single else None
    found = single
    if refs is None:
        found = g.match("statements", "Under the joint agenda items, namely {items}, statements "
                        "were made by representatives of the following States parties to the "
                        "Convention: {list}.", text, prefix=True)
        refs = _joint_refs(draft, found["items"]) if found else None
    if found is None or refs is None:
        return False
    items, together = refs
    speakers, status = _speakers(draft, found["list"], f"$.statements[{len(draft.statements)}]",
                                 p.block.number)
    further = _further(draft, text[found.end():].strip(), speakers, status)
    if further is None:
        return False
    status = further
    draft.add_statement(p.block.number, {"kind": "statement", "taken_together": together,
                             "items": {"items": items},
                             "statements": {"status": status, "items": speakers}})
    return True


def _ref(body: str | None, number: str, tentative: bool) -> dict[str, Any]:
    ref: dict[str, Any] = {"number": number}
    if body is not None:
        ref["body"] = body
    if tentative:
        ref["tentative"] = True
    return ref


def _single_refs(draft: Draft, found: Found) -> tuple[list[Any], bool] | None:
    body = draft.body_by_name(found["body"])
    parsed = parse_items(found["items"], draft.lang)
    if body is None or parsed is None:
        return None
    return [_ref(body.key, n, t) for n, t in parsed[0]], parsed[1]


def _joint_refs(draft: Draft, text: str) -> tuple[list[Any], bool] | None:
    g = grammar(draft.lang)
    joiner = g.text("statements", " and (joint item lists)")
    items: list[Any] = []
    for piece in _split_pieces(draft, text, joiner):
        found = g.match("statements", "agenda items {items} of {body}", piece)
        body = draft.body_by_name(found["body"]) if found else None
        parsed = parse_items(found["items"], draft.lang) if found else None
        if body is None or parsed is None:
            return None
        items += [_ref(body.key, n, t) for n, t in parsed[0]]
    return items, True


def _split_pieces(draft: Draft, text: str, joiner: str) -> list[str]:
    """Cut 'items 5 to 7 of A and items 2, 4 and 5 of B' at the joiner where both pieces name a
    body (the joiner may also stand inside a list of items or a body's name)."""
    g = grammar(draft.lang)
    for found in re.finditer(re.escape(joiner.strip()), text):
        left, right = text[:found.start()].strip(), text[found.end():].strip()
        pieces = [g.match("statements", "agenda items {items} of {body}", x) for x in (left, right)]
        if all(p and draft.body_by_name(p["body"]) for p in pieces):
            return [left, right]
    return [text]


def _speakers(draft: Draft, text: str, path: str,
              paragraph: int | None) -> tuple[list[Any], str]:
    text = text.strip()
    if is_placeholder(text):
        return [], "unknown"
    status = "complete"
    tail = re.search(r"\s*\[\s*…+\s*\]\s*$", text)
    if tail:  # "…, United States of America […]": more speakers to come
        status, text = "partial", text[:tail.start()]
    names = read_names(draft, text, "state", f"{path}.statements", paragraph)
    return [delegation(n, "state") for n in names if n.code], status


def _further(draft: Draft, rest: str, speakers: list[Any], status: str) -> str | None:
    g = grammar(draft.lang)
    while rest:
        more = g.match("statements", "{placeholder}. (further statements to come)", rest,
                       prefix=True)
        if more:
            status = "partial"
            rest = rest[more.end():].strip()
            continue
        for msgid, kind in (("signatory States", "state"), ("observer States", "state"),
                            ("organizations", "organization")):
            found = g.match("statements", "Statements were also made by representatives of the "
                            f"following {msgid}: {{list}}.", rest, prefix=True)
            if found:
                speakers += [delegation(name, kind) for name in
                             read_names(draft, found["list"], kind, "$.statements", None)
                             if name.code]
                rest = rest[found.end():].strip()
                break
        else:
            return None
    return status


# -------------------------------------------------------------------------------- C. agendas

def _agenda(draft: Draft, p: Placed) -> bool:
    g = grammar(draft.lang)
    found = g.match("agenda", "At its {ordinal} meeting, on {date}, {body} adopted the "
                    "following agenda:", p.block.text, date=date_field(draft.lang))
    body = draft.body_by_name(found["body"], p.body) if found else None
    if found is None or body is None:
        return False
    ordinal = None if is_placeholder(found["ordinal"]) else \
        parse_number(found["ordinal"], draft.lang, "ordinal-rule-set")
    day = None if is_placeholder(found["date"]) else parse_date(found["date"], draft.lang)
    body.adopted_at = ordinal if ordinal else dict(UNKNOWN)
    body.adopted_on = day.isoformat() if day else dict(UNKNOWN)
    if ordinal:
        meeting = body.meetings.setdefault(ordinal, {"number": ordinal, "items": []})
        if day:
            meeting.setdefault("date", day.isoformat())
        if "1" not in meeting["items"]:
            meeting["items"].insert(0, "1")
    for entry in p.block.entries:
        body.agenda.append(_agenda_item(draft, entry))
    return bool(body.agenda)


def _agenda_item(draft: Draft, entry: Any) -> dict[str, Any]:
    g = grammar(draft.lang)
    text = g.uncontract(entry.text.strip())
    joint = None
    for msgid in ("(joint item of {bodies})", "(joint item)"):
        for pattern in g.patterns("agenda", msgid):
            tail = re.search(pattern.pattern.lstrip("^").replace(r"\s*$", "") + r"\s*$", text)
            if tail:
                joint, text = msgid, text[:tail.start()].strip()
                break
        if joint:
            break
    text = g.contract(text)
    title = re.sub(r"\s*[：:;；؛。.]\s*$", "", text)
    item: dict[str, Any] = {"number": entry.label.rstrip("."), "title": {draft.lang: title}}
    if is_placeholder(title):
        item["title"] = {}
    if entry.children:
        item["sub_items"] = [
            {"letter": _latin_letter(c.label), "title": _title(draft, c.text)}
            for c in entry.children]
    if joint:
        item["_joint"] = True
    return item


def _title(draft: Draft, text: str) -> dict[str, str]:
    title = _strip_end(text)
    return {} if is_placeholder(title) else {draft.lang: title}


def _strip_end(text: str) -> str:
    return re.sub(r"\s*[：:;；؛。.]\s*$", "", text.strip())


def _latin_letter(label: str) -> str:
    letter = label.strip("()")
    arabic = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح"]
    return "abcdefgh"[arabic.index(letter)] if letter in arabic else letter


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)
