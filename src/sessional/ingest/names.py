"""Lists of names in a report -> States and organizations of the reference data.

A list is cut at the language's separators; where a name itself holds a separator ("Trinidad and
Tobago", "United Kingdom of Great Britain and Northern Ireland") the cut that resolves the most
names wins. Each name resolves exactly (current, historical or variant form), else by fuzzy
match at or above the stated threshold, else stays unresolved with its nearest candidates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..model import Lang
from ..refdata import resolve
from ..refdata.cues import reading_cues
from ..refdata.resolve import FUZZY_THRESHOLD, near_matches
from .cases import nominative_forms
from .grammar import grammar

Kind = Literal["state", "organization"]
MAX_SPAN = 6


@dataclass(frozen=True)
class Name:
    text: str
    code: str | None
    kind: Kind | None
    how: str
    candidates: tuple[str, ...] = ()
    form: str = "in_force"  # in_force, historical, variant or fuzzy
    on_behalf_of: str | None = None  # the group the speaker spoke for ("Group of 77 and China")


def separators(lang: Lang) -> list[str]:
    g = grammar(lang)
    seps = {g.text("list", ", (separator)"), *conjunctions(lang), "、", "，", ", ", "; ", "، ",
            "؛ "}
    return sorted((s for s in seps if s.strip(" ")), key=len, reverse=True)


@lru_cache(maxsize=8)
def conjunctions(lang: Lang) -> frozenset[str]:
    """The separators that end a list ("and", with or without a serial comma): a name that
    holds one ("Organization for Security and Co-operation in Europe") is never cut there
    unless both sides resolve."""
    g = grammar(lang)
    found = {g.text("list", " and (last separator)"),
             g.text("list", " and (before a word starting with i)")}
    for word in reading_cues(lang).get("conjunction", ()):
        if lang == "zh":
            found |= {word, "、" + word}
        elif lang != "ar":
            found |= {f" {word} ", f", {word} ", f"; {word} "}
    if lang == "ar":  # Arabic joins و to the next name ("النمسا والجزائر"): a cut before it
        found |= {" و", "، و"}  # is taken only where both sides resolve, as "and" elsewhere
    return frozenset(s for s in found if s.strip(" "))


_GROUP_END = re.compile(r"\s*[,;，、；،؛)）]")


def spoken_for(text: str, lang: Lang) -> tuple[str, dict[str, str]]:
    """The list without its "on behalf of …" phrases, and the group each speaker spoke for (by
    the speaker's text). A group is a known group's name ("Group of 77 and China", never cut at
    its "and"), else the words up to the next separator; it is never a speaker."""
    groups: dict[str, str] = {}
    cues = reading_cues(lang).get("on_behalf", ())
    if not cues:
        return text, groups
    bound = "" if lang == "zh" else r"(?<!\w)"
    cue = re.compile(bound + "(?:" + "|".join(re.escape(c) for c in cues) + ")" +
                     ("" if lang == "zh" else r"\s+"), re.I)
    start = 0
    while hit := cue.search(text, start):
        head = re.search(r"[\s,，(（]*$", text[:hit.start()])
        cut = head.start() if head else hit.start()
        group, end = _group(text, hit.end(), lang)
        speaker = re.split(r"[,;，、；،؛]", text[:cut])[-1].strip()
        if not group or not speaker:
            start = hit.end()
            continue
        if "(" in text[cut:hit.start()] or "（" in text[cut:hit.start()]:
            end = (m.end() if (m := re.compile(r"\s*[)）]").match(text, end)) else end)
        groups[speaker] = group
        text, start = text[:cut] + text[end:], cut
    return text, groups


def _group(text: str, at: int, lang: Lang) -> tuple[str, int]:
    """The group named at `at`, and where its name ends."""
    rest = text[at:]
    bare = re.sub(r"^(?:the|The)\s+", "", rest) if lang == "en" else rest
    skipped = len(rest) - len(bare)
    for name in reading_cues(lang).get("group", ()):  # longest first
        if bare[:len(name)].casefold() == name.casefold():
            return bare[:len(name)], at + skipped + len(name)
    end = _GROUP_END.search(bare)
    group = (bare[:end.start()] if end else bare).strip().rstrip("。.")
    return group, at + skipped + (end.start() if end else len(bare))


def split_list(text: str, lang: Lang, on: dt.date | None, kind: Kind) -> list[Name]:
    """Cut where the most names resolve exactly; then try the fuzzy match on what is left."""
    tokens, seps = list_tokens(text.strip().rstrip("。.").strip(), lang)
    joining = conjunctions(lang)
    # best[j]: the score of the best cut of the first j tokens, where its last name starts
    # (a back pointer) and that name; the first of equal scores wins
    best: list[tuple[int, int, Name | None]] = [(0, 0, None)]
    for j in range(1, len(tokens) + 1):
        choice: tuple[int, int, Name | None] | None = None
        name_text, cuts = tokens[j - 1], 0  # tokens i..j-1 as one name; its cuts not at "and"
        for i in range(j - 1, max(0, j - MAX_SPAN) - 1, -1):
            if i < j - 1:
                name_text = tokens[i] + seps[i] + name_text
                cuts += seps[i] not in joining
            name = exact_name(name_text, on, kind, lang)
            gain = 3 if name.code else -cuts
            if choice is None or best[i][0] + gain >= choice[0]:  # equal: the earlier start
                choice = (best[i][0] + gain, i, name)
        best.append(choice)  # type: ignore[arg-type]
    names: list[Name] = []
    j = len(tokens)
    while j > 0:
        _, i, found = best[j]
        names.append(found)  # type: ignore[arg-type]
        j = i
    return [n if n.code else resolve_name(n.text, on, kind, lang)
            for n in reversed(names) if n.text]


@lru_cache(maxsize=65536)
def exact_name(text: str, on: dt.date | None, kind: Kind, lang: Lang) -> Name:
    for candidate in _forms(text.strip(), lang):
        found = _exact(candidate, on, kind)
        if found is not None:
            return Name(text.strip(), found[0], kind, "exact", form=found[1])
    return Name(text.strip(), None, None, "unresolved")


def list_tokens(text: str, lang: Lang) -> tuple[list[str], list[str]]:
    pattern = "(" + "|".join(re.escape(s) for s in separators(lang)) + ")"
    parts = re.split(pattern, text) if text else []
    tokens, seps = parts[0::2], parts[1::2]
    return [t.strip() for t in tokens], seps


@lru_cache(maxsize=4096)
def resolve_name(text: str, on: dt.date | None, kind: Kind, lang: Lang) -> Name:
    text = text.strip()
    exact = exact_name(text, on, kind, lang)
    if exact.code:
        return exact
    near = [m for m in near_matches(text) if _kind_of(m.code) == kind]
    if near and near[0].score >= FUZZY_THRESHOLD:
        return Name(text, near[0].code, kind, "fuzzy", form="fuzzy")
    return Name(text, None, None, "unresolved",
                tuple(f"{m.name} ({m.code}, {m.score:.0f})" for m in near))


def person_name(text: str, lang: Lang) -> str:
    """A person's name without the honorifics before or after it ("Mr.", "H.E.", "先生")."""
    name = text.strip()
    for _ in range(3):  # "H.E. Mr. …"
        before = name
        for title in reading_cues(lang).get("honorific", ()):
            head = name[:len(title)].casefold() == title.casefold()  # "El Sr." as "el Sr."
            if head and (title.endswith(".") or lang == "zh" or
                         name[len(title):len(title) + 1].isspace()):
                name = name[len(title):].strip()
            if name.endswith(title) and len(name) > len(title):
                name = name[:-len(title)].strip()
        if name == before:
            break
    return name


def _forms(text: str, lang: Lang) -> list[str]:
    """The text, and in Arabic without the و that joins it to the name before (where a list
    is cut elsewhere than before the و); in Russian, its nominative forms (cases.py).
    Articles ("the", "les", "l’") the reference data's
    name keys leave out themselves."""
    if lang == "ar" and text.startswith("و") and len(text) > 2:
        return [text, text[1:]]
    if lang == "ru":  # "представители следующих государств: Австрии, Алжира …"
        return [text, *nominative_forms(text)]
    return [text]


def _exact(text: str, on: dt.date | None, kind: Kind) -> tuple[str, str] | None:
    """The code a name of this kind has, and its form: the form in force wins over a historical
    or later one, which wins over a variant."""
    matches = [m for m in resolve(text, on).matches
               if (m.country is not None) == (kind == "state")]
    if not matches:
        return None
    order = {"in_force": 0, "organization": 0, "historical": 1, "later": 1, "variant": 2}
    best = min(matches, key=lambda m: order[m.how])
    return best.code, "in_force" if best.how == "organization" else best.how


def _kind_of(code: str) -> Kind:
    return "state" if code.isupper() and len(code) == 3 else "organization"
