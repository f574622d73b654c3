"""`sessional check` on the 2017 draft: the date inconsistency, every placeholder with its
paragraph, and no false error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from sessional.cli import app

from ..conftest import EXAMPLE, source_file
from .conftest import filled_example

runner = CliRunner()

# seed-facts.json "placeholders" -> (paragraph, JSON path) of the finding that reports it
PLACEHOLDERS = {
    "para 15 number of TA meetings": [(15, "$.sessions[1].meetings_held")],
    "para 16 item range [至 4] and [……]": [(16, "$.statements[0].items"),
                                          (16, "$.statements[0].statements")],
    "para 17 speakers": [(17, "$.statements[1].statements")],
    "para 18 speakers": [(18, "$.statements[2].statements")],
    "para 22 [……]": [(22, "$.attendance.states_parties")],
    "para 25 specialized agencies": [(25, "$.attendance.specialized_agencies")],
    "para 26 [……]": [(26, "$.attendance.intergovernmental_organizations")],
    "recommendations of both groups (paras 6, 7) empty": [
        (6, "$.narrative.recommendations[0].paragraphs"),
        (7, "$.narrative.recommendations[1].paragraphs")],
    "summaries: IC items 3, 4; TA item 3; joint items empty": [
        (13, f"$.narrative.deliberations[{i}].paragraphs") for i in range(1, 6)],
}


def check(path: Path, *options: str) -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, ["check", str(path), "--json", *options])
    return result.exit_code, json.loads(result.stdout)


def test_the_seed_check_finds_the_dates_and_every_placeholder(
        seed_facts: dict[str, Any]) -> None:
    code, result = check(source_file("000_af53d38e3a9bfe7d.txt"))
    assert code == 1
    errors = [f for f in result["findings"] if f["severity"] == "error"]
    assert [(f["code"], f["paragraph"], f["path"]) for f in errors] == [
        ("dates/stated-differently", 15, "$.sessions[1].stated_dates")]  # and no false error
    assert "2017-10-11 to 2017-10-13" in errors[0]["message"]
    gaps = {(f["paragraph"], f["path"]) for f in result["findings"] if f["severity"] == "gap"}
    assert set(PLACEHOLDERS) == set(seed_facts["placeholders"])
    for placeholder, expected in PLACEHOLDERS.items():
        assert set(expected) <= gaps, placeholder


def test_the_example_filled_in_checks_clean(tmp_path: Path) -> None:
    path = tmp_path / "filled.json"
    path.write_text(json.dumps(filled_example(), ensure_ascii=False), encoding="utf-8")
    code, result = check(path)
    assert code == 0
    assert [f for f in result["findings"] if f["severity"] in {"error", "gap"}] == []


def test_human_output_is_grouped_and_exit_codes_follow_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    # the 21st gap: the example's zh version has no job number yet; the warning: Iran's UNTOC
    # status in 2017, after the shipped list's 2014
    assert lines[0].startswith("check of ") and "1 error, 1 warning, 21 gaps" in lines[0]
    assert lines[1] == "Errors:" and "dates/stated-differently" in lines[2]
    assert "Gaps:" in lines
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    unreadable = runner.invoke(app, ["check", str(bad)])
    assert unreadable.exit_code == 2 and "not JSON" in unreadable.stderr
