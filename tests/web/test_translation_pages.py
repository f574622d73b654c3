"""Translation on the record's page: the state of translation per language, in the operator's
language (the figures as `sessional check` gives them, tests/test_cli_translate_state.py)."""

from __future__ import annotations

import re

from sessional.services import Workspace

from . import test_pages
from .test_pages import KEY, client

workspace = test_pages.workspace  # the example in a workspace, one user per role


def _row(page: str, lang: str) -> list[str]:
    row = re.search(rf'<tr id="translation-{lang}">(.*?)</tr>', page, re.S)
    assert row is not None
    return re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row.group(1))


def test_the_record_page_shows_the_state_of_translation(workspace: Workspace) -> None:
    c, _ = client(workspace, "sec")
    c.get("/language/fr", follow_redirects=False)
    page = c.get(f"/records/{KEY}").text
    assert "État de la traduction" in page and "Nouveaux (en attente de traduction)" in page
    assert _row(page, "fr") == ["fr", "32 / 2315", "0 / 0", "0 / 0", "0 / 0"]
    assert _row(page, "en") == ["en", "30 / 2295", "10 / 71", "0 / 0", "0 / 0"]
    c.get("/language/zh", follow_redirects=False)
    page = c.get(f"/records/{KEY}").text
    assert "翻译状态" in page and "已审校" in page
    assert _row(page, "zh") == ["zh", "0 / 0", "0 / 0", "0 / 0", "0 / 0"]
