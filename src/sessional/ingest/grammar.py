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
    "：": "：:", ":": ":：", "，": "，,،", ",": ",，،", "；": "；;؛", ";": ";；؛", "（": "（(",
    "(": "(（", "）": "）)", ")": ")）", "。": "。.", "“": "“\"«", "”": "”\"»", "«": "«“\"",
    "»": "»”\"", "’": "’'", "'": "'’", "–": "–-", "-": "-–‑", "[": "[［", "]": "]］",
    "؛": "؛;", "،": "،,",
}
FIELD = {
    "list": r".*?", "items": r".+?", "body": r".+?", "bodies": r".+?", "title": r".*?",
    "name": r".+?", "state": r".*?", "count": r"\S+?|\[…+\]", "ordinal": r"\S+?|\[…+\]",
    "number": r"\d+", "symbol": r"[A-Z][^\s（）()]*", "placeholder": r"\[…+\]",
    "date": r".+?", "dates": r".+?", "venue": r".+?", "language": r".+?",
}
# A list is one sentence's: a full stop (or ! ?) followed by a capital or a letter of a script
# without capitals (Arabic), or a Chinese full stop, inside it ends the sentence it belongs to.
SENTENCE_BOUND = ("list",)
_SENTENCE_END = re.compile(r"[.!?؟۔]\s+[\"“«(]?(\w)|[。！？](?=\s*\S)")
# Ways of saying what a catalogue phrase says, seen in real reports: (ctx, msgid, lang, variant)
VARIANTS = [
    ("title", "{dates}, {venue}", "en", "{dates}, {venue}"),
    ("agenda", "At its {ordinal} meeting, on {date}, {body} adopted the following agenda:", "zh",
     "{body}在 {date}举行的第{ordinal}次会议上通过了以下议程："),
]


def crosses_sentence(text: str) -> bool:
    """True when a sentence ends inside the text ("Mexico. The following …")."""
    for end in _SENTENCE_END.finditer(text):
        first = end.group(1)
        if first is None or first.isupper() or (first.isalpha() and not first.islower()):
            return True
    return False


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


class Found:
    """A phrase found in a text: its fields (with the language's contractions restored)."""

    def __init__(self, match: re.Match[str], grammar: Grammar) -> None:
        self._match = match
        self._grammar = grammar

    def __getitem__(self, name: str) -> str:
        return self._grammar.contract(self._match[name])

    def groupdict(self) -> dict[str, str]:
        return {k: self._grammar.contract(v) for k, v in self._match.groupdict().items()
                if v is not None}

    def between(self, first: str, last: str) -> str:
        """The text from the start of field `first` to the end of field `last`, as written
        ("Vienna from 2 to 6 June 2014" of "{venue} {dates}", however the two were split)."""
        m = self._match
        return self._grammar.contract(m.string[m.start(first):m.end(last)])

    def end(self) -> int:
        """Where the phrase ends in the text as given (contractions are shorter than their
        expansion, so the end moves back by the difference up to that point)."""
        end = self._match.end()
        consumed = self._match.string[:end]
        return len(self._grammar.contract(consumed))


class Grammar:
    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        pairs = [p.split("=", 1) for p in setting(lang, "contractions").split("|") if "=" in p]
        # French and Spanish write "du Groupe" for "de le Groupe": templates and text are both
        # read with contractions undone, and the values found get them back.
        self._undo = [(re.compile(rf"(?<!\w){re.escape(after)}(?=\s)"), before)
                      for before, after in pairs]
        self._redo = [(re.compile(rf"(?<!\w){re.escape(before)}(?=\s)"), after)
                      for before, after in pairs]

    def uncontract(self, text: str) -> str:
        for pattern, before in self._undo:
            text = pattern.sub(before, text)
        return text

    def contract(self, text: str) -> str:
        for pattern, after in self._redo:
            text = pattern.sub(after, text)
        return text

    def patterns(self, ctx: str, msgid: str, prefix: bool = False,
                 **fields: str) -> list[re.Pattern[str]]:
        templates = [*forms(self.lang, ctx, msgid),
                     *(v for c, m, lang, v in VARIANTS if (c, m, lang) == (ctx, msgid, self.lang))]
        templates = [self.uncontract(t) for t in templates]
        # the longest form first: "agenda items {items}" must not match as "item" + "s 2"
        templates.sort(key=len, reverse=True)
        return [compile_template(t, fields, prefix) for t in templates]

    def match(self, ctx: str, msgid: str, text: str, prefix: bool = False,
              **fields: str) -> Found | None:
        plain = self.uncontract(text) if self._undo else text
        for pattern in self.patterns(ctx, msgid, prefix, **fields):
            found = pattern.match(plain)
            if found and not any(found.groupdict().get(f) and crosses_sentence(found[f])
                                 for f in SENTENCE_BOUND):
                return Found(found, self)  # a list that runs into the next sentence is not one
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
