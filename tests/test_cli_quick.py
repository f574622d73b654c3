"""`sessional render` in its usual form runs without Typer (`cli.quick`): the same output, files
and exit codes as through Typer; every other form is Typer's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sessional.cli.quick import RenderOptions, recognized

from .conftest import EXAMPLE

RECORD = str(EXAMPLE)
SESSIONAL = Path(sys.executable).parent / "sessional"  # the installed command (cli.run)


@pytest.mark.parametrize(("args", "options"), [
    ([RECORD], RenderOptions(RECORD)),
    ([RECORD, "--lang", "zh,en", "--format", "md", "-o", "dir", "--json"],
     RenderOptions(RECORD, "zh,en", "md", "dir", True)),
    (["--format=pdf", "--out=dir", RECORD, "--lang=ar"], RenderOptions(RECORD, "ar", "pdf", "dir")),
    ([RECORD, "--lang", "zh", "--lang", "de"], RenderOptions(RECORD, "de")),  # the last, as Click
    (["a=b.json"], RenderOptions("a=b.json")),
])
def test_the_usual_forms_are_read(args: list[str], options: RenderOptions) -> None:
    assert recognized(args) == options


@pytest.mark.parametrize("args", [
    [], ["--help"], [RECORD, "--help"], [RECORD, "second.json"], [RECORD, "--bogus"],
    [RECORD, "-odir"], [RECORD, "-o=dir"], [RECORD, "--json=1"], [RECORD, "--lang"],
    [RECORD, "--lang", "--json"], [RECORD, "--lang="], [RECORD, "-o", "-"], [""], ["-"],
    [RECORD, "--", "x"],
])
def test_every_other_form_is_left_to_typer(args: list[str]) -> None:
    assert recognized(args) is None


def _command(args: list[str], out_dir: Path) -> tuple[int, str, str, dict[str, bytes]]:
    """`sessional render ARGS` as installed (cli.run), and the files it wrote."""
    done = subprocess.run([str(SESSIONAL), "render", *args],
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "COLUMNS": "80"})
    return done.returncode, done.stdout, done.stderr, _files(out_dir)


def _typer(args: list[str], out_dir: Path) -> tuple[int, str, str, dict[str, bytes]]:
    from typer.testing import CliRunner

    from sessional.cli import app

    done = CliRunner().invoke(app, ["render", *args], prog_name="sessional")
    return done.exit_code, done.stdout, done.stderr, _files(out_dir)


def _files(folder: Path) -> dict[str, bytes]:
    found = {p.name: p.read_bytes() for p in sorted(folder.glob("*"))} if folder.exists() else {}
    for path in folder.glob("*"):
        path.unlink()
    return found


@pytest.mark.parametrize("args", [
    ["--lang", "zh,en", "--format", "md,html"],
    ["--lang=fr", "--format=md", "--json"],
    ["--lang", "de"],
    ["--format", "odt"],
    ["--bogus"],
])
def test_the_command_answers_as_typer_does(tmp_path: Path, args: list[str]) -> None:
    out_dir = tmp_path / "out"
    given = [RECORD, "-o", str(out_dir), *args]
    quick, typer = _command(given, out_dir), _typer(given, out_dir)
    assert quick == typer
    assert quick[0] in (0, 2)


def test_a_missing_record_is_said_in_one_line(tmp_path: Path) -> None:
    code, out, err, files = _command([str(tmp_path / "none.json"), "-o", str(tmp_path)],
                                     tmp_path)
    assert (code, out, err, files) == (2, "", f"error: {tmp_path / 'none.json'}: no such file\n",
                                       {})


def test_the_usual_form_loads_no_typer_and_the_others_do(tmp_path: Path) -> None:
    probe = ("import atexit, sys\nfrom sessional.cli import run\n"
             "atexit.register(lambda: print('MODULES', ' '.join(sorted(sys.modules))))\n"
             "sys.argv = ['sessional', 'render', *sys.argv[1:]]\nrun()")
    for args, typer_loaded in (([RECORD, "--lang", "en", "--format", "md"], False),
                               ([RECORD, "--lang", "en", "--format", "md", "-x"], True)):
        done = subprocess.run([sys.executable, "-c", probe, *args, "-o", str(tmp_path)],
                              capture_output=True, text=True, check=False)
        loaded = set(done.stdout.split("MODULES ")[1].split())
        assert ({"typer", "click"} & loaded != set()) is typer_loaded, args
    assert (tmp_path / "report.en.md").exists()
