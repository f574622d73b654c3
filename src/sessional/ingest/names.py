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
from typing import Literal

from ..model import Lang
from ..refdata import resolve
from ..refdata.resolve import FUZZY_THRESHOLD, near_matches
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


def separators(lang: Lang) -> list[str]:
    g = grammar(lang)
    seps = {g.text("list", ", (separator)"), g.text("list", " and (last separator)"),
            g.text("list", " and (before a word starting with i)"), "、", "，", ", ", "; "}
    return sorted((s for s in seps if s.strip(" ")), key=len, reverse=True)


def split_list(text: str, lang: Lang, on: dt.date | None, kind: Kind) -> list[Name]:
    tokens, seps = _tokens(text.strip().rstrip("。.").strip(), lang)
    best: list[tuple[int, list[Name]]] = [(0, [])]
    for j in range(1, len(tokens) + 1):
        options = []
        for i in range(max(0, j - MAX_SPAN), j):
            name_text = tokens[i] + "".join(seps[k] + tokens[k + 1] for k in range(i, j - 1))
            name = resolve_name(name_text, on, kind, lang)
            gain = {"exact": 3, "fuzzy": 2}.get(name.how, 0) - (j - i - 1) * (name.code is None)
            options.append((best[i][0] + gain, [*best[i][1], name]))
        best.append(max(options, key=lambda o: o[0]))
    return [n for n in best[-1][1] if n.text]


def _tokens(text: str, lang: Lang) -> tuple[list[str], list[str]]:
    pattern = "(" + "|".join(re.escape(s) for s in separators(lang)) + ")"
    parts = re.split(pattern, text) if text else []
    tokens, seps = parts[0::2], parts[1::2]
    return [t.strip() for t in tokens], seps


def resolve_name(text: str, on: dt.date | None, kind: Kind, lang: Lang) -> Name:
    text = text.strip()
    for candidate in _forms(text, lang):
        found = _exact(candidate, on, kind)
        if found is not None:
            return found
    near = [m for m in near_matches(text) if _kind_of(m.code) == kind]
    if near and near[0].score >= FUZZY_THRESHOLD:
        return Name(text, near[0].code, kind, "fuzzy")
    return Name(text, None, None, "unresolved",
                tuple(f"{m.name} ({m.code}, {m.score:.0f})" for m in near))


def _forms(text: str, lang: Lang) -> list[str]:
    forms = [text]
    if lang == "ar" and text.startswith("و") and len(text) > 2:
        forms.append(text[1:])  # Arabic joins every later entry with و
    if lang in {"en", "fr", "es"}:
        forms.append(re.sub(r"^(the|The|le|la|les|Le|La|Les|el|El|los|Los)\s+|^[lL]['’]", "",
                            text))
    return forms


def _exact(text: str, on: dt.date | None, kind: Kind) -> Name | None:
    matches = [m for m in resolve(text, on).matches
               if (m.country is not None) == (kind == "state")]
    if not matches:
        return None
    order = {"in_force": 0, "organization": 0, "historical": 1, "variant": 2}
    best = min(matches, key=lambda m: order[m.how])
    return Name(text, best.code, kind, "exact")


def _kind_of(code: str) -> Kind:
    return "state" if code.isupper() and len(code) == 3 else "organization"
