"""The numbers Word shows before paragraphs numbered by a numbering definition (`w:numPr`),
which the paragraph's text does not hold: "1.", "2." … or "(a)", "IV." as the definition's
level says, counted as Word counts them (per numbering instance, deeper levels starting again
under a new number of a higher one, `w:start` and level overrides respected).

A paragraph's numbering comes from its own properties or from its style (and the styles that
style is based on); `numId` 0 switches numbering off.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True)
class Level:
    start: int
    format: str  # decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, …
    text: str  # "%1." "(%2)" …


class WordNumbers:
    """Gives each numbered paragraph of a document, in order, the label Word shows."""

    def __init__(self, document: Any) -> None:
        self._levels = _levels(document)
        self._styles = _style_numbering(document)
        self._counts: dict[str, list[int]] = {}

    def label(self, paragraph: Any) -> str | None:
        """The paragraph's number as Word shows it ("3."), or None; call in document order."""
        found = self._numbering(paragraph)
        if found is None:
            return None
        num_id, level = found
        levels = self._levels.get(num_id)
        if not levels or level not in levels:
            return None
        counts = self._counts.setdefault(num_id, [0] * 9)
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        counts[level] = counts[level] + 1 if counts[level] else levels[level].start
        for higher in range(level):  # a level Word has not shown yet counts from its start
            if counts[higher] == 0 and higher in levels:
                counts[higher] = levels[higher].start
        if levels[level].format in ("bullet", "none"):
            return None
        text = levels[level].text
        for n in range(level + 1):
            shown = levels.get(n)
            if shown is not None:
                text = text.replace(f"%{n + 1}", _formatted(counts[n], shown.format))
        return text.strip() or None

    def _numbering(self, paragraph: Any) -> tuple[str, int] | None:
        ppr = paragraph._p.pPr
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr.find(qn("w:numId")))
            level = _val(num_pr.find(qn("w:ilvl")))
            if num_id is not None:
                return (None if num_id == "0" else (num_id, int(level or 0)))
        style_id = ppr.find(qn("w:pStyle")) if ppr is not None else None
        return self._styles.get(_val(style_id) or "Normal")


def _val(element: Any) -> str | None:
    return element.get(qn("w:val")) if element is not None else None


def _levels(document: Any) -> dict[str, dict[int, Level]]:
    """numId -> level -> its start, format and text (the abstract definition's, overridden
    where the instance says so)."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {a.get(qn("w:abstractNumId")): _abstract_levels(a)
                for a in numbering.findall(qn("w:abstractNum"))}
    out: dict[str, dict[int, Level]] = {}
    for num in numbering.findall(qn("w:num")):
        levels = dict(abstract.get(_val(num.find(qn("w:abstractNumId"))), {}))
        for override in num.findall(qn("w:lvlOverride")):
            level = int(override.get(qn("w:ilvl"), "0"))
            start = _val(override.find(qn("w:startOverride")))
            if level in levels and start is not None and start.isdigit():
                old = levels[level]
                levels[level] = Level(int(start), old.format, old.text)
        out[num.get(qn("w:numId"))] = levels
    return out


def _abstract_levels(abstract: Any) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.findall(qn("w:lvl")):
        start = _val(lvl.find(qn("w:start"))) or "1"
        levels[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
            int(start) if start.isdigit() else 1, _val(lvl.find(qn("w:numFmt"))) or "decimal",
            _val(lvl.find(qn("w:lvlText"))) or "")
    return levels


def _style_numbering(document: Any) -> dict[str, tuple[str, int] | None]:
    """Style id -> the numbering its paragraphs carry (from the style or those it is based on)."""
    styles = document.styles.element
    own: dict[str, tuple[str | None, int, str | None]] = {}
    for style in styles.findall(qn("w:style")):
        ppr = style.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        based = _val(style.find(qn("w:basedOn")))
        num_id = _val(num_pr.find(qn("w:numId"))) if num_pr is not None else None
        ilvl = _val(num_pr.find(qn("w:ilvl"))) if num_pr is not None else None
        own[style.get(qn("w:styleId"))] = (num_id, int(ilvl or 0), based)
    out: dict[str, tuple[str, int] | None] = {}
    for style_id in own:
        seen, current = set(), style_id
        while current in own and current not in seen:
            seen.add(current)
            found, depth, based = own[current]
            if found is not None:
                out[style_id] = None if found == "0" else (found, depth)
                break
            current = based  # type: ignore[assignment]
        else:
            out[style_id] = None
    return out


def _formatted(count: int, form: str) -> str:
    if form in ("lowerLetter", "upperLetter"):
        letters = ""
        while count > 0:
            count, rest = divmod(count - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if form == "upperLetter" else letters
    if form in ("lowerRoman", "upperRoman"):
        roman, left = "", count
        for value, numeral in ROMAN:
            while left >= value:
                roman, left = roman + numeral, left - value
        return roman.upper() if form == "upperRoman" else roman
    return str(count)
