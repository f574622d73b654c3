"""A real `sessional serve` with the example and one user per role, and Debian's Chromium
driven by Playwright (the pip package; its own browser download is never used)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from sessional.services import Workspace

from ..server.live import LiveServer

PASSWORD = "correct horse battery staple"
PEOPLE = {"sec": ("secretariat", None), "sec2": ("secretariat", None),
          "obs": ("observer", None), "admin": ("admin", None), "del_fra": ("delegate", "FRA")}
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("web")
    url = f"sqlite:///{folder / 'sessional.db'}"
    workspace = Workspace(url)
    for name, (role, delegation) in PEOPLE.items():
        workspace.accounts.add(name, role, PASSWORD, delegation)
    live = LiveServer(url, folder / "server.log", demo=True)
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM}: Debian's chromium is not installed"
    found = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
    yield found
    found.close()


def log_in(context: BrowserContext, base: str, name: str) -> Page:
    page = context.new_page()
    page.goto(f"{base}/login")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/records")
    return page


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    found = browser.new_context(accept_downloads=True, locale="en-GB")
    yield found
    found.close()
