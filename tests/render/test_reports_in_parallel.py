"""Six languages written by two processes (a forked copy composes every other language):
the same files as one process writes, and an error or a crash of the copy reported."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from sessional import services
from sessional.services import reports

from ..conftest import EXAMPLE

FORMATS = ("md", "html", "docx", "akn")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_two_processes_write_the_files_one_process_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = services.read_record(EXAMPLE)
    langs = ("ar", "zh", "en", "fr", "es", "ru")
    monkeypatch.setattr(reports, "cores", lambda: 2)
    shared = services.render_reports(record, langs, FORMATS, tmp_path / "two")
    monkeypatch.setattr(reports, "cores", lambda: 1)
    alone = services.render_reports(record, langs, FORMATS, tmp_path / "one")
    assert _files(tmp_path / "two") == _files(tmp_path / "one")
    assert len(_files(tmp_path / "two")) == 24
    assert [(f.lang, f.format) for f in shared.files][:6] == [
        ("ar", "md"), ("ar", "html"), ("ar", "docx"), ("ar", "akn"), ("zh", "md"),
        ("zh", "html")]
    assert [f.size for f in shared.files] == [f.size for f in alone.files]
    assert list(shared.gaps) == ["ar", "zh", "en", "fr", "es", "ru"]
    assert shared.gaps == alone.gaps
    assert len(shared.gaps["fr"]) == 69  # composed by the copy


def test_a_copy_that_dies_is_reported_with_its_languages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def killed(*_: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(reports, "cores", lambda: 2)
    monkeypatch.setattr(reports, "_share", killed)
    record = services.read_record(EXAMPLE)
    with pytest.raises(services.InputError) as raised:
        services.render_reports(record, ("ar", "zh", "en", "fr"), ("md",), tmp_path)
    assert str(raised.value) == "the zh, fr reports could not be made: a report worker " \
                                "stopped (signal 9)"
    assert (tmp_path / "report.ar.md").exists() and (tmp_path / "report.en.md").exists()


def test_the_chinese_pdf_compiles_first_while_the_copy_starts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the Chinese PDF takes about four times an English one: started before the copy is
    # forked, it is not the last to finish
    events: list[str] = []
    compile_pdf, fork = reports._Work.compile, reports.Forked.__init__

    def compiling(work: reports._Work, lang: str, report: object) -> None:
        events.append(f"pdf {lang}")
        compile_pdf(work, lang, report)

    def forking(copy: reports.Forked, work: object) -> None:
        events.append("fork")
        fork(copy, work)  # type: ignore[arg-type]

    monkeypatch.setattr(reports, "cores", lambda: 2)
    monkeypatch.setattr(reports._Work, "compile", compiling)
    monkeypatch.setattr(reports.Forked, "__init__", forking)
    record = services.read_record(EXAMPLE)
    result = services.render_reports(record, ("ar", "zh", "en"), ("md", "pdf"), tmp_path)
    assert events[:2] == ["pdf zh", "fork"]
    assert sorted(events[2:]) == ["pdf ar", "pdf en"]
    assert [(f.lang, f.format) for f in result.files] == [
        ("ar", "md"), ("ar", "pdf"), ("zh", "md"), ("zh", "pdf"), ("en", "md"), ("en", "pdf")]
    assert list(result.gaps) == ["ar", "zh", "en"]
