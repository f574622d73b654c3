"""The grammar of a report language, made from the stock phrases of the catalogue.

Each phrase becomes a regular expression: its fields become named groups, its spaces may be
missing or doubled (PDF text), and each punctuation mark also matches its half- or full-width
variant. The composer's phrases are the vocabulary; a few variants that real reports use (the
2017 seed, for one) are listed in VARIANTS.
"""

from __future__ import annotations

import re
import string
from functools import cache, lru_cache

from ..model import Lang
from ..refdata.phrases import forms, month_names, phrase, setting

_EQUIVALENTS = {
    "：": "：:", ":": ":：", "，": "，,", ",": ",，", "；": "；;", ";": ";；", "（": "（(",
    "(": "(（", "）": "）)", ")": ")）", "。": "。.", "“": "“\"«", "”": "”\"»", "«": "«“\"",
    "»": "»”\"", "’": "’'", "'": "'’", "–": "–-", "-": "-–‑", "[": "[［", "]": "]］",
}
FIELD = {
    "list": r".*?", "items": r".+?", "body": r".+?", "bodies": r".+?", "title": r".*?",
    "name": r".+?", "state": r".*?", "count": r"\S+?|\[…+\]", "ordinal": r"\S+?|\[…+\]",
    "number": r"\d+", "symbol": r"[A-Z][^\s（）()]*", "placeholder": r"\[…+\]",
    "date": r".+?", "dates": r".+?", "venue": r".+?", "language": r".+?",
}
# Ways of saying what a catalogue phrase says, seen in real reports: (ctx, msgid, lang, variant)
VARIANTS = [
    ("title", "{dates}, {venue}", "en", "{dates}, {venue}"),
    ("agenda", "At its {ordinal} meeting, on {date}, {body} adopted the following agenda:", "zh",
     "{body}在 {date}举行的第{ordinal}次会议上通过了以下议程："),
]


def literal(text: str) -> str:
    out = []
    for ch in text:
        if ch.isspace():
            out.append(r"\s*")
        elif ch in _EQUIVALENTS:  # spacing around punctuation varies (French spaces before :)
            out.append(r"\s*[" + "".join(re.escape(c) for c in _EQUIVALENTS[ch]) + "]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def compile_template(template: str, fields: dict[str, str] | None = None,
                     prefix: bool = False) -> re.Pattern[str]:
    """The phrase as a regular expression; `prefix` lets text follow it."""
    return _compile(template, tuple(sorted((fields or {}).items())), prefix)


@lru_cache(maxsize=4096)
def _compile(template: str, extra: tuple[tuple[str, str], ...], prefix: bool) -> re.Pattern[str]:
    fields = {**FIELD, **dict(extra)}
    parts, seen = [r"^\s*"], set()
    for text, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(literal(text))
        if name is not None:
            if name in seen:
                parts.append(rf"\s*(?P={name})\s*")
            else:
                seen.add(name)
                parts.append(rf"\s*(?P<{name}>{fields.get(name, '.+?')})\s*")
    parts.append(r"\s*" if prefix else r"\s*$")
    if len(parts) > 1 and template[:1].isalpha():  # a sentence may capitalise its first word
        first = template[0]
        parts[1] = f"[{first.lower()}{first.upper()}]" + parts[1][len(re.escape(first)):]
    return re.compile("".join(parts), re.S)


class Grammar:
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def patterns(self, ctx: str, msgid: str, prefix: bool = False,
                 **fields: str) -> list[re.Pattern[str]]:
        templates = [*forms(self.lang, ctx, msgid),
                     *(v for c, m, lang, v in VARIANTS if (c, m, lang) == (ctx, msgid, self.lang))]
        # the longest form first: "agenda items {items}" must not match as "item" + "s 2"
        templates.sort(key=len, reverse=True)
        return [compile_template(t, fields, prefix) for t in templates]

    def match(self, ctx: str, msgid: str, text: str, prefix: bool = False,
              **fields: str) -> re.Match[str] | None:
        for pattern in self.patterns(ctx, msgid, prefix, **fields):
            if found := pattern.match(text):
                return found
        return None

    def text(self, ctx: str, msgid: str) -> str:
        return phrase(self.lang, ctx, msgid)

    def setting(self, key: str) -> str:
        return setting(self.lang, key)

    @property
    def months(self) -> dict[str, int]:
        return month_names(self.lang)


@cache
def grammar(lang: Lang) -> Grammar:
    return Grammar(lang)
