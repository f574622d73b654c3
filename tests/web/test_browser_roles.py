"""Who may do what, as the browser shows it: observers see no edit controls and their forged
forms are refused; a form without the CSRF token is refused; markup typed as a name stays
text; two people editing the same agenda item: the second is told, sees both, loses nothing."""

from __future__ import annotations

from playwright.sync_api import Browser, BrowserContext, expect

from ..server.live import LiveServer
from .conftest import log_in

KEY = "untoc-wg-2017"
PAGES = ("", "/sessions", "/meetings", "/agenda", "/officers", "/attendance", "/statements",
         "/documents", "/narrative", "/report", "/history")
PAYLOAD = "<img src=x onerror=alert(1)>"


def test_an_observer_sees_no_edit_control_and_a_forged_form_is_refused(
        server: LiveServer, context: BrowserContext) -> None:
    page = log_in(context, server.base, "obs")
    for part in PAGES:
        page.goto(f"{server.base}/records/{KEY}{part}")
        forms = page.locator("main form[method=post]")
        assert forms.count() == 0, f"{part}: {forms.count()} forms that change the record"
        assert page.locator("main input:not([readonly]):not([type=hidden])"
                            ":not([form]):not([name=show]):not([name=against])").count() == 0 \
            or part == "/history", part
    expect(page.get_by_role("link", name="New meeting")).to_have_count(0)
    # the observer's own session and CSRF token, on a form the page never showed
    csrf = page.locator("header input[name=csrf_token]").get_attribute("value")
    answer = page.request.post(f"{server.base}/records/{KEY}/agenda", form={
        "csrf_token": csrf or "", "action": "add", "body": "IC", "number": "99",
        "title": "Forged", "lang": "zh"})
    assert answer.status == 403
    page.goto(f"{server.base}/records/{KEY}/agenda")
    expect(page.locator("li[data-number='99']")).to_have_count(0)


def test_a_form_without_its_csrf_token_is_refused(server: LiveServer,
                                                    context: BrowserContext) -> None:
    page = log_in(context, server.base, "sec")
    answer = page.request.post(f"{server.base}/records/{KEY}/agenda", form={
        "action": "add", "body": "IC", "number": "98", "title": "No token", "lang": "zh"})
    assert answer.status == 403
    assert "CSRF" in answer.text()


def test_markup_typed_as_a_state_name_is_shown_as_text_on_every_page(
        server: LiveServer, context: BrowserContext) -> None:
    page = log_in(context, server.base, "sec")
    alerts: list[str] = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server.base}/records/{KEY}/attendance")
    page.locator("#names-observer_states").fill(PAYLOAD)
    page.locator("#f-attendance-observer-states button", has_text="Add").last.click()
    expect(page.locator("#f-attendance-observer-states .unresolved .as-typed")).to_have_text(
        [PAYLOAD])
    for part in PAGES:
        page.goto(f"{server.base}/records/{KEY}{part}")
        assert page.locator("img[src=x]").count() == 0, part
    assert alerts == []


def test_two_people_editing_one_agenda_item_lose_nothing(server: LiveServer,
                                                        browser: Browser) -> None:
    first, second = browser.new_context(), browser.new_context()
    try:
        ana = log_in(first, server.base, "sec")
        ben = log_in(second, server.base, "sec2")
        for page in (ana, ben):
            page.goto(f"{server.base}/records/{KEY}/agenda")
            page.locator("#f-sessions-0-agenda-items-0 summary").click()
        ana.locator("#title-IC-1").fill("Opening of the meeting (Ana)")
        ana.get_by_role("button", name="Save item 1").click()
        expect(ana.locator(".saved")).to_be_visible()
        ben.locator("#title-IC-1").fill("Organizational matters (Ben)")
        ben.get_by_role("button", name="Save item 1").click()
        expect(ben.locator("h1")).to_have_text("Someone else changed this meanwhile")
        row = ben.locator("table.conflict tr.differs", has_text="title")
        expect(row.locator(".yours")).to_have_text("Organizational matters (Ben)")
        expect(row.locator(".theirs")).to_have_text("Opening of the meeting (Ana)")
        look = second.new_page()  # not applied behind Ben's back
        look.goto(f"{server.base}/records/{KEY}/agenda")
        expect(look.locator("#f-sessions-0-agenda-items-0 .title")).to_have_text(
            "Opening of the meeting (Ana)")
        ben.get_by_role("button", name="Apply my version to the latest revision").click()
        expect(ben.locator("#f-sessions-0-agenda-items-0 .title")).to_have_text(
            "Organizational matters (Ben)")
    finally:
        first.close()
        second.close()
