"""Typography of a report language, applied to the composed report's text (stock phrases,
narrative, names, placeholders, masthead), never to the record: what the user typed is kept.

French, as UN French documents print it: a no-break space (U+00A0) before the colon, as the
mastheads set it ("Original : anglais", CTOC/COP/2018/13 of 2018 and IDB.49/1/Add.1 of 2021;
a word space, not a thin one), and a narrow no-break space (U+202F) before ; ! ? and inside
« » (the text layer of UN French reports shows no word space there: "ordre du jour commun;",
"1. Questions d’organisation:" in the 2015 CAC/COSP/IRG/2015/1, whose masthead has none before
its colon either, "Original: anglais"); this is also the common French rule (deux-points:
espace-mot insécable; point-virgule, points d’interrogation et d’exclamation, guillemets:
espace fine insécable). No-break, so that a mark never starts a line. Apostrophes are
typographic (’) throughout, as the French catalogue writes them (l’ordre du jour) and the UN
French documents print them ("Adoption de l’ordre du jour", CAC/COSP/IRG/2015/1); UNTERM's
names ("Côte d'Ivoire") and typed narrative get them too.

English, Spanish and Russian get the typographic apostrophe between letters as well, as the
UN prints their names ("Côte d’Ivoire" in the UN Statistics Division's English M49 list,
UNTERM's Spanish "Côte d’Ivoire" and Russian "Кот-д’Ивуар"), where some sources and typed
narrative have the straight one; their catalogues use no other of these marks. Chinese and
Arabic are left as composed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Lang
from .tree import Block, Heading, Inline, ListEntry, Masthead, Parts, Placeholder, Report

NBSP, NNBSP = "\u00a0", "\u202f"
_SPACES = "[ \u00a0\u202f]*"
_END = r"(?=\s|$|[»)\]\"”’])"  # the mark ends a word: not 10:30, not http://, not ?q=
_AFTER_WORD = r"(?<=[^\s(\[«])"  # and follows one: not "(?)"
_COLON = re.compile(_AFTER_WORD + _SPACES + ":" + _END)
_THIN_MARK = re.compile(_AFTER_WORD + _SPACES + "([;!?])" + _END)
_OPENING = re.compile("«" + _SPACES)
_CLOSING = re.compile(_SPACES + "»")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_]|\))")  # "d'Ivoire", "islamique d')"


def french(text: str) -> str:
    text = _COLON.sub(NBSP + ":", text)
    text = _THIN_MARK.sub(NNBSP + r"\1", text)
    text = _OPENING.sub("«" + NNBSP, text)
    text = _CLOSING.sub(NNBSP + "»", text)
    return _APOSTROPHE.sub("’", text)


def apostrophes(text: str) -> str:
    return _APOSTROPHE.sub("’", text)


RULES: dict[Lang, Callable[[str], str]] = {
    "fr": french, "en": apostrophes, "es": apostrophes, "ru": apostrophes}


def typeset(report: Report) -> Report:
    rule = RULES.get(report.lang)
    if rule is None:
        return report
    return replace(report, masthead=_masthead(report.masthead, rule),
                   heading_lines=tuple(_parts(line, rule) for line in report.heading_lines),
                   title=_parts(report.title, rule),
                   blocks=tuple(_block(block, rule) for block in report.blocks))


def _masthead(m: Masthead, rule: Callable[[str], str]) -> Masthead:
    def line(text: str | None) -> str | None:
        return rule(text) if text else text

    return replace(m, distribution=rule(m.distribution), date=_parts(m.date, rule),
                   original=rule(m.original), draft=line(m.draft), language=line(m.language),
                   organization=rule(m.organization))  # the symbol and job number: as typed


def _block(block: Block, rule: Callable[[str], str]) -> Block:
    if isinstance(block, Heading):
        return replace(block, parts=_parts(block.parts, rule))
    # the source text awaiting translation is in another language: left as it is
    return replace(block, parts=_parts(block.parts, rule),
                   entries=tuple(_entry(e, rule) for e in block.entries))


def _entry(entry: ListEntry, rule: Callable[[str], str]) -> ListEntry:
    return replace(entry, parts=_parts(entry.parts, rule),
                   children=tuple(_entry(c, rule) for c in entry.children))


def _parts(parts: Parts, rule: Callable[[str], str]) -> Parts:
    """Each part typeset with its neighbours' edge characters as context, so that a mark at
    the start of a part ("{list} :" after a placeholder) is spaced as in running text."""
    out: list[Inline] = []
    for i, part in enumerate(parts):
        before = parts[i - 1].text[-1:] if i else ""
        after = parts[i + 1].text[:1] if i + 1 < len(parts) else ""
        done = rule(before + part.text + after)
        text = done[len(before):len(done) - len(after)] if after else done[len(before):]
        out.append(Placeholder(text, part.kind, part.path, part.note)
                   if isinstance(part, Placeholder) else replace(part, text=text))
    return tuple(out)
