"""`sessional ingest` as a user runs it: files in, record out, clear errors for bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from sessional.compose import compose_report
from sessional.model import record_from_json
from sessional.render import render_docx, render_pdf

from ..conftest import EXAMPLE, cli, source_file

run = cli


def test_ingest_the_seed_into_a_record_and_a_report(tmp_path: Path) -> None:
    seed = source_file("000_af53d38e3a9bfe7d.txt")
    code, out, _ = run("ingest", str(seed), "-o", str(tmp_path / "r.json"), "--report",
                       str(tmp_path / "i.json"))
    assert code == 0
    assert "read a zh report: 29 numbered paragraphs" in out
    assert "heading may be missing" in out
    record = record_from_json((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(record.attendance.states_parties.items) == 76
    report = json.loads((tmp_path / "i.json").read_text(encoding="utf-8"))
    assert report["unclassified"] == [] and report["language"] == "zh"


def test_ingest_prints_the_record_when_no_output_is_named() -> None:
    code, out, err = run("ingest", str(source_file("000_af53d38e3a9bfe7d.txt")))
    assert code == 0 and json.loads(out)["format"] == "sessional-record"
    assert "read a zh report" in err


def example_file(tmp_path: Path, kind: str) -> Path:
    report = compose_report(record_from_json(EXAMPLE.read_text(encoding="utf-8")), "en")
    data = render_docx(report) if kind == "docx" else render_pdf(report)
    path = tmp_path / f"report.{kind}"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02binary\x00", "a binary file"),
    (b"caf\xe9 au lait\n", "not UTF-8 text (line 1, byte 3)"),
    (b"Just a shopping list.\nMilk\nBread\n", "not a report (no chapter heading"),
])
def test_bad_input_gets_one_line_and_exit_2(tmp_path: Path, content: bytes,
                                           message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, out, err = run("ingest", str(path))
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_truncated_files_are_refused_cleanly(tmp_path: Path, kind: str) -> None:
    path = example_file(tmp_path, kind)
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    code, _, err = run("ingest", str(path))
    assert code == 2 and f"{path}: not a readable {kind.upper()}" in err


def test_a_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    code, _, err = run("ingest", str(path))
    assert code == 2 and "not a readable DOCX" in err


def test_a_very_large_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 2**20)  # a sparse 200 MiB file
    code, _, err = run("ingest", str(path))
    assert code == 2 and "200 MiB; reports larger than 50 MiB are refused" in err


def test_unknown_language_option() -> None:
    code, _, err = run("ingest", "x.txt", "--lang", "de")
    assert code == 2 and "--lang: 'de' is not auto or one of" in err


def test_help_says_which_languages_are_read() -> None:
    code, out, _ = run("ingest", "--help")
    text = " ".join(out.split())
    assert code == 0 and "Facts are read in all six" in text and "give the DOCX" in text
