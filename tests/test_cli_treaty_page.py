"""`sessional refdata treaty import status.html`: the UN Treaty Collection's status page saved
from a browser. The page below is test data of our own in the page's shape (a header block with
its "STATUS AS AT" day, a layout table, the participants table with footnote numbers and
superscripts, a withdrawn participant between brackets), not a copy of the page. Its first rows
are ours (ROWS); the rest are the shipped Smuggling of Migrants list's other rows (the 2014
scrape sources/data/untoc_som_untc_2014.csv: 152 participants, 138 parties, 14 signatories), so
that the page is a whole list, which drops no party of the list in use."""

from __future__ import annotations

import csv
from pathlib import Path

from .conftest import cli, protocol_record, source_file

ROWS = """
<tr><td>Austria</td><td>12 Dec 2000</td><td>30 Nov 2007</td></tr>
<tr><td>Iran (Islamic Republic of)</td><td>12 Dec 2000</td><td></td></tr>
<tr><td>Netherlands (Kingdom of the)<sup>5</sup></td><td>12 Dec 2000</td>
    <td>27 Jul 2005 A<sup>6</sup></td></tr>
<tr><td>Montenegro<sup>3</sup></td><td></td><td>23 Oct 2006 d</td></tr>
<tr><td>Bhutan</td><td></td><td>21&nbsp;Mar&nbsp;2023&nbsp;a</td></tr>
<tr><td>[Ruritania]<sup>6</sup></td><td>12 Dec 2000</td><td>1 Feb 2004</td></tr>
<tr><td>European Union 2</td><td>12 Dec 2000</td><td>6 Sep 2006 AA</td></tr>
<tr><td>Japan</td><td>9 Dec 2002</td><td>11 Jul 2017 A</td></tr>
<tr><td>Türkiye 4, 7</td><td>13 Dec 2000</td><td>4 Mar 2004</td></tr>
"""
# the scrape's rows for the participants ROWS lists (it lists neither Iran nor Bhutan)
IN_ROWS = {"Austria", "Netherlands", "Montenegro", "European Union", "Japan", "Turkey"}


def _shipped_rows() -> str:
    with source_file("data/untoc_som_untc_2014.csv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f)][1:]
    assert len(rows) == 152 and {r[0] for r in rows} >= IN_ROWS
    return "".join(f"<tr><td>{name}</td><td>{signed}</td><td>{party}</td></tr>\n"
                   for name, signed, party in rows if name not in IN_ROWS)


def _page(tmp_path: Path, rows: str = ROWS, status: str = "STATUS AS AT : 26-04-2024 05:02:23 "
          "EDT", name: str = "status.html", charset: str = '<meta charset="utf-8">') -> Path:
    page = tmp_path / name
    page.write_text(f"""<!DOCTYPE html>
<html><head>{charset}<title>UNTC</title>
<script>var header = "Participant Signature Ratification";</script></head>
<body><table class="layout"><tr><td><div id="header">{status}</div>
<h2>CHAPTER XVIII PENAL MATTERS</h2></td></tr>
<tr><td><table id="participants">
<tr><th>Participant</th><th>Signature</th>
    <th>Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)</th></tr>
{rows}{_shipped_rows()}</table></td></tr></table>
<p>5 For the Kingdom in Europe.</p></body></html>""", encoding="utf-8")
    return page


def test_a_saved_status_page_is_imported_as_at_its_own_day(tmp_path: Path) -> None:
    page = _page(tmp_path)
    code, printed, err = cli("refdata", "treaty", "import", str(page), "--treaty", "XVIII-12-b")
    assert (code, err) == (0, ""), err
    lines = printed.splitlines()
    assert lines[0].startswith("UNTOC-SOM: 154 participants (140 parties, 14 signatories not "
                               "parties), complete up to 2024-04-26; kept in ")
    assert lines[1] == "complete up to 2024-04-26: the page's 'STATUS AS AT' day (--as-of not " \
        "given)"
    assert lines[2:] == [  # what our rows say differently of the shipped list
        "4 changed from the list in use before:",
        "  IRN: signed 2000-12-12 (new)",
        "  BTN: party since 2023-03-21 (new)",
        "  JPN: party since 2017-07-11 (was: signed 2002-12-09)",
        "  TUR: party since 2004-03-04 (was: party since 2003-03-25)"]
    _, text, _ = cli("refdata", "treaty", "export", "UNTOC-SOM")
    assert len(text.splitlines()) == 1 + 154
    assert "ALB,Albania,2000-12-12,2002-08-21,ratification,status.html row 10,as imported,," \
        in text.splitlines()  # the first of the scrape's rows, after our nine
    assert text.splitlines()[1:9] == [
        "AUT,Austria,2000-12-12,2007-11-30,ratification,status.html row 1,as imported,,",
        "IRN,Iran (Islamic Republic of),2000-12-12,,,status.html row 2,as imported,,",
        "NLD,Netherlands (Kingdom of the),2000-12-12,2005-07-27,acceptance,status.html row 3,"
        "as imported,,",
        "MNE,Montenegro,,2006-10-23,succession,status.html row 4,as imported,,",
        "BTN,Bhutan,,2023-03-21,accession,status.html row 5,as imported,,",
        ",European Union,2000-12-12,2006-09-06,approval,status.html row 7,as imported,,",
        "JPN,Japan,2002-12-09,2017-07-11,acceptance,status.html row 8,as imported,,",
        "TUR,Türkiye,2000-12-13,2004-03-04,ratification,status.html row 9,as imported,,"]


def test_the_imported_page_is_what_check_uses_for_the_protocol(tmp_path: Path) -> None:
    page = _page(tmp_path)
    assert cli("refdata", "treaty", "import", str(page), "--treaty", "UNTOC-SOM",
               "--as-of", "2024-05-01")[1].startswith(
        "UNTOC-SOM: 154 participants (140 parties, 14 signatories not parties), complete up to "
        "2024-05-01; kept in ")  # --as-of, when given, is the day
    record = protocol_record(tmp_path / "som.json", "UNTOC-SOM", "Smuggling of Migrants Protocol",
                             ["AUT", "BTN"], ["IRN"])
    _, printed, _ = cli("check", str(record))
    assert "Bhutan (BTN) is listed among the States parties but was not a participant in " \
        "UNTOC-SOM on 2017-10-09 (party only from 2023-03-21)" in printed
    assert "AUT" not in printed and "IRN" not in printed  # a party; a signatory, as listed


def test_a_page_saved_without_its_charset_is_read_as_utf8(tmp_path: Path) -> None:
    page = _page(tmp_path, charset="")
    code, _, err = cli("refdata", "treaty", "import", str(page), "--treaty", "UNTOC-SOM")
    assert (code, err) == (0, "")
    assert "\nTUR,Türkiye,2000-12-13,2004-03-04,ratification," in cli(
        "refdata", "treaty", "export", "UNTOC-SOM")[1]


def test_an_unknown_participant_is_refused_naming_its_row(tmp_path: Path) -> None:
    page = _page(tmp_path, ROWS.replace("<td>Japan</td>", "<td>Atlantis<sup>8</sup></td>"))
    code, _, err = cli("refdata", "treaty", "import", str(page), "--treaty", "UNTOC-SOM")
    assert code == 2
    assert err.strip() == f"error: {page}, row 8 of the participants table: 'Atlantis' is not " \
        "a State of the reference data"
    assert cli("refdata", "treaty", "show", "UNTOC-SOM")[1].startswith(
        "UNTOC-SOM: 152 participants, 138 parties, 14 signatories not (yet) parties; complete "
        "up to 2014-07-10")  # the shipped list is still the one in use


def test_a_page_without_its_day_or_its_table_is_refused(tmp_path: Path) -> None:
    page = _page(tmp_path, status="Status of Treaties")
    code, _, err = cli("refdata", "treaty", "import", str(page), "--treaty", "UNTOC-SOM")
    assert code == 2
    assert err.strip() == f"error: --as-of: not given, and {page} states no 'STATUS AS AT' " \
        "day; say up to which day it is complete (YYYY-MM-DD)"
    other = tmp_path / "other.htm"
    other.write_text("<html><body><table><tr><td>Participant</td><td>Date</td></tr></table>"
                     "</body></html>", encoding="utf-8")
    code, _, err = cli("refdata", "treaty", "import", str(other), "--treaty", "UNTOC-SOM",
                       "--as-of", "2024-04-26")
    assert code == 2
    assert err.strip() == f"error: {other}: no table whose header reads 'Participant', " \
        "'Signature', 'Ratification…' (save the Treaty Collection's status page of the " \
        "treaty, with its table)"


def test_a_page_dated_after_today_is_refused(tmp_path: Path) -> None:
    page = _page(tmp_path, status="STATUS AS AT : 01-01-2999 00:00:00 EDT")
    code, _, err = cli("refdata", "treaty", "import", str(page), "--treaty", "UNTOC-SOM")
    assert code == 2
    assert err.startswith(f"error: {page}: its 'STATUS AS AT' day 2999-01-01 is after today (")
