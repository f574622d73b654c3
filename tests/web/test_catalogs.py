"""The operator catalogues: every message of the pages in every language's catalogue; Chinese
and Arabic translate all of them; French, Spanish and Russian lack only those listed here."""

from __future__ import annotations

import io
import re
import subprocess
import sys

from babel.messages.pofile import read_po

from ..conftest import ROOT

CATALOGS = ROOT / "src/sessional/web/pages/locale"
MAY_LACK: dict[str, set[str]] = {"fr": set(), "es": set(), "ru": set()}


def catalog(lang: str) -> dict[str, str]:
    text = (CATALOGS / lang / "LC_MESSAGES" / "ui.po").read_text("utf-8")
    return {m.id: m.string for m in read_po(io.StringIO(text)) if m.id}


def test_every_message_of_the_pages_is_in_every_catalogue() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts/ui_catalogs.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "catalogues lacking some: none" in done.stdout


def test_chinese_and_arabic_translate_every_message_with_its_fields() -> None:
    english = catalog("en")
    assert len(english) > 200
    for lang in ("zh", "ar", "fr", "es", "ru"):
        found = catalog(lang)
        lacking = {m for m in english if not found.get(m)}
        assert lacking <= MAY_LACK.get(lang, set()), f"{lang} lacks {sorted(lacking)[:5]}"
        for message, text in found.items():
            if text:
                assert sorted(re.findall(r"%\(\w+\)s", text)) == \
                    sorted(re.findall(r"%\(\w+\)s", message)), f"{lang}: {message!r}"
                # the check findings' sentences: the same {slots} (each may stand twice)
                assert set(re.findall(r"\{\w+\}", text)) == \
                    set(re.findall(r"\{\w+\}", message)), f"{lang}: {message!r}"


def test_words_a_chinese_and_an_arabic_operator_read() -> None:
    zh, ar = catalog("zh"), catalog("ar")
    assert zh["States parties"] == "缔约国"
    assert ar["States parties"] == "الدول الأطراف"
    assert zh["Log in"] and zh["Log in"] != "Log in"
