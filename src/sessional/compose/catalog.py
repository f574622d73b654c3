"""Stock phrases of the report, from the gettext catalogues in `refdata/locale/` (one per
language); the ingest stages read the same catalogues as their grammar."""

from __future__ import annotations

import gettext
import io
import re
import string
from functools import cache

import icu

from ..model import Lang
from ..refdata.phrases import choices, compiled
from .tree import Inline, Parts, Text

_FIELDS = string.Formatter()
Field = str | Parts


class Phrases:
    """The phrases of one language. Every phrase is looked up by context and English msgid."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self._t = gettext.GNUTranslations(io.BytesIO(compiled(lang)))
        self._contractions = self._read_contractions()

    def text(self, ctx: str, msgid: str, **fields: str) -> str:
        return self._t.pgettext(ctx, msgid).format(**fields)

    def setting(self, key: str) -> str:
        """A grammar setting of the language; '(none)' stands for the empty string (gettext
        treats an empty translation as missing)."""
        value = self._t.pgettext("grammar", key)
        return "" if value == "(none)" else value

    def parts(self, ctx: str, msgid: str, plural: str | None = None, n: int = 1,
              **fields: Field) -> Parts:
        """The phrase with its fields filled by text or by parts (which may hold placeholders).
        A phrase that chooses its words by a grammatical fact (`{body_gender, select, …}`) or
        by the count `n` (`{n, plural, …}`) is resolved first by ICU MessageFormat; the facts
        are fields given as text (body_gender="feminine")."""
        template = (self._t.npgettext(ctx, msgid, plural, n) if plural
                    else self._t.pgettext(ctx, msgid))
        if choices(template):
            template = self._choose(template, n, fields)
        out: list[Inline] = []
        for literal, name, _spec, _conv in _FIELDS.parse(template):
            if literal:
                out.append(Text(literal))
            if name is not None:
                value = fields[name]
                out.extend((Text(value),) if isinstance(value, str) else value)
        return self.finish(tuple(out))

    def _choose(self, template: str, n: int, fields: dict[str, Field]) -> str:
        """ICU resolves the choices; every plain field is passed as itself ("{body}") so that
        it survives for the filling that follows."""
        chosen = choices(template)
        names, values = ["n"], [icu.Formattable(n)]
        for name, value in fields.items():
            names.append(name)
            text = value if isinstance(value, str) and name in chosen else "{" + name + "}"
            values.append(icu.Formattable(text))
        for name in chosen - set(names):  # a fact the caller does not know: the default branch
            names.append(name)
            values.append(icu.Formattable("other"))
        return str(icu.MessageFormat(template, icu.Locale(self.lang)).format(names, values))

    def finish(self, parts: Parts) -> Parts:
        """Merge adjacent text and apply the language's contractions (fr: de le -> du)."""
        merged: list[Inline] = []
        for part in parts:
            if type(part) is Text and merged and type(merged[-1]) is Text:
                merged[-1] = Text(merged[-1].text + part.text)
            elif not (type(part) is Text and part.text == ""):
                merged.append(part)  # a Mention stays whole: it names a fact
        return tuple(Text(self._contract(p.text)) if type(p) is Text else p for p in merged)

    def _read_contractions(self) -> list[tuple[re.Pattern[str], str]]:
        raw = self.setting("contractions")
        pairs = [pair.split("=", 1) for pair in raw.split("|") if "=" in pair]
        return [(re.compile(r"(?<!\w)" + re.escape(before) + r"(?=\s)"), after)
                for before, after in pairs]

    def _contract(self, text: str) -> str:
        for pattern, after in self._contractions:
            text = pattern.sub(after, text)
        return text


@cache
def phrases(lang: Lang) -> Phrases:
    return Phrases(lang)
