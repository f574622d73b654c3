"""`sessional refdata treaty`: a secretariat brings a newer participation list itself, and
`check` then knows what the shipped list (complete only up to 2014) cannot say."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from .conftest import COSP_EXAMPLE, EXAMPLE, cli

UNTC_HEADER = 'Participant,Signature,"Ratification, Accession(a), Succession(d)"\n'


def test_the_shipped_list_says_up_to_when_it_is_complete() -> None:
    code, printed, _ = cli("refdata", "treaty", "show", "uncac")
    assert code == 0
    assert "complete up to 2014-07-10, not known after that date" in printed
    assert cli("refdata", "treaty", "show", "UNTOC")[1].startswith(
        "UNTOC: 188 participants, 185 parties, 3 signatories not (yet) parties; complete up to "
        "2014-01-27")


def test_an_exported_list_imported_as_complete_today_settles_irans_status_in_2017(
        tmp_path: Path) -> None:
    code, printed, _ = cli("check", str(EXAMPLE))
    assert "IRN: UNTOC status on 2017-10-09 not known to the reference data" in printed
    exported = tmp_path / "untoc.csv"
    code, text, _ = cli("refdata", "treaty", "export", "UNTOC")
    assert code == 0
    assert "IRN,Iran (Islamic Republic of),2000-12-12,," in text  # signed, no ratification
    exported.write_text(text, encoding="utf-8")
    code, printed, err = cli("refdata", "treaty", "import", str(exported), "--treaty", "UNTOC",
                             "--as-of", "2026-12-01")
    assert (code, err) == (0, "")
    assert "188 participants (185 parties, 3 signatories not parties), complete up to " \
        "2026-12-01" in printed and "0 changed" in printed
    code, printed, _ = cli("check", str(EXAMPLE))
    assert "status-unknown" not in printed and "1 error, 0 warnings" in printed
    # listed among the parties, Iran is now known to have been a signatory only
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"]["states_parties"]["items"].append("IRN")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, printed, _ = cli("check", str(wrong))
    assert "Iran (Islamic Republic of) (IRN) is listed among the States parties but was a " \
        "signatory in UNTOC on 2017-10-09 (signed 2000-12-12; not a party on 2026-12-01)" in printed


def _untc_day(iso: str) -> str:
    """2000-12-12 as the Treaty Collection prints it: 12 Dec 2000."""
    year, month, day = iso.split("-")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{int(day)} {months[int(month) - 1]} {year}"


def test_the_treaty_collections_table_is_read_with_its_dates_and_kinds_of_act(
        tmp_path: Path) -> None:
    _, text, _ = cli("refdata", "treaty", "export", "UNTOC")
    lines, letters = [UNTC_HEADER], {"accession": " a", "succession": " d"}
    for row in csv.DictReader(io.StringIO(text)):
        name, signed, party = row["name_en"], row["signature_date"], \
            row["ratification_or_accession_date"]
        if row["iso3"] == "JPN":
            name, party_cell = "Japan 2", "11 Jul 2017 A"  # a footnote; acceptance
        else:
            party_cell = _untc_day(party) + letters.get(row["action"], "") if party else ""
        if not signed and not party:
            continue  # a party whose date the shipped list lacks (Fiji, State of Palestine)
        lines.append(f'"{name}",{_untc_day(signed) if signed else ""},{party_cell}\n')
    untc = tmp_path / "untc.csv"
    untc.write_text("".join(lines), encoding="utf-8")
    code, printed, err = cli("refdata", "treaty", "import", str(untc), "--treaty", "UNTOC",
                             "--as-of", "2026-12-01", "--withdrawals")
    assert (code, err) == (0, ""), err
    assert "186 participants (183 parties, 3 signatories not parties)" in printed
    assert "FJI: no longer listed" in printed and "PSE: no longer listed" in printed
    _, text, _ = cli("refdata", "treaty", "export", "UNTOC")
    assert "JPN,Japan 2,2000-12-12,2017-07-11,acceptance," not in text  # footnote dropped
    assert "\nJPN,Japan,2000-12-12,2017-07-11,acceptance," in text
    assert "\nAUT,Austria,2000-12-12,2004-09-23,ratification," in text
    assert "\nBTN,Bhutan,,2023-03-21,accession," in text


def test_a_part_of_a_list_is_refused(tmp_path: Path) -> None:
    untc = tmp_path / "untc.csv"
    untc.write_text(UNTC_HEADER + "Austria,12 Dec 2000,23 Sep 2004\n", encoding="utf-8")
    code, _, err = cli("refdata", "treaty", "import", str(untc), "--treaty", "UNTOC",
                       "--as-of", "2026-12-01")
    assert code == 2
    assert "184 parties of the list in use are not parties in it (AFG, ALB, DZA" in err


def test_a_wrong_line_is_named_and_nothing_is_imported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(UNTC_HEADER + "Austria,12 Dec 2000,23 Sep 2004\nAtlantis,,1 Jan 2020 a\n",
                   encoding="utf-8")
    code, _, err = cli("refdata", "treaty", "import", str(bad), "--treaty", "UNTOC",
                       "--as-of", "2026-12-01")
    assert code == 2
    assert err.strip() == f"error: {bad}, line 3: 'Atlantis' is not a State of the reference data"
    bad.write_text(UNTC_HEADER + "Austria,twelfth of December,\n", encoding="utf-8")
    code, _, err = cli("refdata", "treaty", "import", str(bad), "--treaty", "UNTOC",
                       "--as-of", "2026-12-01")
    assert code == 2 and f"{bad}, line 2: 'twelfth of December' is not a date" in err
    code, _, err = cli("refdata", "treaty", "import", str(bad), "--treaty", "UNTOC",
                       "--as-of", "2013-12-31")
    assert code == 2 and "complete up to 2014-01-27; a list complete only up to 2013-12-31 " \
        "would not be newer" in err
    code, _, err = cli("refdata", "treaty", "import", str(bad), "--treaty", "Kyoto",
                       "--as-of", "2026-12-01")
    assert code == 2 and "'Kyoto' is not a treaty with participation data (known: UNTOC, " \
        "UNTOC-TIP, UNTOC-SOM, UNTOC-FA, UNCAC)" in err
    printed = cli("refdata", "treaty", "show", "UNTOC")[1]
    assert "complete up to 2014-01-27" in printed  # the shipped list is still the one in use


def test_a_uncac_session_is_checked_against_uncac(tmp_path: Path) -> None:
    data: dict[str, Any] = json.loads(COSP_EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"] = {"states_parties": {"items": ["AUT", "JPN"]}}
    for session in data["sessions"]:  # held in 2016: Japan accepted UNCAC on 11 July 2017
        session["dates"] = {"start": "2016-11-07", "end": "2016-11-11"}
    record = tmp_path / "cosp.json"
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _code, printed, _ = cli("check", str(record))
    assert "Japan (JPN) is listed among the States parties but was a signatory in UNCAC on " \
        "2016-11-07 (signed 2003-12-09; party only from 2017-07-11)" in printed
    assert "AUT" not in printed  # Austria: a UNCAC party since 2006
