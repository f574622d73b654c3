"""The three Protocols to UNTOC are treaties of their own, each shipped with its list as a 2014
scrape of the Treaty Collection's table has it (sources/data/untoc_{tip,som,fa}_untc_2014.csv),
complete up to the day the scrape last changed and "not known" after it, until a secretariat
imports a newer one. Expected values are read from those files (and counted here from them)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from .conftest import cli, protocol_record, source_file

SHIPPED = [  # treaty, the scrape's copy, participants, parties, signatories not parties, its day
    ("UNTOC-TIP", "untoc_tip_untc_2014.csv", 167, 159, 8, "2014-01-27"),
    ("UNTOC-SOM", "untoc_som_untc_2014.csv", 152, 138, 14, "2014-07-10"),
    ("UNTOC-FA", "untoc_fa_untc_2014.csv", 123, 109, 14, "2014-07-10"),
]


def _scrape(name: str) -> list[list[str]]:
    with source_file(f"data/{name}").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[1:]


@pytest.mark.parametrize(("treaty", "name", "participants", "parties", "signed", "day"), SHIPPED)
def test_each_protocol_ships_its_2014_list(treaty: str, name: str, participants: int,
                                           parties: int, signed: int, day: str) -> None:
    rows = _scrape(name)  # counted here: a party has a date in the third column
    assert (len(rows), sum(1 for r in rows if r[2]), sum(1 for r in rows if r[1] and not r[2])) \
        == (participants, parties, signed)
    code, printed, _ = cli("refdata", "treaty", "show", treaty)
    assert code == 0
    assert printed.splitlines()[0] == (
        f"{treaty}: {participants} participants, {parties} parties, {signed} signatories not "
        f"(yet) parties; complete up to {day}, not known after that date")
    assert printed.splitlines()[1].startswith(f"source: sources/data/{name}, a copy of github "
                                              "zmjones/untreaties treaties/18-12-")


def test_a_states_dates_are_the_scrapes() -> None:
    """Austria in the three scrapes: TIP "12 Dec 2000,15 Sep 2005", SOM "12 Dec 2000,30 Nov
    2007", Firearms "12 Nov 2001,9 Oct 2013"; Albania acceded to the Firearms Protocol ("8 Feb
    2008 a", under the heading "Approval(AA), …, Ratification")."""
    expected = {"UNTOC-TIP": "AUT,Austria,2000-12-12,2005-09-15,ratification,",
                "UNTOC-SOM": "AUT,Austria,2000-12-12,2007-11-30,ratification,",
                "UNTOC-FA": "AUT,Austria,2001-11-12,2013-10-09,ratification,"}
    for treaty, line in expected.items():
        exported = cli("refdata", "treaty", "export", treaty)[1].splitlines()
        assert next(row for row in exported if row.startswith("AUT,")).startswith(line)
    exported = cli("refdata", "treaty", "export", "XVIII-12-c")[1]
    assert '\nALB,Albania,,2008-02-08,accession,"github zmjones/untreaties treaties/18-12-c.csv ' \
        '@003ce1309cc2 (scrape of UNTC MTDSG XVIII-12-c; file last changed 2014-07-10), copied ' \
        'as sources/data/untoc_fa_untc_2014.csv line 2",high,,\n' in exported
    code, _, err = cli("refdata", "treaty", "show", "Kyoto")
    assert code == 2 and "(known: UNTOC, UNTOC-TIP, UNTOC-SOM, UNTOC-FA, UNCAC)" in err


def _record(tmp_path: Path) -> Path:
    return protocol_record(tmp_path / "tip.json", "UNTOC-TIP", "Trafficking in Persons Protocol",
                           ["AUT", "JPN"], ["IRN"])


def test_a_record_of_a_protocol_is_checked_against_the_protocols_list(tmp_path: Path) -> None:
    """The 2017 meeting is after the TIP list's day (2014-01-27): Austria is a party (2005);
    Japan had only signed (2002-12-09) and Iran is not listed, so both are "not known"."""
    record = _record(tmp_path)
    _, printed, _ = cli("check", str(record))
    assert "AUT" not in printed
    assert "JPN: UNTOC-TIP status on 2017-10-09 not known to the reference data (signed " \
        "2002-12-09; no ratification in the list, which is complete up to 2014-01-27; not " \
        "known after that date)" in printed
    assert "IRN: UNTOC-TIP status on 2017-10-09 not known to the reference data (not in the " \
        "list, which is complete up to 2014-01-27; not known after that date)" in printed
    assert "in UNTOC on" not in printed  # never the Convention's list instead
    # the secretariat brings a newer list: the one in use, exported, with Japan's acceptance
    # (our edit, test data) added
    exported = cli("refdata", "treaty", "export", "UNTOC-TIP")[1]
    japan = next(line for line in exported.splitlines() if line.startswith("JPN,"))
    listed = tmp_path / "tip.csv"
    listed.write_text(exported.replace(japan, "JPN,Japan,2002-12-09,2017-07-11,acceptance,"
                                              "our edit,high,,"), encoding="utf-8")
    code, printed, err = cli("refdata", "treaty", "import", str(listed), "--treaty", "UNTOC-TIP",
                             "--as-of", "2026-11-30")
    assert (code, err) == (0, "")
    assert printed.startswith("UNTOC-TIP: 167 participants (160 parties, 7 signatories not "
                              "parties), complete up to 2026-11-30; kept in ")
    assert printed.splitlines()[1:] == ["1 changed from the list in use before:",
                                        "  JPN: party since 2017-07-11 (was: signed 2002-12-09)"]
    assert cli("refdata", "treaty", "show", "UNTOC-TIP")[1].startswith(
        "UNTOC-TIP: 167 participants, 160 parties, 7 signatories not (yet) parties; complete "
        "up to 2026-11-30")
    _, printed, _ = cli("check", str(record))
    assert "status-unknown" not in printed and "AUT" not in printed and "JPN" not in printed
    assert "Iran (Islamic Republic of) (IRN) is listed among the signatories but was not a " \
        "participant in UNTOC-TIP on 2017-10-09 (not in the list (complete up to 2026-11-30))" \
        in printed


def test_the_scrape_imported_as_it_is_reads_as_the_shipped_list(tmp_path: Path) -> None:
    """`treaty import` and the build read the Treaty Collection's table alike: the Firearms
    scrape imported a day later changes nothing."""
    code, printed, err = cli("refdata", "treaty", "import",
                             str(source_file("data/untoc_fa_untc_2014.csv")), "--treaty",
                             "UNTOC-FA", "--as-of", "2014-07-11")
    assert (code, err) == (0, "")
    assert printed.startswith("UNTOC-FA: 123 participants (109 parties, 14 signatories not "
                              "parties), complete up to 2014-07-11; kept in ")
    assert printed.splitlines()[1:] == ["0 changed from the list in use before"]
