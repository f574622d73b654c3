"""The `sessional` command at its edges: folders and files that cannot be written, databases
that are not, passwords that are not text, records nested too deep or holding control
characters. Each ends with one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sessional.cli import app

from .conftest import EXAMPLE, cli

run = cli
PARAGRAPH = "$.narrative.deliberations[0].paragraphs.items[0].text.en"


def test_render_into_a_file_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "report.en.md").mkdir()
    code, _, err = run("render", str(EXAMPLE), "--lang", "en", "--format", "md", "-o",
                       str(tmp_path))
    assert (code, err) == (2, f"error: {tmp_path}/report.en.md: cannot be written (Is a "
                              "directory)\n")


def test_render_into_a_folder_where_no_file_can_be_made() -> None:
    code, _, err = run("render", str(EXAMPLE), "--lang", "en", "--format", "md", "-o",
                       "/proc/self")  # exists; even root cannot make files in it
    assert (code, err) == (2, "error: /proc/self/report.en.md: cannot be written (No such "
                              "file or directory)\n")


def test_ingest_into_a_full_device_names_it() -> None:
    report = Path(__file__).parent / "golden" / "untoc-wg-2017.en.md"
    code, _, err = run("ingest", str(report), "-o", "/dev/full")
    assert (code, err) == (2, "error: /dev/full: cannot be written (No space left on device)\n")
    code, _, err = run("ingest", str(report), "-o", "/dev/null", "--report", "/dev/full")
    assert (code, err) == (2, "error: /dev/full: cannot be written (No space left on device)\n")


@pytest.mark.parametrize("command", [["serve"], ["user", "list"], ["user", "token", "x"]])
def test_a_database_url_to_a_file_that_is_not_a_database(command: list[str]) -> None:
    code, _, err = run(*command, "--db", f"sqlite:///{EXAMPLE}")
    assert (code, err) == (2, f"error: database: sqlite:///{EXAMPLE}: file is not a "
                              "database\n")


def test_a_password_on_stdin_that_is_not_utf8(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["user", "add", "ana", "--role", "admin",
                                      "--password-stdin", "--db",
                                      f"sqlite:///{tmp_path}/users.db"], input=b"caf\xe9\n")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert (result.exit_code, result.stderr) == (
        2, "error: standard input: the password is not UTF-8 text\n")


@pytest.mark.parametrize("command", ["validate", "render", "check"])
def test_json_nested_a_thousand_deep(tmp_path: Path, command: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 1000 + "]" * 1000, encoding="utf-8")
    code, _, err = run(command, str(path), *(["-o", str(tmp_path)] if command == "render"
                                             else []))
    assert (code, err) == (2, f"error: {path}: the record: nested deeper than 64 levels "
                              "(the limit, SESSIONAL_MAX_JSON_DEPTH) ($)\n")


@pytest.mark.parametrize("command", ["validate", "render"])
def test_a_control_character_in_a_paragraph(tmp_path: Path, command: str) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["narrative"]["deliberations"][0]["paragraphs"]["items"][0]["text"]["en"] = "One\vtwo"
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(command, str(path), *(["-o", str(tmp_path / "out")]
                                             if command == "render" else []))
    assert (code, err) == (2, f"error: {path}: narrative › deliberation 1 › paragraphs › "
                              "paragraph 1 › text › en: U+000B (line tabulation) at "
                              "character 4 is not allowed in text (only tab and new line "
                              f"among control characters) ({PARAGRAPH})\n")
    assert not (tmp_path / "out").exists()


def test_render_of_six_languages_into_a_file_that_is_a_folder(tmp_path: Path) -> None:
    """The French report is written by the second process (with two cores): its error comes
    back as the one line, exit code 2, and the other languages are written."""
    (tmp_path / "report.fr.md").mkdir()
    code, _, err = run("render", str(EXAMPLE), "--format", "md", "-o", str(tmp_path))
    assert (code, err) == (2, f"error: {tmp_path}/report.fr.md: cannot be written (Is a "
                              "directory)\n")
    assert (tmp_path / "report.ar.md").read_text(encoding="utf-8").startswith(
        "<!-- sessional report, language ar")
