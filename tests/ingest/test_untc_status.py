"""The Treaty Collection's status page as a browser saves it: the table in <thead>/<tbody> (as
a browser's DOM has it), footnote marks in <sup>, its day in the header block. Pages of our
own in that shape."""

from __future__ import annotations

import datetime as dt

import pytest

from sessional.ingest.untc_status import StatusPageUnreadable, read_status_page

PAGE = """<html><body><p>STATUS AS AT : {day} 05:02:23 EDT</p>
<table><tr><td>layout: Participant Signature Ratification</td></tr></table>
<table><thead><tr><th>Participant<sup>1</sup></th><th>Signature</th>
<th>Approval(AA), Acceptance(A), Accession(a), Succession(d), Ratification</th></tr></thead>
<tbody><tr><td>Albania</td><td></td><td>8 Feb 2008 a<sup>4</sup></td></tr>
<tr><td colspan="3"></td></tr>
<tr><td>[Ruritania]</td><td>1 Jan 2001</td><td></td></tr>
<tr><td>Austria</td><td>12&nbsp;Dec&nbsp;2000</td></tr></tbody></table></body></html>"""


def test_the_table_below_its_header_and_the_pages_day() -> None:
    page = read_status_page(PAGE.format(day="04-05-2024").encode(), "p.html")
    assert page.status_as_at == dt.date(2024, 5, 4)  # day first
    assert page.party_heading == "Approval(AA), Acceptance(A), Accession(a), Succession(d), " \
        "Ratification"
    assert [(r.number, r.participant, r.signature, r.party) for r in page.rows] == [
        (1, "Albania", "", "8 Feb 2008 a"),  # the empty row 2 and withdrawn row 3 left out
        (4, "Austria", "12 Dec 2000", "")]  # a row short of a cell: the party column empty


def test_a_day_that_is_no_date_is_no_day() -> None:
    assert read_status_page(PAGE.format(day="31-02-2024").encode(), "p.html").status_as_at \
        is None


def test_a_page_without_the_table_is_refused_naming_the_file() -> None:
    with pytest.raises(StatusPageUnreadable, match=r"^p\.html: no table whose header reads"):
        read_status_page(b"<html><body><p>Status of Treaties</p></body></html>", "p.html")
    with pytest.raises(StatusPageUnreadable, match=r"^p\.html: not an HTML page"):
        read_status_page(b"", "p.html")
