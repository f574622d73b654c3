"""Chapters I, II, III and V: introduction, recommendations, deliberations, adoption."""

from __future__ import annotations

import re
from typing import Any

from .draft import UNKNOWN, BodyDraft, Draft, full_text
from .grammar import grammar
from .names import split_list
from .structure import Placed
from .values import date_field, is_placeholder, parse_date, parse_number, parse_range

_DECISION = {"zh": r"第\s*(\d+/\d+)\s*号(决定|决议)",
             "en": r"(decision|resolution)\s+(\d+/\d+)"}
_PREVIOUS = {"zh": r"第([一二三四五六七八九十]+)次会议", "en": r"(\w+) meeting"}


AWAITING = re.compile(r"^\s*\[[^\[\]]{3,80}\]\s*$")


def paragraph_text(draft: Draft, text: str) -> dict[str, Any]:
    return {"text": {draft.lang: text}, "source_language": draft.lang}


def awaiting(draft: Draft, block: Any, chapter: str) -> bool:
    """'[awaiting translation from Chinese]': the paragraph exists in another language only."""
    g = grammar(draft.lang)
    if AWAITING.match(block.text) and g.match(
            "placeholder", "[awaiting translation from {language}]", block.text.strip()):
        draft.unclassified_text(block, chapter, "awaiting translation: the text is in another "
                                "language version of the report")
        return True
    return False


def introduction(draft: Draft, placed: list[Placed]) -> None:
    for p in placed:
        if p.block.kind == "paragraph" and awaiting(draft, p.block, "introduction"):
            draft.introduction["status"] = "partial"
            draft.taken["introduction"] = draft.taken.get("introduction", 0) + 1
        elif p.block.kind == "paragraph":
            draft.introduction["items"].append(paragraph_text(draft, p.block.text))
            _mandates(draft, p.block.text)
            _previous(draft, p.block.text)
            draft.taken["introduction"] = draft.taken.get("introduction", 0) + 1
        elif is_placeholder(p.block.text):
            draft.introduction["status"] = "partial" if draft.introduction["items"] \
                else "unknown"
        else:
            draft.unclassified_text(p.block, "introduction", "not a numbered paragraph")


def _first_body(draft: Draft, text: str) -> BodyDraft | None:
    """The body a paragraph of the introduction is about: the first one it names, unless it
    names two together at that point ("A and B met …")."""
    found = sorted((text.find(b.name), b) for b in draft.bodies if b.name in text)
    if not found:
        return None
    position, body = found[0]
    after = text[position + len(body.name):position + len(body.name) + 4]
    if any(after.lstrip("和及与 and,、").startswith(other.name[:3])
           for other in draft.bodies if other is not body):
        return None
    return body


def _mandates(draft: Draft, text: str) -> None:
    pattern = _DECISION.get(draft.lang)
    body = _first_body(draft, text)
    if pattern is None or body is None:
        return
    for found in re.finditer(pattern, text):
        number, kind = (found.group(1), found.group(2)) if draft.lang == "zh" \
            else (found.group(2), found.group(1))
        entry = {"kind": "decision" if kind in {"决定", "decision"} else "resolution",
                 "number": number}
        if entry not in body.mandate:
            body.mandate.append(entry)


def _previous(draft: Draft, text: str) -> None:
    if draft.lang != "zh":
        return
    body = _first_body(draft, text)
    if body is None:
        return
    for sentence in re.split(r"(?<=。)", text):
        meeting = re.search(_PREVIOUS["zh"], sentence)
        dates = _find_range(draft, sentence)
        if meeting and dates:
            ordinal = parse_number(meeting.group(1), draft.lang, "count-rule-set")
            if ordinal:
                body.previous.append({"ordinal": ordinal, "dates": {
                    "start": dates[0].isoformat(), "end": dates[1].isoformat()}})


def _find_range(draft: Draft, text: str) -> Any:
    for found in re.finditer(r"\d{4}\s*年.*?日(?:至\s*(?:\d+\s*月\s*)?\d+\s*日)?", text):
        dates = parse_range(found.group(0), draft.lang)
        if dates and dates[0] != dates[1]:
            return dates
    return None


def recommendations(draft: Draft, placed: list[Placed]) -> None:
    g = grammar(draft.lang)
    current: dict[str, Any] | None = None
    for p in placed:
        text = p.block.text
        if p.block.kind == "paragraph":
            lead = g.match("recommendations", "{body} made the following recommendations:", text,
                           prefix=True)
            body = draft.body_by_name(lead["body"], p.body) if lead else None
            if body is not None and lead is not None:
                current = {"body": body.key, "paragraphs": {"items": []}}
                draft.recommendations.append(current)
                rest = text[lead.end():].strip()
                if is_placeholder(rest):
                    current["paragraphs"]["status"] = "unknown"
                elif rest:
                    draft.unclassified_text(p.block, "recommendations", "text after the lead")
                for entry in p.block.entries:  # "(a) States parties should …"
                    current["paragraphs"]["items"].append(paragraph_text(draft, "".join(
                        [f"{entry.label} {entry.text}",
                         *(f"\n{c.label} {c.text}" for c in entry.children)])))
            elif current is not None:
                current["paragraphs"]["items"].append(paragraph_text(draft, full_text(p.block)))
            else:
                draft.unclassified_text(p.block, "recommendations", "no body named")
                continue
            draft.taken["recommendations"] = draft.taken.get("recommendations", 0) + 1
        elif is_placeholder(text) and current is not None:
            current["paragraphs"]["status"] = "partial" if current["paragraphs"]["items"] \
                else "unknown"
        elif p.body is None or _squeeze(text) != _squeeze(p.body):
            draft.unclassified_text(p.block, "recommendations", "not understood")


def deliberations(draft: Draft, placed: list[Placed]) -> None:
    current: dict[str, Any] | None = None
    for p in placed:
        text, block = p.block.text, p.block
        if block.kind == "heading" and p.heading == text:
            current = _item_heading(draft, text, p.body)
            if current is None:
                draft.unclassified_text(block, "deliberations", "item heading not understood")
            continue
        if p.body is not None and _squeeze(text) == _squeeze(p.body):
            continue
        if current is None:
            draft.unclassified_text(block, "deliberations", "not under an item heading")
            continue
        paragraphs = current["paragraphs"]
        if block.kind == "paragraph":
            if not paragraphs["items"] and not current.get("_opened") and \
                    _opening(draft, current, text, p.body):
                current["_opened"] = True
            elif awaiting(draft, block, "deliberations"):
                paragraphs["status"] = "partial"
            else:
                paragraphs["items"].append(paragraph_text(draft, text))
            draft.taken["deliberations"] = draft.taken.get("deliberations", 0) + 1
        elif is_placeholder(text):
            paragraphs["status"] = "partial" if paragraphs["items"] else "unknown"
        else:
            draft.unclassified_text(block, "deliberations", "not understood")
    for entry in draft.deliberations:
        entry.pop("_opened", None)


def _item_heading(draft: Draft, text: str, subheading: str | None) -> dict[str, Any] | None:
    g = grammar(draft.lang)
    heading = re.sub(r"^\s*\S+\s*[.\-]\s+", "", text, count=1)
    single = g.match("deliberations", "{title} (agenda item {number})", heading)
    body = draft.body_by_name(subheading) if subheading else \
        (draft.bodies[0] if len(draft.bodies) == 1 else None)
    if single and body is not None:
        body.in_deliberations.add(single["number"])
        _title_for(body, single["number"], single["title"], draft)
        entry: dict[str, Any] = {"body": body.key, "item": single["number"],
                                 "paragraphs": {"items": []}}
        draft.deliberations.append(entry)
        return entry
    joint = g.match("deliberations", "{title} ({items})", heading)
    if joint is None:
        return None
    numbers: dict[str, str] = {}
    separator = g.text("deliberations", "; (joint item numbers)").strip()
    for piece in re.split(re.escape(separator) + "|；|;", joint["items"]):
        found = g.match("deliberations", "{body} agenda item {number}", piece.strip())
        owner = draft.body_by_name(found["body"]) if found else None
        if owner is None or found is None:
            return None
        numbers[owner.key] = found["number"]
        owner.in_deliberations.add(found["number"])
        _title_for(owner, found["number"], joint["title"], draft)
    draft.joint_numbers.append(numbers)
    entry = {"joint_numbers": numbers, "paragraphs": {"items": []}}
    draft.deliberations.append(entry)
    return entry


def _title_for(body: BodyDraft, number: str, title: str, draft: Draft) -> None:
    if not is_placeholder(title):
        body.agenda_titles.setdefault(number, title.strip())


def _opening(draft: Draft, entry: dict[str, Any], text: str, subheading: str | None) -> bool:
    g = grammar(draft.lang)
    msgid = ("At its {ordinal} meeting, on {date}, {body} considered agenda item {number}, "
             "entitled \"{title}\".")
    found = g.match("deliberations", msgid, text, prefix=True, date=date_field(draft.lang))
    if not found:
        return False
    body = draft.body_by_name(found["body"], subheading)
    ordinal = parse_number(found["ordinal"], draft.lang, "ordinal-rule-set")
    if body is None or ordinal is None:
        return False
    day = parse_date(found["date"], draft.lang)
    meeting = body.meetings.setdefault(ordinal, {"number": ordinal, "items": []})
    if day:
        meeting["date"] = day.isoformat()
    if found["number"] not in meeting["items"]:
        meeting["items"].append(found["number"])
    rest = text[found.end():].strip()
    moderator = g.match("deliberations", "The discussion under the agenda item was moderated "
                        "by the panellist {name} ({state}).", rest)
    if moderator:
        state = split_list(moderator["state"], draft.lang, day, "state")
        draft.officers.append({"name": moderator["name"].strip(), "role": "moderator",
                               "state": state[0].code if state else None,
                               "bodies": [body.key], "items": [found["number"]]})
    elif rest:
        entry["paragraphs"]["items"].append(paragraph_text(draft, rest))
    return True


def adoption(draft: Draft, placed: list[Placed]) -> None:
    g = grammar(draft.lang)
    candidates = [
        ("On {date}, the {count} working groups adopted the report on their joint meeting, "
         "as amended.", True),
        ("On {date}, the {count} working groups adopted the report on their joint meeting.",
         False),
        ("On {date}, {bodies} adopted the report on their joint meeting, as amended.", True),
        ("On {date}, {bodies} adopted the report on their joint meeting.", False),
        ("On {date}, {body} adopted the report on its meeting, as amended.", True),
        ("On {date}, {body} adopted the report on its meeting.", False),
    ]
    for p in placed:
        if p.block.kind != "paragraph":
            if not is_placeholder(p.block.text):
                draft.unclassified_text(p.block, "adoption", "not understood")
            continue
        for msgid, amended in candidates:
            found = g.match("adoption", msgid, p.block.text, date=date_field(draft.lang))
            if found:
                day = parse_date(found["date"], draft.lang)
                draft.adopted_on = day.isoformat() if day else dict(UNKNOWN)
                draft.adopted_as_amended = amended
                if "working groups" in msgid:
                    for body in draft.bodies:
                        body.kind = "working_group"
                draft.taken["adoption"] = draft.taken.get("adoption", 0) + 1
                break
        else:
            draft.unclassified_text(p.block, "adoption", "not understood")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)

