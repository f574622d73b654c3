"""Messages said in English, or in a page's language with its catalogue: counted phrases take
the form of their number, counts the language's thousands separator, names the language's."""

from __future__ import annotations

import gettext

from sessional.model.wording import Names, Number, counted, say


class French(gettext.NullTranslations):
    """A catalogue with one counted phrase in French."""

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        if msgid1 == "{n} meeting":
            return "{n} séance" if n < 2 else "{n} séances"
        return super().ngettext(msgid1, msgid2, n)


def test_a_counted_phrase_takes_the_form_of_its_number() -> None:
    def meetings(n: int | Number) -> str:
        return say(counted("{n} meeting", "{n} meetings", "n", n=n))

    assert [meetings(n) for n in (0, 1, 2)] == ["0 meetings", "1 meeting", "2 meetings"]
    assert meetings(Number(1)) == "1 meeting"
    assert meetings(Number(12345)) == "12,345 meetings"


def test_a_counted_phrase_in_the_catalogue_of_a_page() -> None:
    def meetings(n: int) -> str:
        text = say(counted("{n} meeting", "{n} meetings", "n", n=Number(n)), "fr", French())
        return text.replace("\u2068", "").replace("\u2069", "")

    assert meetings(1) == "1 séance"
    assert meetings(12345) == "12\u202f345 séances"  # CLDR French: narrow no-break space


def test_a_name_in_the_language_of_the_page_else_in_english_else_the_default() -> None:
    vienna = Names("Vienna (default)", (("en", "Vienna"), ("fr", "Vienne")))
    assert [vienna.name(lang) for lang in ("fr", "es", None, "")] == [
        "Vienne", "Vienna", "Vienna (default)", "Vienna (default)"]
    assert Names("Wien").name("fr") == "Wien"
    assert say(vienna, "fr") == "Vienne"
