"""Every page in the operator's language: Arabic right to left with a mirrored layout, no
English left on the Chinese and Arabic pages, and no serious accessibility fault anywhere."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from babel.messages.pofile import read_po
from playwright.sync_api import BrowserContext, Page, expect

from ..server.live import LiveServer
from .conftest import log_in

KEY = "untoc-wg-2017"
PAGES = ("/records", "/new", "/account", "/users", f"/records/{KEY}",
         *(f"/records/{KEY}/{part}" for part in (
             "sessions", "meetings", "agenda", "officers", "attendance", "statements",
             "documents", "narrative?to=en", "report", "report?lang=ar", "history",
             "history?show=1")))
CATALOGS = Path(__file__).resolve().parents[2] / "src/sessional/web/pages/locale"
TEXTS = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement.closest('.report-preview, .data, script, style, [lang=en]')) continue;
    const text = node.textContent.trim();
    if (text) out.push(text);
  }
  document.querySelectorAll('[aria-label]').forEach(e => out.push(e.getAttribute('aria-label')));
  return out;
}"""


def english_messages(lang: str) -> tuple[set[str], list[str]]:
    """The catalogue's messages whose translation differs from the English: whole texts, and
    the literal parts (6 characters or more) of those with fields."""
    catalog = read_po(io.StringIO((CATALOGS / lang / "LC_MESSAGES/ui.po").read_text("utf-8")))
    whole, parts = set(), []
    for message in catalog:
        if not message.id or message.string == message.id:
            continue
        if "%(" in message.id:
            parts += [p.strip() for p in re.split(r"%\(\w+\)s", message.id) if len(p.strip()) > 5]
        else:
            whole.add(message.id)
    return whole, parts


def choose(context: BrowserContext, base: str, lang: str) -> Page:
    page = log_in(context, base, "admin")
    page.goto(f"{base}/language/{lang}?next=/records")
    return page


def test_the_arabic_interface_runs_right_to_left_and_mirrors(server: LiveServer,
                                                            context: BrowserContext) -> None:
    page = choose(context, server.base, "ar")
    page.goto(f"{server.base}/records/{KEY}/agenda")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    nav, main = page.locator("nav.sections").bounding_box(), page.locator("main").bounding_box()
    assert nav and main and nav["x"] > main["x"], "the parts of the record stand on the right"
    expect(page.get_by_role("link", name="جدول الأعمال")).to_have_attribute("aria-current", "page")
    page.goto(f"{server.base}/language/en?next=/records/{KEY}/agenda")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    nav, main = page.locator("nav.sections").bounding_box(), page.locator("main").bounding_box()
    assert nav and main and nav["x"] < main["x"]


@pytest.mark.parametrize("lang", ["zh", "ar"])
def test_no_page_shows_an_untranslated_string(server: LiveServer, context: BrowserContext,
                                              lang: str) -> None:
    whole, parts = english_messages(lang)
    assert len(whole) > 100, "the catalogue is translated"
    page = choose(context, server.base, lang)
    for path in PAGES:
        page.goto(server.base + path)
        texts = page.evaluate(TEXTS)
        left = sorted({t for t in texts if t in whole} |
                      {f"{p!r} in {t!r}" for p in parts for t in texts if p in t})
        assert left == [], f"{lang} {path}: English left: {left}"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_page_has_a_serious_accessibility_fault(server: LiveServer, context: BrowserContext,
                                                   lang: str) -> None:
    axe = Axe()
    page = context.new_page()
    page.goto(f"{server.base}/login")
    found = {"/login": axe.run(page).response["violations"]}
    page = choose(context, server.base, lang)
    for path in PAGES:
        page.goto(server.base + path)
        found[path] = axe.run(page).response["violations"]
    serious = {path: [(v["id"], v["impact"], v["nodes"][0]["target"]) for v in violations
                      if v["impact"] in {"serious", "critical"}]
               for path, violations in found.items()}
    assert {p: v for p, v in serious.items() if v} == {}
