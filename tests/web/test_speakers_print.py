"""The printable list of speakers says on which day its times fall: a list printed the next
morning, or one that ran past midnight, is otherwise ambiguous (it showed 23:58:10 and
00:03:00 with no date)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sessional.model.edits import Edit
from sessional.services import SYSTEM_USER, Workspace
from sessional.web import create_app

PASSWORD = "correct horse battery staple"
KEY = "untoc-wg-2017"
ITEM = {"body": "TA", "number": "3"}


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace(f"sqlite:///{tmp_path / 'print.db'}")
    ws.accounts.add("obs", "observer", PASSWORD)
    ws.load_demo(SYSTEM_USER)
    yield ws


def spoke(ws: Workspace, state: str, meeting: int, asked: str, called: str, ended: str) -> None:
    ws.edit(SYSTEM_USER, KEY, Edit("add", "speakers", element={
        "delegation": {"state": state}, "item": ITEM, "meeting": meeting, "status": "done",
        "requested_at": asked, "called_at": called, "ended_at": ended}))


def printed(ws: Workspace, meeting: int, lang: str) -> tuple[str, list[str]]:
    """The date line and the cells of the printable list, as an observer reads it."""
    c = TestClient(create_app(ws))
    assert c.post("/login", data={"name": "obs", "password": PASSWORD},
                  follow_redirects=False).status_code == 303
    answer = c.get(f"/records/{KEY}/speakers/print?body=TA&item=3&meeting={meeting}",
                   headers={"Accept-Language": lang})
    assert answer.status_code == 200, answer.text
    line = re.search(r'<p class="list-dates">([^<]*)</p>', answer.text)
    cells = re.findall(r"<td>([^<]*)</td>", answer.text.split("<tbody", 1)[1])
    return (line.group(1) if line else ""), cells


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Date (UTC): 12 October 2017"),
    ("fr", "Date (UTC) : 12 octobre 2017"),
    ("zh", "日期（UTC）：2017 年 10 月 12 日"),  # as the 2017 seed writes its dates
    ("ar", "التاريخ (بالتوقيت العالمي المنسق): 12 تشرين الأول/أكتوبر 2017"),  # UN Arabic months
])
def test_a_list_of_one_day_names_that_day_once_and_prints_bare_times(
        workspace: Workspace, lang: str, line: str) -> None:
    spoke(workspace, "CHN", 4, "2017-10-12T10:02:05Z", "2017-10-12T10:15:00Z",
          "2017-10-12T10:19:30Z")
    shown, cells = printed(workspace, 4, lang)
    assert shown == line
    assert cells[-3:] == ["10:02:05", "10:15:00", "10:19:30"]


def test_a_list_past_midnight_gives_each_time_its_date(workspace: Workspace) -> None:
    spoke(workspace, "CHN", 4, "2017-10-12T23:50:00Z", "2017-10-12T23:58:10Z",
          "2017-10-13T00:03:00Z")
    shown, cells = printed(workspace, 4, "en")
    assert shown == "Dates (UTC): 12 October 2017 and 13 October 2017"
    assert cells[-3:] == ["12 October 2017 23:50:00", "12 October 2017 23:58:10",
                          "13 October 2017 00:03:00"]


def test_a_list_nobody_has_asked_on_has_no_date_line(workspace: Workspace) -> None:
    shown, _ = printed(workspace, 4, "en")
    assert shown == ""
