"""The watch of the commits (services/floor_news.py) tells of every change of the lists of
speakers whatever made it (a speakers action, the generic edit of a request, a restore), and of
nothing else; the lists it tells are those of the revision committed. A watcher that fails does
not undo or refuse the change."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sessional.model.edits import Edit
from sessional.model.speakers import ListPlace
from sessional.services import SYSTEM_USER, Workspace, floor
from sessional.services.floor_news import FloorWatch, ListsChanged

KEY = "untoc-wg-2017"
HERE = {"item": {"body": "TA", "number": "3"}, "meeting": 1}


def _told(change: ListsChanged) -> tuple[int, list[tuple[str, str]], tuple[object, ...]]:
    return (change.lists.revision,
            [(r.delegation.state or "", r.status) for s in change.lists.lists
             for _, r in s.requests], change.resets)


def test_every_change_of_the_lists_is_told_and_nothing_else(tmp_path: Path) -> None:
    ws = Workspace(f"sqlite:///{tmp_path / 'w.db'}")
    ws.load_demo(SYSTEM_USER)
    news: list[ListsChanged] = []
    ws.watch(FloorWatch(news.append))
    ask = {"delegation": {"state": "AUT"}, **HERE}
    ws.edit(SYSTEM_USER, KEY, Edit("add", "speakers", element=ask))  # revision 2
    ws.edit(SYSTEM_USER, KEY, Edit("add", "attendance", {"category": "states_parties"},
                                   "ISL", "ISL"))  # 3: not the lists
    asyncio.run(floor.run_list(ws, SYSTEM_USER, KEY, "call_next",
                               ListPlace.model_validate(HERE)))  # 4
    ws.restore(SYSTEM_USER, KEY, 2, base=4)  # 5
    assert [_told(c) for c in news] == [
        (2, [("AUT", "waiting")], ()),
        (4, [("AUT", "speaking")], (
            {"item": {"body": "TA", "number": "3", "tentative": False}, "meeting": 1},)),
        (5, [("AUT", "waiting")], ())]
    assert {c.key for c in news} == {KEY}


def test_a_watcher_that_fails_does_not_refuse_the_change(tmp_path: Path) -> None:
    ws = Workspace(f"sqlite:///{tmp_path / 'w.db'}")
    ws.load_demo(SYSTEM_USER)

    def broken(change: ListsChanged) -> None:
        raise RuntimeError("the pages are gone")

    ws.watch(FloorWatch(broken))
    done = ws.edit(SYSTEM_USER, KEY, Edit("add", "speakers", element={
        "delegation": {"state": "BEL"}, **HERE}))
    assert (done.revision, done.changed) == (2, True)
    [request] = ws.record(SYSTEM_USER, KEY).speakers
    assert request.delegation.state == "BEL"
