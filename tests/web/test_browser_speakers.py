"""A meeting run on the list of speakers, in three browsers: France's delegate asks for the
floor, the chair sees it within a second, calls France from the keyboard and times the
speech, the projector shows it in the room's language; the report then names France among
the States that made statements, in Chinese and in English."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect

from sessional.services import Workspace

from ..server.live import LiveServer
from .conftest import PASSWORD, log_in

KEY = "untoc-wg-2017"
LIST = "body=TA&item=3&meeting=1"  # TA item 3 at meeting 1: nobody has spoken on it yet
LIVE = 1000  # ms: every page shows a change within a second


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server of its own: what is said here changes the report's statements."""
    folder = tmp_path_factory.mktemp("room")
    url = f"sqlite:///{folder / 'sessional.db'}"
    workspace = Workspace(url)
    for name, role, delegation in (("chair", "chair", None), ("del_fra", "delegate", "FRA"),
                                   ("obs", "observer", None)):
        workspace.accounts.add(name, role, PASSWORD, delegation)
    workspace.records.engine.dispose()
    live = LiveServer(url, folder / "server.log", demo=True)
    live.start()
    yield live
    live.stop()


OPENED: list[BrowserContext] = []


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    """Each test's browsers closed after it (their streams with them)."""
    yield
    while OPENED:
        OPENED.pop().close()


def opened(browser: Browser, room: LiveServer, who: str, path: str) -> Page:
    context: BrowserContext = browser.new_context(locale="en-GB")
    OPENED.append(context)
    page = log_in(context, room.base, who)
    page.goto(f"{room.base}/records/{KEY}/speakers" + (f"/{path}" if path else ""))
    return page


def seconds(page: Page) -> int:
    minutes, secs = page.locator("[data-countdown]").inner_text().split(":")
    return int(minutes) * 60 + int(secs)


def test_a_delegate_asks_the_chair_calls_and_times_the_projector_shows_the_report_names(
        browser: Browser, room: LiveServer) -> None:
    delegate = opened(browser, room, "del_fra", f"delegation?{LIST}")
    chair = opened(browser, room, "chair", f"chair?{LIST}")
    projector = opened(browser, room, "obs", f"projector?{LIST}&lang=zh")
    arabic = projector.context.new_page()
    arabic.goto(f"{room.base}/records/{KEY}/speakers/projector?{LIST}&lang=ar")
    for page in (delegate, chair, projector, arabic):
        expect(page.locator("[data-next] li")).to_have_count(1)
    expect(chair.locator("[data-next]")).to_have_text("Nobody is waiting")
    expect(projector.locator("[data-next]")).to_have_text("无人等候")
    time.sleep(0.5)  # the pages are listening

    delegate.get_by_role("button", name="Ask for the floor").click()
    expect(chair.locator("[data-next] li")).to_have_text(["France"], timeout=LIVE)
    expect(projector.locator("[data-next] li")).to_have_text(["法国"], timeout=LIVE)
    expect(delegate.locator("[data-mine]")).to_have_text("Your place in the list: 1",
                                                         timeout=LIVE)

    call = chair.get_by_role("button", name="Call the next speaker")
    call.focus()  # the console works from the keyboard
    chair.keyboard.press("Enter")
    expect(chair.locator("[data-current]")).to_have_text("France", timeout=LIVE)
    expect(projector.locator("[data-current]")).to_have_text("法国", timeout=LIVE)
    expect(arabic.locator("[data-current]")).to_have_text("فرنسا", timeout=LIVE)
    assert arabic.locator("html").get_attribute("dir") == "rtl"
    assert arabic.locator("html").get_attribute("lang") == "ar"
    expect(delegate.locator("[data-mine]")).to_have_text("You have the floor", timeout=LIVE)
    expect(chair.locator("[data-next]")).to_have_text("Nobody is waiting")

    chair.get_by_label("Speaking time (seconds)").fill("60")
    chair.get_by_role("button", name="Start the timer").click()
    expect(projector.locator("[data-countdown]")).to_have_class(re.compile("running"),
                                                                 timeout=LIVE)
    projector.bring_to_front()
    time.sleep(2.5)
    counted = seconds(projector)  # counting down from the chair's 60 seconds
    assert 55 <= counted <= 58, projector.locator("[data-countdown]").inner_text()
    chair.get_by_role("button", name="Stop the timer").click()
    expect(projector.locator("[data-countdown]")).not_to_have_class(re.compile("running"),
                                                                     timeout=LIVE)
    stopped = seconds(projector)
    time.sleep(1.5)
    assert seconds(projector) == stopped == seconds(chair)
    assert stopped <= counted

    chair.get_by_role("button", name="End the speech").click()
    expect(projector.locator("[data-current]")).to_have_text("无人发言", timeout=LIVE)
    zh = projector.request.get(f"{room.base}/api/records/{KEY}/report?lang=zh&format=md")
    en = projector.request.get(f"{room.base}/api/records/{KEY}/report?lang=en&format=md")
    assert paragraph(zh.text(), "技术援助问题政府专家工作组议程项目 3下") == (
        "18. 在技术援助问题政府专家工作组议程项目 3下，《公约》下列缔约国的代表作了发言："
        "法国。[……]。")
    assert paragraph(en.text(), "Under agenda item 3 of the Working Group of Government "
                                "Experts on Technical Assistance") == (
        "18. Under agenda item 3 of the Working Group of Government Experts on Technical "
        "Assistance, statements were made by representatives of the following States parties "
        "to the Convention: France […].")


def paragraph(report: str, opening: str) -> str:
    [found] = [line for line in report.splitlines() if re.match(r"^\d+\. ", line)
               and opening in line]
    return found


def test_a_delegate_withdraws_its_request_and_cannot_ask_on_a_closed_list(
        browser: Browser, room: LiveServer) -> None:
    delegate = opened(browser, room, "del_fra", "delegation?body=TA&item=3&meeting=2")
    chair = opened(browser, room, "chair", "chair?body=TA&item=3&meeting=2")
    expect(chair.locator("[data-next] li")).to_have_count(1)
    time.sleep(0.5)
    delegate.get_by_role("button", name="Ask for the floor").click()
    expect(chair.locator("[data-next] li")).to_have_text(["France"], timeout=LIVE)
    delegate.get_by_role("button", name="Withdraw my request").click()
    expect(chair.locator("[data-next]")).to_have_text("Nobody is waiting", timeout=LIVE)
    expect(delegate.locator("[data-mine]")).to_have_text("You have not asked for the floor")
    chair.get_by_label("Speaking time (seconds)").focus()
    chair.keyboard.press("Tab")  # the next in tab order: "Close the list"
    expect(chair.get_by_role("button", name="Close the list")).to_be_focused()
    chair.keyboard.press("Space")
    expect(delegate.locator("[data-closed]")).to_have_text("The list is closed", timeout=LIVE)
    expect(chair.get_by_role("button", name="Reopen the list")).to_be_visible()
    delegate.get_by_role("button", name="Ask for the floor").click()
    expect(delegate.get_by_role("alert")).to_have_text(
        "the list of speakers is closed: no new request for the floor is taken until the "
        "chair reopens it")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_pages_of_the_list_have_no_serious_accessibility_fault(
        browser: Browser, room: LiveServer, lang: str) -> None:
    axe = Axe()
    found = {}
    for who, path in (("chair", f"chair?{LIST}"), ("del_fra", f"delegation?{LIST}"),
                      ("obs", f"projector?{LIST}&lang={lang}"), ("chair", "")):
        page = opened(browser, room, who, path)
        if lang != "en":
            page.goto(f"{room.base}/language/{lang}?next=" + page.url.replace(room.base, ""))
        expect(page.locator("html")).to_have_attribute("lang", lang)
        found[path] = [(v["id"], v["nodes"][0]["target"])
                       for v in axe.run(page).response["violations"]
                       if v["impact"] in {"serious", "critical"}]
    assert found == {f"chair?{LIST}": [], f"delegation?{LIST}": [],
                     f"projector?{LIST}&lang={lang}": [], "": []}


def test_an_observer_on_the_chairs_console_has_no_button_and_follows_the_list(
        browser: Browser, room: LiveServer) -> None:
    watcher = opened(browser, room, "obs", "chair?body=TA&item=3&meeting=3")
    delegate = opened(browser, room, "del_fra", "delegation?body=TA&item=3&meeting=3")
    expect(watcher.get_by_text("Only the chair calls the speakers and times the speeches "
                               "here.")).to_be_visible()
    expect(watcher.locator("main button")).to_have_count(0)
    time.sleep(0.5)
    delegate.get_by_role("button", name="Ask for the floor").click()
    expect(watcher.locator("[data-next] li")).to_have_text(["France"], timeout=LIVE)
