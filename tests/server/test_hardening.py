"""Access mended (issue 16): the server sets a new request's status, a new password or a
disable ends sessions and tokens at once, If-Match is honoured, passwords sprayed across names
are throttled, and reports have a budget."""

from __future__ import annotations

import copy
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sessional.services import PdfBudget, ReportBudget, Workspace, configure_reports

from .helpers import KEY, PASSWORD, Team, make_team

BASE = f"/api/records/{KEY}"
FLOOR = f"{BASE}/speakers"


@pytest.fixture()
def team(tmp_path: Path) -> Team:
    return make_team(f"sqlite:///{tmp_path / 'sessional.db'}")


@pytest.fixture()
def budget() -> Iterator[None]:
    yield
    configure_reports(ReportBudget())


def _log_in(team: Team, name: str, password: str = PASSWORD) -> tuple[int, str]:
    answer = team.client.post("/api/session", json={"name": name, "password": password})
    return answer.status_code, answer.json().get("csrf_token", answer.json().get("detail"))


def test_a_delegate_cannot_jump_the_queue(team: Team) -> None:
    jump = team.call("del_fra", "POST", FLOOR, json={"value": {
        "delegation": {"state": "FRA"}, "status": "speaking"}})
    assert jump.status_code == 403
    assert jump.json() == {"detail": "del_fra (delegate) may ask for the floor, not set the "
                                     "request's status ('speaking'): a new request is 'waiting'"}
    asked = team.call("del_fra", "POST", FLOOR, json={"value": {"delegation": {"state": "FRA"}}})
    assert asked.status_code == 200
    assert [s.get("status", "waiting") for s in team.head()["record"]["speakers"]] == ["waiting"]


def test_a_new_password_ends_the_users_sessions_and_tokens(team: Team) -> None:
    assert _log_in(team, "sec")[0] == 200  # the client now holds sec's session cookie
    assert team.client.get("/api/session").status_code == 200
    changed = team.call("admin", "PATCH", "/api/users/sec",
                        json={"password": "a new password, long enough"})
    assert changed.status_code == 204
    assert team.client.get("/api/session", headers={}).status_code == 401
    assert team.call("sec", "GET", BASE).status_code == 401
    assert _log_in(team, "sec", "a new password, long enough")[0] == 200


def test_a_user_disabled_elsewhere_is_stopped_at_once(team: Team, tmp_path: Path) -> None:
    assert team.call("sec", "GET", BASE).status_code == 200  # the server has seen the token
    Workspace(f"sqlite:///{tmp_path / 'sessional.db'}").accounts.set_disabled("sec", True)
    refused = team.call("sec", "GET", BASE)  # as `sessional user disable` in another process
    assert refused.status_code == 401 and refused.json() == {"detail": "unknown API token"}


def test_if_match_naming_an_older_revision_is_refused_with_412(team: Team) -> None:
    old = team.head()
    tag = f'"r{old["revision"]}"'
    marked = team.call("sec", "PUT", f"{BASE}/attendance/states_parties/states/ISL",
                       headers={"If-Match": tag})
    assert marked.status_code == 200
    stale = team.call("sec", "PUT", BASE, headers={"If-Match": tag},
                      json={"base_revision": marked.json()["revision"], "record": old["record"]})
    assert stale.status_code == 412
    assert stale.json() == {"detail": f'If-Match: {tag} does not name the latest revision, '
                                      f'"r{old["revision"] + 1}"; nothing was written'}
    assert stale.headers["ETag"] == f'"r{old["revision"] + 1}"'
    removed = team.call("sec", "DELETE", f"{BASE}/attendance/states_parties/states/ISL",
                        headers={"If-Match": tag})
    assert removed.status_code == 412
    assert team.head()["revision"] == old["revision"] + 1
    latest = team.call("sec", "DELETE", f"{BASE}/attendance/states_parties/states/ISL",
                       headers={"If-Match": f'"r{old["revision"] + 1}"'})
    assert latest.status_code == 200


def test_one_password_sprayed_across_names_is_throttled(team: Team) -> None:
    names = ["admin", "sec", "chair", "del_fra", "obs", "nobody"]
    answers = [_log_in(team, name, "Winter2026!")[0] for name in names]
    assert answers == [401] * 5 + [429]
    status, detail = _log_in(team, "sec", "Winter2026!")
    assert status == 429
    assert re.fullmatch(r"this password was tried for too many names; try again in "
                        r"(29\d|300) s", detail), detail
    assert _log_in(team, "sec")[0] == 200  # another password is not held back


def test_a_record_beyond_the_report_budget_is_refused_naming_the_limit(
        team: Team, budget: None) -> None:
    configure_reports(ReportBudget(max_record_mib=1))
    record = copy.deepcopy(team.head()["record"])
    paragraph = {"source_language": "en", "text": {"en": "A long paragraph. " * 500}}
    record["narrative"]["introduction"]["items"] += [paragraph] * 150  # about 1.4 MB
    created = team.call("sec", "POST", "/api/records", json={"key": "large", "record": record})
    assert created.status_code == 201
    started = time.monotonic()
    answer = team.call("obs", "GET", "/api/records/large/report", params={"format": "pdf"})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["msg"] == (
        "the record is 1.3 MiB; reports are made of records up to 1 MiB "
        "(the limit, SESSIONAL_REPORT_MAX_RECORD_MIB)")
    assert time.monotonic() - started < 2


def test_a_pdf_beyond_the_memory_budget_is_refused_and_the_next_one_is_made(
        team: Team, budget: None) -> None:
    configure_reports(ReportBudget(pdf=PdfBudget(workers=2, memory_mib=300)))
    record = copy.deepcopy(team.head()["record"])
    paragraph = {"source_language": "en", "text": {"en": "A long paragraph. " * 500}}
    record["narrative"]["introduction"]["items"] += [paragraph] * 300  # about 2.7 MB
    team.call("sec", "POST", "/api/records", json={"key": "large", "record": record})
    answer = team.call("obs", "GET", "/api/records/large/report", params={"format": "pdf"})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["msg"] == (
        "en PDF report: the PDF needs more memory than 300 MiB (the limit, "
        "SESSIONAL_PDF_MEMORY_MIB)")
    small = team.call("obs", "GET", f"{BASE}/report", params={"format": "pdf"})
    assert small.status_code == 200 and small.content.startswith(b"%PDF")


def test_a_large_pdf_does_not_hold_up_a_small_one(team: Team, budget: None) -> None:
    configure_reports(ReportBudget(pdf=PdfBudget(workers=2, large_source=500_000)))
    record = copy.deepcopy(team.head()["record"])
    paragraph = {"source_language": "en", "text": {"en": "A long paragraph. " * 500}}
    record["narrative"]["introduction"]["items"] += [paragraph] * 200  # about 1.8 MB
    team.call("sec", "POST", "/api/records", json={"key": "large", "record": record})
    large_done: list[float] = []

    def large() -> None:
        answer = team.call("obs", "GET", "/api/records/large/report", params={"format": "pdf"})
        assert answer.status_code == 200
        large_done.append(time.monotonic())

    worker = threading.Thread(target=large)
    worker.start()
    time.sleep(1.0)  # the large report is being composed or compiled
    small = team.call("obs", "GET", f"{BASE}/report", params={"format": "pdf"})
    small_done = time.monotonic()
    worker.join(timeout=120)
    assert small.status_code == 200
    assert large_done and small_done < large_done[0]
