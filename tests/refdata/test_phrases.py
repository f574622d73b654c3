"""The stock phrases: every branch of an ICU choice (what the ingest stages read reports with),
the arguments a phrase chooses by, and the grammar settings of the catalogues."""

from __future__ import annotations

import pytest

from sessional.refdata.phrases import branches, choices, forms, month_names, phrase, setting

ADOPTED = ("{body_gender, select, feminine {La {body} a adopté} other {Le {body} a adopté}} "
           "le rapport.")


def test_every_branch_of_a_choice_keeps_its_plain_fields() -> None:
    assert branches(ADOPTED) == ["La {body} a adopté le rapport.",
                                 "Le {body} a adopté le rapport."]
    assert branches("{n, plural, one {{g, select, f {une} other {un}} jour} other {# jours}}") \
        == ["une jour", "un jour", "# jours"]
    assert branches("plain {x}") == ["plain {x}"]


def test_a_choice_without_its_closing_brace_is_refused() -> None:
    with pytest.raises(ValueError) as refused:
        branches("{n, plural, one {a} other {b}")
    assert refused.value.args == ("unbalanced braces in '{n, plural, one {a} other {b}'",)


def test_the_arguments_a_phrase_chooses_by() -> None:
    assert choices(ADOPTED + " {n, plural, one {# séance} other {# séances}}") == {
        "body_gender", "n"}
    assert choices("On {date}, {body} adopted the report.") == set()


def test_grammar_settings_of_the_catalogues() -> None:
    """zh 'before-list-placeholder' is '(none)': no space before '[……]' (seed para 25)."""
    assert setting("es", "session-ordinal-words-up-to") == "10"
    assert setting("en", "spell-out-up-to") == "9"
    assert (setting("en", "first-day"), setting("fr", "first-day")) == ("1", "1er")
    assert setting("zh", "before-list-placeholder") == ""
    assert phrase("fr", "grammar", "first-day") == "1er"


def test_a_phrase_not_in_a_catalogue_is_refused_by_name() -> None:
    with pytest.raises(KeyError) as refused:
        forms("en", "grammar", "no-such-setting")
    assert refused.value.args == ("no phrase grammar/'no-such-setting' in the en catalogue",)


def test_month_names_as_the_catalogues_write_them_in_dates() -> None:
    assert month_names("fr")["octobre"] == 10
    assert month_names("es")["enero"] == 1
    assert len(month_names("ru")) == 12
