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
    """msgid -> translation; a plural message by its singular, its forms joined by "|"."""
    text = (CATALOGS / lang / "LC_MESSAGES" / "ui.po").read_text("utf-8")
    return {m.id if isinstance(m.id, str) else m.id[0]:
            m.string if isinstance(m.string, str) else "|".join(m.string) if all(m.string)
            else "" for m in read_po(io.StringIO(text)) if m.id}


def fields(text: str) -> set[str]:
    return set(re.findall(r"%\(\w+\)s", text))


def slots(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}", text))


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
                # the same %(fields)s and {slots} (each may stand twice); a plural form may
                # say its number in words ("مرتين", "خطأ واحد"), the last has them all
                forms = text.split("|")
                assert all(fields(form) <= fields(message) for form in forms), \
                    f"{lang}: {message!r}"
                assert fields(forms[-1]) == fields(message), f"{lang}: {message!r}"
                assert all(slots(form) <= slots(message) for form in forms), f"{lang}: {message!r}"
                assert slots(forms[-1]) == slots(message), f"{lang}: {message!r}"


def test_words_a_chinese_and_an_arabic_operator_read() -> None:
    zh, ar = catalog("zh"), catalog("ar")
    assert zh["States parties"] == "缔约国"
    assert ar["States parties"] == "الدول الأطراف"
    assert zh["Log in"] and zh["Log in"] != "Log in"


def test_russian_and_arabic_count_meetings_with_their_plural_forms() -> None:
    from sessional.model.wording import counted, say
    from sessional.web.pages.i18n import translations

    def held(n: int, lang: str | None = None) -> str:
        said = counted("{body}: {held} meeting held, but meeting {number} is recorded",
                       "{body}: {held} meetings held, but meeting {number} is recorded", "held",
                       body="TA", held=n, number=9)
        text = say(said, lang, translations(lang) if lang else None)  # type: ignore[arg-type]
        return text.replace("\u2068", "").replace("\u2069", "")

    assert [held(n) for n in (1, 5)] == ["TA: 1 meeting held, but meeting 9 is recorded",
                                         "TA: 5 meetings held, but meeting 9 is recorded"]
    assert [held(n, "ru") for n in (1, 2, 5, 21)] == [
        "TA: проведено 1 заседание, но записано заседание 9",
        "TA: проведено 2 заседания, но записано заседание 9",
        "TA: проведено 5 заседаний, но записано заседание 9",
        "TA: проведено 21 заседание, но записано заседание 9"]
    assert [held(n, "ar") for n in (1, 2, 5, 11)] == [
        "TA: عُقدت جلسة واحدة، لكن الجلسة 9 مسجلة", "TA: عُقدت جلستان، لكن الجلسة 9 مسجلة",
        "TA: عُقدت 5 جلسات، لكن الجلسة 9 مسجلة", "TA: عُقدت 11 جلسة، لكن الجلسة 9 مسجلة"]
    assert held(1, "en") == "TA: 1 meeting held, but meeting 9 is recorded"


def test_every_catalogue_is_well_formed(capsys: object) -> None:
    """A message without its msgstr line (a merge that lost it) is read by Babel with a
    warning on the server's console and the message left out."""
    import pytest

    assert isinstance(capsys, pytest.CaptureFixture)
    for lang in ("ar", "zh", "en", "fr", "es", "ru"):
        text = (CATALOGS / lang / "LC_MESSAGES" / "ui.po").read_text("utf-8")
        read_po(io.StringIO(text), locale=lang)
        said = capsys.readouterr()
        assert "WARNING" not in said.out + said.err, (lang, said.out + said.err)
