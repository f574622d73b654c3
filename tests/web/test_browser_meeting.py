"""A meeting officer's day in a real browser: log in, start a meeting, fill its parts, see the
checks, download reports, go back in history."""

from __future__ import annotations

import re
import zipfile

from playwright.sync_api import BrowserContext, expect

from ..server.live import LiveServer
from .conftest import log_in


def test_new_meeting_from_log_in_to_restore(server: LiveServer, context: BrowserContext,
                                            tmp_path: object) -> None:
    base = server.base
    page = log_in(context, base, "sec")
    page.get_by_role("link", name="New meeting").click()
    page.get_by_label("Working Group on International Cooperation").check()
    page.get_by_label("Short name of the record").fill("wg-ic-2017-browser")
    page.get_by_label("Language of the original report").select_option("en")
    page.get_by_label("First day").fill("2017-10-09")
    page.get_by_label("Last day").fill("2017-10-13")
    page.get_by_label("Venue").fill("Vienna")
    page.get_by_role("button", name="Create the draft record").click()
    page.wait_for_load_state()
    assert page.url == f"{base}/records/wg-ic-2017-browser", page.locator("main").inner_text()
    # everything not given is a gap from the first minute
    expect(page.locator(".finding.gap").first).to_be_visible()

    # an agenda item with a sub-item
    page.get_by_role("link", name="Agenda").click()
    page.get_by_label("Number", exact=True).fill("2")
    page.get_by_label("Title", exact=True).fill("Organizational matters")
    page.locator("select[name=kind]").last.select_option("organizational")
    page.get_by_label("Sub-items, one per line: (a) Title").fill("(a) Adoption of the agenda")
    page.get_by_role("button", name="Add the item").click()
    item = page.locator("li[data-number='2']")
    expect(item.locator(".title")).to_have_text("Organizational matters")
    expect(item.locator("ol.sub li")).to_have_text("(a) Adoption of the agenda")

    # names pasted in three languages and a code; one name nobody knows
    page.get_by_role("link", name="Attendance").click()
    page.get_by_label("Add names").first.fill("阿富汗、Algérie、SWZ、Ruritania")
    page.get_by_role("button", name="Add", exact=True).first.click()
    parties = page.locator("#f-attendance-states-parties")
    expect(parties.locator(".entries li .name")).to_have_text(
        ["Afghanistan", "Algeria", "Swaziland"])  # English list order; 2017: not Eswatini
    expect(parties.locator(".unresolved .as-typed")).to_have_text(["Ruritania"])
    expect(page.locator(".pasted")).to_contain_text("3 names resolved")

    # a document by symbol, checked as it is typed
    page.get_by_role("link", name="Documents").click()
    symbol = page.get_by_label("Symbol, e.g.")
    symbol.fill("CTOC/COP/WG.3/2017/1")
    expect(page.locator("#symbol-check")).to_have_text("✓ CTOC/COP/WG.3/2017/1")
    symbol.fill("CTOC/COP/WG.3//1")
    expect(page.locator("#symbol-check")).to_contain_text("Not a document symbol")
    symbol.fill("CTOC/COP/WG.3/2017/1")
    page.get_by_label("Title", exact=True).fill("Provisional agenda and annotations")
    page.get_by_role("button", name="Add the document").click()
    expect(page.locator("td.symbol")).to_have_text(["CTOC/COP/WG.3/2017/1"])

    # a check finding beside the field it concerns: the meetings held are not yet known
    page.get_by_role("link", name="Bodies and sessions").click()
    held = page.locator("section.card .findings").filter(has_text="number of meetings held")
    expect(held.first).to_be_visible()
    expect(held.first.locator(".code").first).to_have_text("gaps/unknown")

    # the zh DOCX and the ar PDF
    page.get_by_role("link", name="Report").click()
    with page.expect_download() as got:
        page.get_by_role("link", name="zh.docx").click()
    docx = got.value.path()
    with zipfile.ZipFile(docx) as archive:
        assert "国际合作工作组" in archive.read("word/document.xml").decode("utf-8")
    with page.expect_download() as got:
        page.get_by_role("link", name="ar.pdf").click()
    assert got.value.path().read_bytes()[:5] == b"%PDF-"

    # history: what each revision did, and back to the record before the paste
    page.get_by_role("link", name="History").click()
    rows = page.locator("table.revisions tbody tr")
    expect(rows).to_have_count(4)  # created, agenda item, attendance, document
    page.get_by_role("button", name="Restore revision 2").click()
    expect(page.locator(".saved")).to_contain_text("revision 5")
    page.get_by_role("link", name="Attendance").click()
    expect(page.locator("#f-attendance-states-parties .entries li")).to_have_count(0)
    page.get_by_role("link", name="Agenda").click()
    expect(page.locator("li[data-number='2'] .title")).to_have_text("Organizational matters")
    assert re.search(r"revision 5", page.locator(".record-key").inner_text())
