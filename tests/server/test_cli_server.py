"""`sessional user` and `sessional serve`."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from sessional.cli import app

from .live import LiveServer

PASSWORD = "correct horse battery staple"


def _run(*args: str, given: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=given)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_user_add_list_and_token(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'team.db'}"
    code, out, _ = _run("user", "add", "ana", "--role", "secretariat", "--password-stdin",
                        "--db", db, given=PASSWORD + "\n")
    assert (code, out.strip()) == (0, "added ana (secretariat)")
    code, out, _ = _run("user", "add", "fr", "--role", "delegate", "--delegation", "fra",
                        "--db", db, given=f"{PASSWORD}\n{PASSWORD}\n")
    assert (code, out.strip().splitlines()[-1]) == (0, "added fr (delegate, delegation FRA)")
    code, out, _ = _run("user", "list", "--db", db)
    assert code == 0 and "ana" in out and "FRA" in out and PASSWORD not in out
    code, out, _ = _run("user", "token", "ana", "--db", db)
    assert code == 0 and out.strip().startswith("ses_")


def test_user_add_refuses_bad_input_with_exit_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'team.db'}"
    for args, message in [
        (["--role", "king"], "--role 'king'"),
        (["--role", "delegate"], "bound to one delegation"),
        (["--role", "delegate", "--delegation", "XXX"], "no State or area"),
    ]:
        code, _, err = _run("user", "add", "ana", *args, "--password-stdin", "--db", db,
                            given=PASSWORD + "\n")
        assert code == 2 and message in err, err
    code, _, err = _run("user", "add", "ana", "--role", "admin", "--password-stdin",
                        "--db", db, given="short\n")
    assert code == 2 and "at least 10" in err
    _run("user", "add", "ana", "--role", "admin", "--password-stdin", "--db", db,
         given=PASSWORD + "\n")
    code, _, err = _run("user", "add", "ana", "--role", "admin", "--password-stdin",
                        "--db", db, given=PASSWORD + "\n")
    assert code == 2 and "exists already" in err


def test_a_database_that_cannot_be_opened_is_exit_2(tmp_path: Path) -> None:
    code, _, err = _run("user", "list", "--db", "nonsense")
    assert code == 2 and "not a database URL" in err
    code, _, err = _run("user", "list", "--db", "mysql://x@localhost/db")
    assert code == 2 and "error:" in err
    code, _, err = _run("user", "list", "--db", f"sqlite:///{tmp_path}/no/such/dir/x.db")
    assert code == 2 and "unable to open" in err


def test_serve_demo_loads_the_example_into_an_empty_database(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    _run("user", "add", "obs", "--role", "observer", "--password-stdin", "--db", db,
         given=PASSWORD + "\n")
    token = _run("user", "token", "obs", "--db", db)[1].strip()
    server = LiveServer(db, tmp_path / "server.log", demo=True)
    server.start()
    try:
        answer = httpx.get(f"{server.base}/api/records",
                           headers={"Authorization": f"Bearer {token}"})
        assert [r["key"] for r in answer.json()] == ["untoc-wg-2017"]
        assert httpx.get(f"{server.base}/openapi.json").json()["info"]["title"] == "sessional"
    finally:
        server.stop()
    assert "demo: record 'untoc-wg-2017' loaded" in (tmp_path / "server.log").read_text()


def test_user_passwd_disable_enable(tmp_path: Path) -> None:
    from sessional.services import NotAuthenticated, Workspace

    db = f"sqlite:///{tmp_path / 'team.db'}"
    _run("user", "add", "ana", "--role", "admin", "--password-stdin", "--db", db,
         given=PASSWORD + "\n")
    assert _run("user", "passwd", "ana", "--password-stdin", "--db", db,
                given="another long password\n")[1].strip() == "password of ana changed"
    accounts = Workspace(db).accounts
    assert accounts.authenticate("ana", "another long password").role == "admin"
    assert _run("user", "disable", "ana", "--db", db)[1].strip() == "ana disabled"
    try:
        accounts.authenticate("ana", "another long password")
        raise AssertionError("a disabled user logged in")
    except NotAuthenticated as refused:
        assert "disabled" in str(refused)
    assert _run("user", "enable", "ana", "--db", db)[1].strip() == "ana enabled"
    code, _, err = _run("user", "disable", "nobody", "--db", db)
    assert code == 2 and "no user 'nobody'" in err


def test_the_database_is_sessional_db_here_unless_the_environment_names_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SESSIONAL_DATABASE_URL", raising=False)
    _run("user", "add", "ana", "--role", "admin", "--password-stdin", given=PASSWORD + "\n")
    assert (tmp_path / "sessional.db").is_file()
    elsewhere = tmp_path / "team.db"
    monkeypatch.setenv("SESSIONAL_DATABASE_URL", f"sqlite:///{elsewhere}")
    _run("user", "add", "bo", "--role", "admin", "--password-stdin", given=PASSWORD + "\n")
    assert "bo" in _run("user", "list")[1] and "ana" not in _run("user", "list")[1]
    assert elsewhere.is_file()
