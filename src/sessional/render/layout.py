"""Where the UN layout puts what on page 1, written once: every format reads it from here.

The foot of page 1 carries the language version's job number at the bottom left, and page 1
has no page number (later pages carry the running head and the page number). UN documents put
the job number on the left in every language, Arabic included: the Arabic A/65/L.78 writes
its foot "150611 11-37474 (A)", a right-to-left line that reads on the page as the English
"11-37476* (E) 160611" does, job number leftmost; the job number is Latin text (digits, the
duty station's prefix, the language letter) and is set left to right in every language.

Paragraph numbers: "6." in every language but Arabic, where UN documents write the number, a
space and a hyphen, "6 -", the number at the right of the line and the hyphen to its left
(the Arabic A/73/512, the First Committee's report of 2018, numbers its paragraphs "1 -",
"2 -" against the English "1.", "2.", and heads its chapter "أولا -" for "I."; the General
Assembly's Arabic resolutions number theirs "4 -", "5 -"). The digits are the European ones
the Arabic body text uses (dates, symbols, "70/69"), the Arabic-Indic "١ -" of some older
files aside.

Masthead sides: the organization at the head's start and the symbol at its end, with the
distribution lines under the symbol: in a left-to-right document the organization on the
left and the symbol on the right; in Arabic the page is mirrored, "الأمم المتحدة" on the right
and the symbol, with "Distr.", the date and "Original:", on the left (the Arabic A/65/L.78
and A/73/512 against their English versions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..compose import Parts, Report

Side = Literal["left", "right"]  # the page's own sides, the same in Arabic


@dataclass(frozen=True)
class PageFoot:
    parts: Parts
    side: Side
    direction: Literal["ltr", "rtl"]


JOB_NUMBER_SIDE: Side = "left"
# Pages after the first: the symbol (running head) and the page number at the page's outer
# side, as UN documents print them (the English A/73/512: page 2 "A/73/512" and "2/15" at the
# left, page 3 at the right); in the line's own direction, so that Arabic pages are mirrored
# (odd pages at the left, even pages at the right), as the DOCX's odd and even footers are.
OUTER_SIDE: dict[Literal["odd", "even"], Literal["start", "end"]] = {"odd": "end", "even": "start"}
# Chinese has no italics: its sub-headings (italic elsewhere) are set upright and bold
UPRIGHT_LANGUAGES = frozenset({"zh"})
PARAGRAPH_NUMBER_FORMS = {"ar": "{} -"}  # every other language: "{}."


def paragraph_number_form(lang: str) -> str:
    """The paragraph number's form with "{}" for the number: "{}." or, in Arabic, "{} -"."""
    return PARAGRAPH_NUMBER_FORMS.get(lang, "{}.")


def paragraph_number(lang: str, number: int) -> str:
    """Paragraph 6 as the language's UN documents print it: "6." or "6 -"."""
    return paragraph_number_form(lang).format(number)


def first_page_foot(report: Report) -> PageFoot:
    """The foot of page 1: the job number (or its placeholder), left, set left to right."""
    return PageFoot(report.masthead.job_number, JOB_NUMBER_SIDE, "ltr")
