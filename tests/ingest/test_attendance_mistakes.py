"""Reports with mistakes in their attendance lists (issue 11): a State named twice in one list,
a signatory listed among the parties. Read as the report says, and said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sessional.cli import app
from sessional.ingest import ingest_text
from sessional.model import Lang

CORPUS = Path(__file__).parent / "corpus"
runner = CliRunner()


def _read(lang: Lang):  # type: ignore[no-untyped-def]
    text = (CORPUS / f"review-named-twice.{lang}.txt").read_text(encoding="utf-8")
    return ingest_text(text, lang)


@pytest.mark.parametrize(("lang", "germany"), [("en", "Germany"), ("zh", "德国")])
def test_a_state_named_twice_in_a_list_is_kept_once_and_said(lang: Lang, germany: str) -> None:
    result = _read(lang)
    assert list(result.record.attendance.states_parties.items) == [
        "AUT", "DEU", "ITA", "JPN", "MEX", "TUN"]
    assert result.report.warnings == [
        f"paragraph 4: {germany} (DEU) is named 2 times in the list of states parties; "
        "kept once"]


def test_the_repetition_is_a_warning_of_check_on_the_report() -> None:
    result = runner.invoke(app, ["check", str(CORPUS / "review-named-twice.en.txt"), "--json"])
    warnings = [(f["code"], f["paragraph"], f["message"])
                for f in json.loads(result.stdout)["findings"] if f["severity"] == "warning"]
    assert warnings == [("report/reading", 4, "paragraph 4: Germany (DEU) is named 2 times in "
                         "the list of states parties; kept once")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_signatory_among_the_parties_stays_where_the_report_put_it(lang: Lang,
                                                                   tmp_path: Path) -> None:
    """Japan signed UNTOC in 2000 and became a party on 11 July 2017: in September 2016 the
    report's "States parties" list is wrong about it. Ingest keeps it there (never moved to the
    signatories), takes the series CTOC/COP/WG.4 from the report's symbol, and `sessional
    check` on the ingested record names the mistake."""
    record = tmp_path / "record.json"
    ingested = runner.invoke(app, ["ingest", str(CORPUS / f"review-named-twice.{lang}.txt"),
                                   "-o", str(record)])
    assert ingested.exit_code == 0, ingested.output
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["attendance"]["states_parties"]["items"][3] == "JPN"
    assert "items" not in data["attendance"].get("signatories", {})
    assert data["bodies"][0]["symbol_series"] == "CTOC/COP/WG.4"
    checked = runner.invoke(app, ["check", str(record), "--json"])
    assert checked.exit_code == 1
    errors = [(f["code"], f["path"], f["message"])
              for f in json.loads(checked.stdout)["findings"] if f["severity"] == "error"]
    assert errors == [("participation/states_parties-but-signatory",
                       "$.attendance.states_parties.items[3]",
                       "Japan (JPN) is listed among the States parties but was a signatory in "
                       "UNTOC on 2016-09-06 (signed 2000-12-12; party only from 2017-07-11)")]
