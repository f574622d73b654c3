"""The UN Treaty Collection's "Status of Treaties" page of one treaty (treaties.un.org,
ShowMTDSGDetails.aspx?mtdsg_no=XVIII-12-b), saved from a browser as HTML: the day it is as at
and the rows of its table of participants.

The page states its day in a header block ("STATUS AS AT : 26-04-2024 05:02:23 EDT", day first)
and lists the participants in a table whose header row reads "Participant", "Signature" and a
third column whose heading varies by treaty ("Ratification, Acceptance(A), Approval(AA),
Accession(a), Succession(d)"); the third column is the date on which the participant became a
party. Footnote numbers are kept as the page prints them (the caller strips them); text in
<sup> is a footnote mark and is left out. A participant that withdrew is printed between
brackets ("[Name]") and is not a participant: its row is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree, html

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
STATUS_AS_AT = re.compile(r"STATUS\s+AS\s+AT\s*:\s*(\d{1,2})-(\d{1,2})-(\d{4})", re.IGNORECASE)


class StatusPageUnreadable(ValueError):
    """Not a status page this program can read; the message names the file."""


@dataclass(frozen=True)
class ParticipantRow:
    number: int
    """Its place among the rows of the table below the header, from 1."""
    participant: str
    signature: str
    party: str
    """The third column: ratification, acceptance, approval, accession or succession."""


@dataclass(frozen=True)
class StatusPage:
    status_as_at: dt.date | None
    """The day the page states it is as at; None when it states none."""
    party_heading: str
    rows: tuple[ParticipantRow, ...]


def read_status_page(data: bytes, name: str) -> StatusPage:
    """The day and the participants of a saved status page. Raises StatusPageUnreadable."""
    try:
        root = html.document_fromstring(_text(data))
    except (etree.ParserError, ValueError) as error:
        raise StatusPageUnreadable(f"{name}: not an HTML page ({error})") from None
    for element in root.xpath("//script | //style | //sup"):
        element.drop_tree()
    header = next((row for row in root.iter("tr") if _is_header(_cells(row))), None)
    if header is None:
        raise StatusPageUnreadable(
            f"{name}: no table whose header reads 'Participant', 'Signature', 'Ratification…' "
            "(save the Treaty Collection's status page of the treaty, with its table)")
    table = next(header.iterancestors("table"))
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    listed = []
    for number, row in enumerate(rows[rows.index(header) + 1:], start=1):
        cells = [*_cells(row), "", "", ""][:3]
        if any(cells) and not cells[0].startswith("["):
            listed.append(ParticipantRow(number, *cells))
    return StatusPage(_as_at(root), _cells(header)[2], tuple(listed))


def _text(data: bytes) -> str | bytes:
    """The page as text when it is UTF-8 (a page saved without its charset would otherwise be
    read as Latin-1: 'TÃ¼rkiye'); else its bytes, for lxml to decode by the charset it declares."""
    try:
        return XML_DECLARATION.sub("", data.decode("utf-8-sig"), count=1)
    except UnicodeDecodeError:
        return data


def _cells(row: html.HtmlElement) -> list[str]:
    return [" ".join(cell.text_content().split()) for cell in row.xpath("./td | ./th")]


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 3 and cells[0].startswith("Participant") and \
        cells[1].startswith("Signature")


def _as_at(root: html.HtmlElement) -> dt.date | None:
    found = STATUS_AS_AT.search(" ".join(root.text_content().split()))
    if found is None:
        return None
    try:
        return dt.date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None
