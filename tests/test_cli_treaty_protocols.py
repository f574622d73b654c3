"""The three Protocols to UNTOC are treaties of their own: no list of their participants is
shipped, so `check` says "not known" of every State until a secretariat imports one."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import EXAMPLE, cli

UNTC_HEADER = 'Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"\n'


def test_a_protocol_is_shown_as_having_no_list_and_how_to_bring_one() -> None:
    code, printed, _ = cli("refdata", "treaty", "show", "untoc-tip")
    assert code == 0
    assert printed.splitlines() == [
        "UNTOC-TIP (UN Treaty Collection XVIII-12-a): no list of participants is shipped or "
        "imported; every State's standing is not known",
        "bring one: sessional refdata treaty import FILE --treaty UNTOC-TIP (FILE: the Treaty "
        "Collection's status page saved as HTML, or a CSV)"]
    # named by its number in the Treaty Collection
    assert cli("refdata", "treaty", "show", "XVIII-12-c")[1].startswith(
        "UNTOC-FA (UN Treaty Collection XVIII-12-c): no list")
    code, _, err = cli("refdata", "treaty", "show", "Kyoto")
    assert code == 2 and "(known: UNTOC, UNTOC-TIP, UNTOC-SOM, UNTOC-FA, UNCAC)" in err


def _record(tmp_path: Path) -> Path:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["convention"] = {"key": "UNTOC-TIP", "name": {"en": "Trafficking in Persons Protocol"}}
    data["attendance"]["states_parties"]["items"] = ["AUT", "JPN"]
    data["attendance"]["signatories"]["items"] = ["IRN"]
    record = tmp_path / "tip.json"
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return record


def test_a_record_of_a_protocol_is_checked_against_the_protocols_list(tmp_path: Path) -> None:
    record = _record(tmp_path)
    _, printed, _ = cli("check", str(record))
    assert "AUT: UNTOC-TIP status on 2017-10-09 not known to the reference data (no list of " \
        "UNTOC-TIP participants is shipped or imported; not known)" in printed
    assert "JPN: UNTOC-TIP status on 2017-10-09 not known" in printed
    assert "IRN: UNTOC-TIP status on 2017-10-09 not known" in printed
    assert "in UNTOC on" not in printed  # never the Convention's list instead
    listed = tmp_path / "tip.csv"  # our own test list, not the Treaty Collection's
    listed.write_text(UNTC_HEADER + "Austria,12 Dec 2000,15 Sep 2005\n"
                      "Japan 3,9 Dec 2002,11 Jul 2017 A\n", encoding="utf-8")
    code, printed, err = cli("refdata", "treaty", "import", str(listed), "--treaty", "UNTOC-TIP",
                             "--as-of", "2026-11-30")
    assert (code, err) == (0, "")
    assert printed.splitlines()[1:4] == [
        "2 changed from the list in use before:",
        "  AUT: party since 2005-09-15 (new)",
        "  JPN: party since 2017-07-11 (new)"]
    assert printed.startswith("UNTOC-TIP: 2 participants (2 parties, 0 signatories not "
                              "parties), complete up to 2026-11-30; kept in ")
    assert cli("refdata", "treaty", "show", "UNTOC-TIP")[1].startswith(
        "UNTOC-TIP: 2 participants, 2 parties, 0 signatories not (yet) parties; complete up to "
        "2026-11-30")
    _, printed, _ = cli("check", str(record))
    assert "status-unknown" not in printed and "AUT" not in printed and "JPN" not in printed
    assert "Iran (Islamic Republic of) (IRN) is listed among the signatories but was not a " \
        "participant in UNTOC-TIP on 2017-10-09 (not in the list (complete up to 2026-11-30))" \
        in printed


def test_the_party_column_is_the_third_whatever_its_heading(tmp_path: Path) -> None:
    """The Firearms Protocol's table heads its third column "Approval(AA), Acceptance(A),
    Accession(a), Succession(d), Ratification" (as a 2014 scrape of it has it)."""
    listed = tmp_path / "firearms.csv"  # our own test rows
    listed.write_text('Participant,Signature,"Approval(AA), Acceptance(A), Accession(a), '
                      'Succession(d), Ratification"\nAlbania,,8 Feb 2008 a\n'
                      "Austria,12 Dec 2000,\n", encoding="utf-8")
    code, printed, err = cli("refdata", "treaty", "import", str(listed), "--treaty", "UNTOC-FA",
                             "--as-of", "2026-11-30")
    assert (code, err) == (0, "")
    assert printed.startswith("UNTOC-FA: 2 participants (1 parties, 1 signatories not parties)")
    assert "  ALB: party since 2008-02-08 (new)" in printed.splitlines()
