"""Every stock phrase exists in all six languages, with the plural forms each language needs."""

from __future__ import annotations

import string

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from sessional.model import LANGUAGES
from sessional.refdata.phrases import branches, catalog_path

PLURAL_FORMS = {"ar": 6, "zh": 1, "en": 2, "fr": 3, "es": 3, "ru": 3}


def load(lang: str) -> Catalog:
    with open(catalog_path(lang), "rb") as handle:  # type: ignore[arg-type]
        return read_po(handle, locale=lang)


def keys(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}


def fields(text: str) -> set[str]:
    """The plain fields of every branch of the phrase (ICU select/plural resolved)."""
    return {name for branch in branches(text)
            for _, name, _, _ in string.Formatter().parse(branch) if name}


def test_every_language_has_the_same_phrases() -> None:
    english = keys(load("en"))
    assert len(english) > 100
    for lang in LANGUAGES:
        assert keys(load(lang)) == english, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phrase_is_translated_with_its_plural_forms(lang: str) -> None:
    catalog = load(lang)
    assert catalog.num_plurals == PLURAL_FORMS[lang]
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.pluralizable:
            assert len(strings) == PLURAL_FORMS[lang], (lang, message.id)
        assert all(strings), f"{lang}: no translation for {message.id!r}"
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        allowed = set().union(*(fields(i) for i in ids)) | {"month_number", "m1_number",
                                                           "m2_number", "count_pair",
                                                           "count_digits", "body_genitive",
                                                           "venue_locative", "dates_short",
                                                           "body_instrumental",
                                                           "ordinal_object", "bodies_genitive",
                                                           "count_bodies"}
        for s in strings:
            assert fields(s) <= allowed, f"{lang}: {s!r} uses a field {message.id!r} lacks"
