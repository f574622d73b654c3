"""The secretariat's editor of a list of speakers and the printable list, in real browsers:
the secretariat drags a request to the top and the chair's console follows within a second;
the keyboard moves, inscribes, withdraws and records who spoke; a delegate is refused the
editor in its language; the printable list names who spoke, with the times, in zh, en and ar;
a page opened without a list asks for one."""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect

from sessional.model.edits import Edit
from sessional.services import SYSTEM_USER, Workspace

from ..server.live import LiveServer
from .conftest import PASSWORD, log_in

KEY = "untoc-wg-2017"
ITEM_3 = {"body": "TA", "number": "3"}
WAITING = "body=TA&item=3&meeting=5"  # Austria, Germany, France waiting, in that order
SPOKEN = "body=TA&item=3&meeting=4"  # China asked at 10:02:05, called 10:15:00, ended 10:19:30
LIVE = 1000  # ms: every page shows a change within a second


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server of its own, with the example and two lists planted before it starts."""
    folder = tmp_path_factory.mktemp("editor")
    url = f"sqlite:///{folder / 'sessional.db'}"
    workspace = Workspace(url)
    for name, role, delegation in (("sec", "secretariat", None), ("chair", "chair", None),
                                   ("del_fra", "delegate", "FRA"), ("obs", "observer", None)):
        workspace.accounts.add(name, role, PASSWORD, delegation)
    workspace.load_demo(SYSTEM_USER)
    for state in ("AUT", "DEU", "FRA"):
        workspace.edit(SYSTEM_USER, KEY, Edit("add", "speakers", element={
            "delegation": {"state": state}, "item": ITEM_3, "meeting": 5}))
    workspace.edit(SYSTEM_USER, KEY, Edit("add", "speakers", element={
        "delegation": {"state": "CHN"}, "item": ITEM_3, "meeting": 4, "status": "done",
        "requested_at": "2017-10-12T10:02:05Z", "called_at": "2017-10-12T10:15:00Z",
        "ended_at": "2017-10-12T10:19:30Z"}))
    workspace.records.engine.dispose()
    live = LiveServer(url, folder / "server.log", demo=True)
    live.start()
    yield live
    live.stop()


OPENED: list[BrowserContext] = []


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    while OPENED:
        OPENED.pop().close()


def opened(browser: Browser, room: LiveServer, who: str, path: str, lang: str = "en") -> Page:
    context: BrowserContext = browser.new_context(locale="en-GB")
    OPENED.append(context)
    page = log_in(context, room.base, who)
    target = f"/records/{KEY}/speakers/{path}"
    if lang != "en":
        page.goto(f"{room.base}/language/{lang}?next=/records")
    page.goto(room.base + target)
    return page


def switch(page: Page, room: LiveServer, lang: str) -> None:
    """The page again, in another language (the language links of every page)."""
    here = page.url.replace(room.base, "")
    page.goto(f"{room.base}/language/{lang}?next={quote(here, safe='')}")


def names(page: Page) -> list[str]:
    return page.locator("[data-rows] tr td:nth-child(2)").all_inner_texts()


def test_the_secretariat_drags_the_third_request_to_the_top_and_the_chair_follows(
        browser: Browser, room: LiveServer) -> None:
    editor = opened(browser, room, "sec", f"chair?{WAITING}")
    editor.get_by_role("link", name="Secretariat's editor").click()  # linked from the console
    chair = opened(browser, room, "chair", f"chair?{WAITING}")
    expect(chair.get_by_role("link", name="Printable list")).to_be_visible()
    expect(chair.get_by_role("link", name="Secretariat's editor")).to_have_count(0)
    expect(editor.locator("h2")).to_have_text(
        "Secretariat's editor · Agenda item TA 3 · Meeting 5")
    expect(chair.locator("[data-next] li")).to_have_text(["Austria", "Germany", "France"])
    assert names(editor) == ["Austria", "Germany", "France"]
    time.sleep(0.5)  # the pages are listening

    rows = editor.locator("[data-rows] tr")
    rows.nth(2).drag_to(rows.nth(0))
    expect(chair.locator("[data-next] li")).to_have_text(["France", "Austria", "Germany"],
                                                         timeout=LIVE)
    expect(editor.locator("[data-rows] tr td:nth-child(2)")).to_have_text(
        ["France", "Austria", "Germany"], timeout=LIVE)

    editor.get_by_role("button", name="Move France down").focus()
    editor.keyboard.press("Enter")  # the buttons are for the keyboard; focus stays on France
    expect(chair.locator("[data-next] li")).to_have_text(["Austria", "France", "Germany"],
                                                         timeout=LIVE)
    expect(editor.get_by_role("button", name="Move France down")).to_be_focused()

    editor.get_by_label("Delegation", exact=True).select_option(label="Spain")
    editor.get_by_label("Kind of request").select_option(label="on behalf of a group")
    editor.get_by_label("On behalf of (group)").fill("Group of 77 and China")
    editor.get_by_role("button", name="Inscribe", exact=True).click()
    editor.get_by_role("button", name="Withdraw the request of Germany").click()
    expect(chair.locator("[data-next] li")).to_have_text(
        ["Austria", "France", "Spain (on behalf of Group of 77 and China)"], timeout=LIVE)
    editor.get_by_role("button", name="Record that Austria spoke").click()
    expect(chair.locator("[data-next] li")).to_have_text(
        ["France", "Spain (on behalf of Group of 77 and China)"], timeout=LIVE)
    expect(editor.locator("[data-rows] tr").nth(0)).to_contain_text("Austria")
    assert editor.locator("[data-rows] tr td:nth-child(5)").all_inner_texts() == [
        "spoke", "waiting", "withdrawn", "waiting"]
    assert editor.locator("[data-rows] tr td:nth-child(4)").all_inner_texts()[3] == \
        "Group of 77 and China"
    serious = [v["id"] for v in Axe().run(editor).response["violations"]
               if v["impact"] in {"serious", "critical"}]
    assert serious == []


def test_a_delegate_opening_the_editor_is_refused_in_its_language(
        browser: Browser, room: LiveServer) -> None:
    delegate = opened(browser, room, "del_fra", f"delegation?{WAITING}")
    answer = delegate.goto(f"{room.base}/records/{KEY}/speakers/editor?{WAITING}")
    assert answer is not None and answer.status == 403
    expect(delegate.locator("h1")).to_have_text("Not allowed")
    expect(delegate.get_by_role("alert")).to_have_text(
        "Only the secretariat edits a list of speakers; the chair's console and the "
        "printable list show it to everyone else.")
    switch(delegate, room, "zh")
    expect(delegate.locator("h1")).to_have_text("不允许")
    expect(delegate.get_by_role("alert")).to_have_text(
        "只有秘书处可以编辑发言名单；其他人可通过主席控制台和打印版名单查看。")
    expect(delegate.locator("[data-rows]")).to_have_count(0)


def test_the_printable_list_names_who_spoke_with_the_times_in_zh_en_and_ar(
        browser: Browser, room: LiveServer) -> None:
    page = opened(browser, room, "obs", f"print?{SPOKEN}", "zh")
    expect(page.locator("[data-rows] tr td")).to_have_text(
        ["1", "中国", "发言", "", "已发言", "10:02:05", "10:15:00", "10:19:30"])
    expect(page.locator(".list-dates")).to_have_text("日期（UTC）：2017 年 10 月 12 日")
    switch(page, room, "en")
    expect(page.locator("[data-rows] tr td")).to_have_text(
        ["1", "China", "statement", "", "spoke", "10:02:05", "10:15:00", "10:19:30"])
    page.emulate_media(media="print")  # no navigation, no buttons; black on white
    expect(page.locator("nav.sections")).to_be_hidden()
    expect(page.locator(".list-dates")).to_have_text("Date (UTC): 12 October 2017")
    expect(page.locator("button")).to_have_count(2)  # log out and print, both hidden
    for button in page.locator("button").all():
        expect(button).to_be_hidden()
    assert page.locator("thead").evaluate("e => getComputedStyle(e).display") == \
        "table-header-group"  # repeated on every printed page
    assert page.locator("td").first.evaluate("e => getComputedStyle(e).color") == "rgb(0, 0, 0)"
    page.emulate_media(media="screen")
    switch(page, room, "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("[data-rows] tr td:nth-child(2)")).to_have_text("الصين")
    found = [v["id"] for v in Axe().run(page).response["violations"]
             if v["impact"] in {"serious", "critical"}]
    assert found == []


def test_the_delegation_page_without_a_list_asks_for_one(
        browser: Browser, room: LiveServer) -> None:
    delegate = opened(browser, room, "del_fra", "delegation", "zh")
    expect(delegate.locator("h2")).to_have_text("代表团页面")
    expect(delegate.locator("[data-live]")).to_have_count(0)
    delegate.get_by_label("议程项目", exact=True).select_option("TA:3")
    delegate.get_by_label("会议", exact=True).fill("5")
    delegate.get_by_role("button", name="打开名单").click()
    expect(delegate.locator("h2")).to_have_text("代表团页面 · 议程项目 TA 3 · 第 5 次会议")
    expect(delegate.locator("[data-next] li").first).to_be_visible()
