"""Stage 4b: facts read from one sentence, wherever it stands in the paragraph.

"It held four meetings.", "工作组共举行了 4 次会议。", "Ms. Maria Perez (Mexico) served as Chair."
The wordings are the reading cues `slot:meetings_held` and `slot:chair`
(`refdata/curated/reading_cues.csv`); a count is read in digits or words (the language's ICU rule
sets), a chair only with a State that resolves. A slot never overwrites a fact already read.
"""

from __future__ import annotations

import re
import string
from functools import cache

from ..model import Lang
from ..refdata.cues import reading_cues
from .attendance import on
from .draft import BodyDraft, Draft
from .grammar import literal
from .names import person_name, split_list
from .values import date_field, parse_date, parse_number, venue_and_dates

FIELDS = {"count": r"[^\s,.;:，。；：]+?", "name": r"[^()（）,;:，。；：]+?",
          "state": r"[^()（）]+?", "body": r"[^,;:，。；：]+?", "ordinal": r"[^,.;:]+?",
          "place": r"[^;:]+",
          "items": r"\d+(?:\s*(?:,|、|，|and|et|y|и|和|及|to|à|a|al|по|至|-|–)\s*\d+)*"}


@cache
def cue_patterns(lang: Lang, slot: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for cue in reading_cues(lang).get(f"slot:{slot}", ()):
        parts = []
        for text, name, _spec, _conv in string.Formatter().parse(cue):
            parts.append(literal(text))
            if name is not None:
                field = date_field(lang) if name == "date" else FIELDS[name]
                parts.append(rf"\s*(?P<{name}>{field})\s*")
        out.append(re.compile("".join(parts), re.I))
    return tuple(out)


def read_slot(draft: Draft, sentence: str, section: str, paragraph: int | None = None) -> bool:
    """Whether the sentence gave a fact (or restated one already read)."""
    if section == "adoption":
        return _adopted_on(draft, sentence)
    if section == "organization" and _names_the_report(sentence, draft.lang) and \
            _adopted_on(draft, sentence):
        return True  # a report without headings: "On 11 May 2022, the Group adopted the report"
    body = sentence_body(draft, sentence)
    if body is None or not section.startswith("organization"):
        return False
    return _meetings_held(draft, body, sentence) or _chair(draft, body, sentence) or \
        _held(body, sentence, draft.lang, paragraph)


def _adopted_on(draft: Draft, sentence: str) -> bool:
    for pattern in cue_patterns(draft.lang, "adopted_on"):
        found = pattern.search(sentence)
        day = parse_date(found["date"], draft.lang) if found else None
        if found is None or day is None or draft.body_by_name(found["body"]) is None:
            continue
        if isinstance(draft.adopted_on, str) and draft.adopted_on != day.isoformat():
            return False
        draft.adopted_on = day.isoformat()
        return True
    return False


def _names_the_report(sentence: str, lang: Lang) -> bool:
    """The sentence speaks of the report (cue `report`: "report", "rapport", "报告")."""
    folded = sentence.casefold()
    return any(cue.casefold() in folded for cue in reading_cues(lang).get("report", ()))


def sentence_body(draft: Draft, sentence: str) -> BodyDraft | None:
    if len(draft.bodies) == 1:
        return draft.bodies[0]
    squeezed = re.sub(r"\s+", "", sentence)
    named = [b for b in draft.bodies if re.sub(r"\s+", "", b.name) in squeezed]
    return named[0] if len(named) == 1 else None


def _meetings_held(draft: Draft, body: BodyDraft, sentence: str) -> bool:
    for pattern in cue_patterns(draft.lang, "meetings_held"):
        found = pattern.search(sentence)
        count = parse_number(found["count"], draft.lang, "count-rule-set") if found else None
        if count is None:
            continue
        if body.meetings_held not in (None, count):
            draft.warnings.append(f"{body.name}: {count} meetings held, and "
                                  f"{body.meetings_held} before: the first kept")
        body.meetings_held = body.meetings_held or count
        return True
    return False


def _held(body: BodyDraft, sentence: str, lang: Lang, paragraph: int | None) -> bool:
    """"The Commission held its twenty-eighth session in Vienna from 20 to 24 May 2019.": the
    venue and the dates, where the heading gave none (dates that differ are kept as stated)."""
    for pattern in cue_patterns(lang, "held"):
        found = pattern.search(sentence)
        place = venue_and_dates(found["place"], lang) if found else None
        if place is None or not place[0] or len(place[0]) > 40:
            continue
        venue, dates = place
        body.venue = body.venue or venue
        body.stated.append((dates, f"para {paragraph}" if paragraph else "text"))
        if body.dates is None and body.heading_dates is None:
            body.dates = dates
        return True
    return False


def _chair(draft: Draft, body: BodyDraft, sentence: str) -> bool:
    for pattern in cue_patterns(draft.lang, "chair"):
        found = pattern.search(sentence)
        if not found:
            continue
        name = person_name(found["name"], draft.lang)
        states = split_list(found["state"], draft.lang, on(draft), "state")
        if not name or len(name.split()) > 6 or re.search(r"\d", name) or \
                len(states) != 1 or states[0].code is None:
            return False
        for person in draft.officers:
            if person["role"] == "chair" and person["name"] == name:
                if body.key not in person["bodies"]:
                    person["bodies"].append(body.key)
                return True
        if any(p["role"] == "chair" and body.key in p["bodies"] for p in draft.officers):
            draft.warnings.append(f"{body.name}: a second chair, {name}: not recorded")
            return False
        draft.officers.append({"name": name, "role": "chair", "state": states[0].code,
                               "bodies": [body.key]})
        return True
    return False
