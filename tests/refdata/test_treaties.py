"""Participation in UNTOC and UNCAC on a date, from the UNTC snapshots in sources/data (UNTOC
complete up to 2014-01-27, UNCAC up to 2014-07-10) and the rows added after them; expected
values read from those CSV rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sessional.refdata import treaty_status, untoc_status


def test_party_signatory_and_unknown_on_a_date() -> None:
    day = dt.date(2017, 10, 9)
    assert untoc_status("SWZ", day).standing == "party"
    assert untoc_status("EU", day).standing == "party"
    assert untoc_status("JPN", dt.date(2017, 7, 10)).standing == "signatory"
    assert untoc_status("JPN", dt.date(2017, 7, 11)).standing == "party"
    assert untoc_status("PSE", day).standing == "party"  # listed as a party by January 2015
    assert untoc_status("PSE", dt.date(2014, 12, 1)).standing == "unknown"  # deposit date unknown
    assert untoc_status("FJI", day).standing == "unknown"  # acceded "in 2017", day not found
    assert untoc_status("XXX", day).standing == "unknown"


def test_after_the_lists_date_only_what_it_states_is_known() -> None:
    """Iran signed UNTOC on 2000-12-12 and is no party in the snapshot of 2014-01-27: a
    signatory then; in 2017 a ratification after the snapshot cannot be ruled out."""
    assert untoc_status("IRN", dt.date(2013, 6, 1)).standing == "signatory"
    later = untoc_status("IRN", dt.date(2017, 10, 9))
    assert later.standing == "unknown"
    assert "complete up to 2014-01-27" in later.reason and "not known after" in later.reason
    # a State the snapshot does not list took no action before it; after it, unknown
    assert untoc_status("XXX", dt.date(2013, 6, 1)).standing == "not_participant"


def test_uncac_participation_comes_from_its_own_list() -> None:
    day = dt.date(2014, 7, 1)  # before the UNCAC snapshot's date
    assert treaty_status("UNCAC", "AUT", day).standing == "party"  # ratified 2006-01-11
    assert treaty_status("UNCAC", "DEU", day).standing == "signatory"  # signed 2003-12-09
    assert treaty_status("UNCAC", "PSE", day).standing == "party"  # acceded 2014-04-02
    assert treaty_status("UNCAC", "PSE", dt.date(2014, 4, 1)).standing == "not_participant"
    assert treaty_status("UNCAC", "EU", day).standing == "party"  # approval 2008-11-12
    assert treaty_status("UNCAC", "JPN", dt.date(2017, 7, 11)).standing == "party"
    # Palestine is a UNCAC party from 2014 but no UNTOC party before January 2015
    assert untoc_status("PSE", day).standing == "unknown"
    assert treaty_status("UNCAC", "DEU", dt.date(2016, 1, 1)).standing == "unknown"
    assert treaty_status("CCPCJ", "AUT", day).standing == "unknown"  # no data for it


def test_every_seed_state_has_a_status_on_the_meeting_date(seed_facts: dict[str, Any]) -> None:
    day = dt.date(2017, 10, 9)
    parties = seed_facts["attendance"]["states_parties"]["iso3"]
    assert {untoc_status(c, day).standing for c in parties} == {"party"}
    assert untoc_status("IRN", day).standing == "unknown"  # signatory in 2014, see above


def test_a_protocol_has_its_own_list_complete_up_to_its_scrapes_day() -> None:
    """From the 2014 scrapes (sources/data/untoc_*_untc_2014.csv): Austria ratified the TIP
    Protocol on 15 Sep 2005 and the Firearms Protocol on 9 Oct 2013 (signed 12 Nov 2001); the
    United States, a UNTOC party, is not in the Firearms list, which says nothing of UNTOC's."""
    assert treaty_status("UNTOC-TIP", "AUT", dt.date(2005, 9, 14)).standing == "signatory"
    assert treaty_status("UNTOC-TIP", "AUT", dt.date(2005, 9, 15)).standing == "party"
    assert treaty_status("UNTOC-FA", "AUT", dt.date(2010, 1, 1)).standing == "signatory"
    assert treaty_status("UNTOC-FA", "AUT", dt.date(2013, 10, 9)).standing == "party"
    assert treaty_status("UNTOC-SOM", "AUT", dt.date(2007, 11, 30)).standing == "party"
    assert treaty_status("UNTOC-FA", "USA", dt.date(2014, 7, 10)).standing == "not_participant"
    later = treaty_status("UNTOC-FA", "USA", dt.date(2014, 7, 11))
    assert later.standing == "unknown"
    assert later.reason == "not in the list, which is complete up to 2014-07-10; not known " \
        "after that date"
    assert treaty_status("UNTOC-TIP", "USA", dt.date(2014, 1, 28)).reason == \
        "instrument deposited 2005-11-03"
    assert untoc_status("USA", dt.date(2014, 7, 10)).standing == "party"


@pytest.mark.parametrize(("treaty", "participant", "day", "standing", "reason"), [
    # sources/data/untoc_status.csv: Swaziland ratified 2012-09-24
    ("UNTOC", "SWZ", dt.date(2017, 10, 9), "party", "instrument deposited 2012-09-24"),
    ("UNTOC", "EU", dt.date(2017, 10, 9), "party", "instrument deposited 2004-05-21"),
    # Japan signed 2000-12-12, party 2017-07-11
    ("UNTOC", "JPN", dt.date(2017, 7, 10), "signatory",
     "signed 2000-12-12; party only from 2017-07-11"),
    ("UNTOC", "PSE", dt.date(2017, 10, 9), "party",
     "known to be a party by 2015-01-31; date of deposit not in the data"),
    ("UNTOC", "PSE", dt.date(2014, 12, 1), "unknown",
     "party, date of deposit not in the data (party by January 2015 (not in the mid-2014 UNTC "
     "snapshot); exact date of deposit NOT FOUND; accession inferred (never a signatory))"),
    ("UNTOC", "IRN", dt.date(2013, 6, 1), "signatory", "signed 2000-12-12; not a party on "
                                                       "2014-01-27"),
    ("UNTOC", "IRN", dt.date(2017, 10, 9), "unknown",
     "signed 2000-12-12; no ratification in the list, which is complete up to 2014-01-27; not "
     "known after that date"),
    ("UNTOC", "XXX", dt.date(2013, 6, 1), "not_participant",
     "not in the list (complete up to 2014-01-27)"),
    # sources/data/uncac_status.csv: Palestine acceded 2014-04-02
    ("UNCAC", "PSE", dt.date(2014, 4, 1), "not_participant", "party only from 2014-04-02"),
    ("CCPCJ", "AUT", dt.date(2014, 7, 1), "unknown", "no participation data for CCPCJ"),
    # sources/data/untoc_tip_untc_2014.csv: Austria signed 12 Dec 2000, ratified 15 Sep 2005
    ("UNTOC-TIP", "AUT", dt.date(2005, 9, 14), "signatory",
     "signed 2000-12-12; party only from 2005-09-15"),
])
def test_each_standing_says_why(treaty: str, participant: str, day: dt.date, standing: str,
                                reason: str) -> None:
    status = treaty_status(treaty, participant, day)
    assert (status.standing, status.reason) == (standing, reason)
    # the row of the list it comes from, where the list has one
    assert (status.participation is None) == (participant == "XXX" or treaty == "CCPCJ")


def test_a_participant_s_row_keeps_every_column_of_sources_data_untoc_status_csv() -> None:
    from sessional.refdata.treaties import Participation, treaty_list

    untoc = treaty_list("UNTOC")
    assert untoc is not None
    assert (untoc.treaty, untoc.complete_as_of, untoc.source) == (
        "UNTOC", dt.date(2014, 1, 27), "sources/data/untoc_status.csv (see sources/SOURCES.md)")
    assert untoc.participants["SWZ"] == Participation(
        "SWZ", "Swaziland", dt.date(2000, 12, 14), dt.date(2012, 9, 24), "ratification", True,
        None, "github zmjones/untreaties treaties/18-12.csv @003ce1309cc2 (scrape of UNTC "
        "MTDSG XVIII-12; file last changed 2014-01-27)", "high", "")
    japan = untoc.participants["JPN"]
    assert (japan.action, japan.confidence, japan.notes) == (
        None, "medium", "type of instrument not stated in the source; left blank")


@pytest.mark.parametrize(("participant", "day", "standing", "reason"), [
    ("JPN", dt.date(2000, 12, 12), "signatory", "signed 2000-12-12; party only from 2017-07-11"),
    ("JPN", dt.date(2000, 12, 11), "not_participant", "party only from 2017-07-11"),
    ("IRN", dt.date(2000, 12, 12), "signatory", "signed 2000-12-12; not a party on 2014-01-27"),
    ("PSE", dt.date(2015, 1, 31), "party",
     "known to be a party by 2015-01-31; date of deposit not in the data"),
])
def test_a_standing_holds_from_the_very_day_of_its_action(participant: str, day: dt.date,
                                                          standing: str, reason: str) -> None:
    status = untoc_status(participant, day)
    assert (status.standing, status.reason) == (standing, reason)


def test_an_imported_list_with_a_participant_of_no_dated_action(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer list a user imported (complete to a later day than the shipped one) is the one
    read; a row without a date of signature or deposit says so."""
    import json

    monkeypatch.setenv("SESSIONAL_DATA_DIR", str(tmp_path))
    (tmp_path / "refdata").mkdir()
    row = {"participant": "XKX", "name_en": "Someland", "signature": None, "party_since": None,
           "action": None, "party": False, "party_by": None, "source": "a test",
           "confidence": "low", "notes": ""}
    (tmp_path / "refdata" / "treaty_status.UNTOC.json").write_text(json.dumps({
        "treaty": "UNTOC", "complete_as_of": "2020-01-01", "source": "imported",
        "participants": [row]}), encoding="utf-8")
    status = untoc_status("XKX", dt.date(2019, 6, 1))
    assert (status.standing, status.reason) == ("unknown", "no dated action in the data")
    assert status.participation is not None and status.participation.name_en == "Someland"


def test_the_stamp_of_the_lists_changes_when_a_list_is_imported(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sessional.refdata.treaties import TREATIES, lists_stamp

    monkeypatch.setenv("SESSIONAL_DATA_DIR", str(tmp_path))
    assert lists_stamp() == (None,) * len(TREATIES)
    (tmp_path / "refdata").mkdir()
    imported = tmp_path / "refdata" / "treaty_status.UNTOC.json"
    imported.write_text("{}", encoding="utf-8")
    stamp = lists_stamp()
    assert stamp[list(TREATIES).index("UNTOC")] == (str(imported), imported.stat().st_mtime_ns)
    assert stamp.count(None) == len(TREATIES) - 1
