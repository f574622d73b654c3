"""Where the UN layout puts what on page 1, written once: every format reads it from here.

The foot of page 1 carries the language version's job number at the bottom left, and page 1
has no page number (later pages carry the running head and the page number). UN documents put
the job number on the left in every language, Arabic included: the Arabic A/65/L.78 writes
its foot "150611 11-37474 (A)", a right-to-left line that reads on the page as the English
"11-37476* (E) 160611" does, job number leftmost; the job number is Latin text (digits, the
duty station's prefix, the language letter) and is set left to right in every language.
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


def first_page_foot(report: Report) -> PageFoot:
    """The foot of page 1: the job number (or its placeholder), left, set left to right."""
    return PageFoot(report.masthead.job_number, JOB_NUMBER_SIDE, "ltr")
