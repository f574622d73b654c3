"""Stage 4b: lists read by the gazetteer first, in the paragraphs the phrase grammar left.

A sentence in which the name resolver finds two or more States or organizations (as of the
report's date) is a list, however its lead is worded. Its category comes from the cue words of
the lead (`refdata/curated/reading_cues.csv`); the Attendance heading stands for the verb
("were represented"), never for the category. A list whose category is not read places nothing:
its paragraph stays unclassified text, and the names it holds are named in the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import Lang
from ..model.participants import ORGANIZATION_CATEGORIES, STATE_CATEGORIES
from ..refdata import organization
from ..refdata.cues import reading_cues
from .attendance import category_list, on
from .draft import Draft
from .names import Kind, Name, exact_name, list_tokens, split_list
from .slots import read_slot
from .speakers import place_speakers

SINGLE = "a single name, not a list"
NEGATIVE = "the lead says who did not attend"
LONGEST = 90  # characters ("United Nations Interregional Crime and Justice Research Institute")
CATEGORIES = {*STATE_CATEGORIES, *ORGANIZATION_CATEGORIES, "un_system"}
UN_SYSTEM = {"un_secretariat": "un_secretariat_units",
             "un_fund_programme": "un_funds_and_programmes",
             "specialized_agency": "specialized_agencies"}
BY_KIND = {**UN_SYSTEM, "igo": "intergovernmental_organizations",
           "reio": "regional_economic_integration_organizations"}


@dataclass
class FoundList:
    lead: str  # the words before the list (and after it)
    text: str  # the list itself
    kind: Kind
    names: list[Name]
    colon: bool

    @property
    def resolved(self) -> list[Name]:
        return [n for n in self.names if n.code]


def read_lists(draft: Draft) -> None:
    """Every unclassified paragraph, sentence by sentence: facts of one sentence (slots.py),
    lists placed where the lead says, or reported."""
    kept = []
    for entry in draft.unclassified:
        if not _read_paragraph(draft, entry):
            kept.append(entry)
    draft.unclassified = kept


def _read_paragraph(draft: Draft, entry: dict[str, Any]) -> bool:
    """True when every sentence of the paragraph became a fact."""
    in_attendance = entry["section"] == "organization/attendance"
    placed_all, loose = True, []
    statements: list[dict[str, Any]] = []
    for sentence in sentences(_flat(entry["text"]), draft.lang):
        if read_slot(draft, sentence, entry["section"] or "", entry["paragraph"]):
            continue
        found = find_list(sentence, draft.lang, on(draft))
        if found is None:
            placed_all = _none_attended(draft, sentence) and placed_all
            continue
        if negative(found.lead, draft.lang):
            why = NEGATIVE  # "were not represented": a list of who was absent places nothing
        elif found.resolved and cue_in(found.lead, draft.lang, "statements"):
            why = place_speakers(draft, found, sentence, entry["paragraph"], statements)
        else:
            why = _place(draft, found, in_attendance, entry["paragraph"])
        if why:
            placed_all = False
            if why == SINGLE and not found.colon:
                continue  # a name in a sentence ("Opening of the meeting" holds Réunion)
            loose.append(f"{', '.join(n.code or n.text for n in found.resolved or found.names)} "
                         f"({why})")
    if loose:
        entry["reason"] += "; holds names not placed: " + "; ".join(loose)
    if placed_all:
        key = entry["section"] or "front"
        draft.taken[key] = draft.taken.get(key, 0) + 1
    return placed_all


def _none_attended(draft: Draft, sentence: str) -> bool:
    """"No non-governmental organizations were represented.", "没有非政府组织派代表出席。": the
    one category the sentence names is known to be empty (or, after a list, complete)."""
    lang = draft.lang
    category = category_of(sentence, lang)
    if category is None or category == "un_system" or not cue_in(sentence, lang, "attendance"):
        return False
    start = _folded(sentence.strip())
    says_none = negative(sentence, lang) or any(
        re.match(re.escape(_folded(cue)) + ("" if lang == "zh" else r"(?!\w)"), start)
        for cue in reading_cues(lang).get("none", ()))
    if not says_none:
        return False
    draft.attendance.setdefault(category, {"status": "complete", "items": []})
    return True


def _place(draft: Draft, found: FoundList, in_attendance: bool, paragraph: int | None) -> str:
    """Place a list in its category; the reason it was not placed, or ''."""
    if len(found.resolved) < 2 and not (found.colon and
                                        len(found.resolved) in (0, len(found.names))):
        return SINGLE
    if not (in_attendance or cue_in(found.lead, draft.lang, "attendance")):
        return "not an attendance sentence"
    category = category_of(found.lead, draft.lang) or _one_kind(found)
    if category is None:
        return "category not read from the lead"
    if category == "un_system":
        return _un_system(draft, found, paragraph)
    if not found.resolved and category in STATE_CATEGORIES:
        return "no State resolved"
    if (category in STATE_CATEGORIES) != (found.kind == "state"):
        return f"the lead says {category}, the names are not"
    if category in draft.attendance:
        return f"a second list of {category}"
    draft.attendance[category] = category_list(draft, found.text, found.kind, category,
                                               paragraph)
    return ""


def _one_kind(found: FoundList) -> str | None:
    """A lead without a category ("… were represented as observers"): the category the
    reference data gives every organization of the list, if they all have the same one."""
    if found.kind != "organization" or len(found.resolved) != len(found.names):
        return None
    kinds = {BY_KIND.get(org.category) if (org := organization(n.code or "")) else None
             for n in found.names}
    return kinds.pop() if len(kinds) == 1 else None


def _un_system(draft: Draft, found: FoundList, paragraph: int | None) -> str:
    """'United Nations entities': each by the kind the reference data gives it."""
    groups: dict[str, list[str]] = {}
    for name in found.names:
        org = organization(name.code) if name.code and found.kind == "organization" else None
        category = UN_SYSTEM.get(org.category) if org else None
        if category is None or category in draft.attendance:
            return "United Nations entities of a kind not known"
        groups.setdefault(category, []).append(name.text)
    for category, texts in groups.items():
        draft.attendance[category] = category_list(draft, "; ".join(texts), "organization",
                                                   category, paragraph)
    return ""


def find_list(sentence: str, lang: Lang, on: Any) -> FoundList | None:
    """The run of names in a sentence, and the words around it; None without a name."""
    colon = re.search(r"[:：]", sentence)
    lead, body = (sentence[:colon.start()], sentence[colon.end():]) if colon else ("", sentence)
    body = body.strip().rstrip(".。;；").strip()
    best: FoundList | None = None
    for kind in ("state", "organization"):
        before, text, after = _trimmed(body, lang, on, kind)
        if not text:
            continue
        names = split_list(text, lang, on, kind)
        found = FoundList(f"{lead} {before} {after}", text, kind, names,
                          colon is not None)
        if found.resolved and (best is None or len(found.resolved) > len(best.resolved)):
            best = found
    if best is None and colon and body:  # organizations the reference data does not know
        best = FoundList(lead, body, "organization",
                         split_list(body, lang, on, "organization"), True)
    return best


def _trimmed(body: str, lang: Lang, on: Any, kind: Kind) -> tuple[str, str, str]:
    """The words before the first name and after the last one, cut off the list."""
    tokens, seps = list_tokens(body, lang)
    if not tokens or not body:
        return "", "", ""
    first, before = _resolving_end(tokens[0], lang, on, kind, from_end=True)
    if len(tokens) == 1:
        text, after = _resolving_end(first, lang, on, kind, from_end=False)
        return before, text, after
    last, after = _resolving_end(tokens[-1], lang, on, kind, from_end=False)
    middle = "".join(seps[k] + tokens[k + 1] for k in range(len(tokens) - 2))
    return before, first + middle + seps[-1] + last, after


def _resolving_end(token: str, lang: Lang, on: Any, kind: Kind,
                   from_end: bool) -> tuple[str, str]:
    """The longest end (or start) of a token that is a name; the rest. A token that holds no
    name is kept whole (it stays an unresolved name of the list)."""
    if exact_name(token, on, kind, lang).code:
        return token, ""
    cuts = list(range(1, len(token))) if lang == "zh" else \
        [m.end() for m in re.finditer(r"\s+", token)]
    if not from_end:
        cuts = sorted(({m.start() for m in re.finditer(r"\s+", token)} if lang != "zh" else
                       set(cuts)), reverse=True)
    # no name is longer than LONGEST characters: the cuts that leave more are not tried
    cuts = [c for c in cuts if (len(token) - c if from_end else c) <= LONGEST]
    for cut in cuts:
        part, rest = (token[cut:], token[:cut]) if from_end else (token[:cut], token[cut:])
        if exact_name(part.strip(), on, kind, lang).code:
            return part.strip(), rest.strip()
    return token, ""


def category_of(lead: str, lang: Lang) -> str | None:
    """The one category the lead's cue words name; None when none or two do."""
    text = _folded(lead)
    spans: list[tuple[int, int, str]] = []
    for pattern, meaning in _category_patterns(lang):
        for hit in pattern.finditer(text):
            if all(hit.end() <= s or hit.start() >= e for s, e, _ in spans):
                spans.append((hit.start(), hit.end(), meaning))
    found = {meaning for _, _, meaning in spans}
    if len(found) > 1:
        found.discard("un_system")  # "specialized agencies of the United Nations system"
    return found.pop() if len(found) == 1 else None


@cache
def _category_patterns(lang: Lang) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The category cues of the language, folded, longest first."""
    cues = [(cue, meaning) for meaning, group in reading_cues(lang).items()
            if meaning in CATEGORIES for cue in group]
    return tuple((re.compile(re.escape(_folded(cue))), meaning)
                 for cue, meaning in sorted(cues, key=lambda c: len(c[0]), reverse=True))


@cache
def _folded_cues(lang: Lang, meaning: str) -> tuple[str, ...]:
    return tuple(_folded(cue) for cue in reading_cues(lang).get(meaning, ()))


def cue_in(text: str, lang: Lang, meaning: str) -> bool:
    folded = _folded(text)
    return any(cue in folded for cue in _folded_cues(lang, meaning))


def negative(lead: str, lang: Lang) -> bool:
    """The lead says the list did not attend ("were not represented", "未派代表"): a cue as
    whole words ("not" alone is no cue: "States not parties … were represented")."""
    folded = _folded(lead)
    edge = "" if lang == "zh" else r"(?<!\w)"
    return any(re.search(edge + re.escape(cue) + ("" if lang == "zh" else r"(?!\w)"), folded)
               for cue in _folded_cues(lang, "negation"))


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("’", "'").replace("‑", "-")
    text = re.sub(r"\s*[–—-]\s*", "-", text.replace("\u0651", ""))  # dashes; Arabic shadda
    return re.sub(r"\s+", " ", text)


def _flat(text: str) -> str:
    """A paragraph with its lettered entries ("(a) Argentina;") as one list after its lead."""
    return re.sub(r"[;；،]?\s*\n\s*(?:\(?[a-z0-9\u0621-\u064a]{1,3}[.)]\s+)?", "; ",
                  text.strip()).strip("; ")


_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]|Mr|Ms|Mrs|Dr|H\.E|Sr|Sra|St|No|Nos|Add|Corr|"
                           r"Rev|Distr|г|г-н|г-жа)\.$")


def sentences(text: str, lang: Lang) -> list[str]:
    """Sentences of a paragraph (never cut after a title such as "Mr.")."""
    if lang == "zh":
        return [s for s in re.split(r"(?<=。)", text) if s.strip()]
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", text):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return [s for s in out if s.strip()]
