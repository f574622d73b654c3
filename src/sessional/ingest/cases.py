"""Russian names in another case than the nominative, as lists after "представители
следующих государств" write them ("Австрии, Алжира, Соединенного Королевства Великобритании и
Северной Ирландии"): the nominative forms to look up in the reference data.

Each form puts the first k words (or every word) in the nominative with pymorphy3, keeping the
gender and number of each word, its capital letter and "е" for "ё" as UN Russian writes it. A
form that resolves is a name of the reference data, never one made up here: the forms are
only candidates for the exact look-up.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import product
from typing import Any

_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё’'-]*")
MAX_WORDS = 8
MAX_FORMS = 40


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=8192)
def _nominatives(word: str) -> tuple[str, ...]:
    """The word's nominative forms, one per reading of it that is not already nominative
    ("Африканского": masculine and neuter); the word itself when it has none."""
    forms: list[str] = []
    for parse in _analyzer().parse(word):
        if "nomn" in parse.tag:
            continue
        form = parse.inflect({"nomn"})
        if form is not None and _as_written(form.word, word) not in forms:
            forms.append(_as_written(form.word, word))
    return tuple(forms[:3]) or (word,)


def _as_written(form: str, word: str) -> str:
    """The capitals of the word as written, piece by piece ("Гвинея-Бисау"); "е" for "ё"."""
    if "ё" not in word.lower():
        form = form.replace("ё", "е")
    pieces = form.split("-")
    written = word.split("-")
    if len(pieces) == len(written):
        pieces = [p[:1].upper() + p[1:] if w[:1].isupper() else p
                  for p, w in zip(pieces, written, strict=True)]
    return "-".join(pieces)


def nominative_forms(text: str) -> list[str]:
    """The text with its first 1, 2, … words in the nominative, then with every word (each
    word in each of its readings, up to MAX_FORMS forms)."""
    words = list(_WORD.finditer(text))
    if not words or len(words) > MAX_WORDS:
        return []
    forms: list[str] = []
    for k in range(1, len(words) + 1):
        for choice in product(*(_nominatives(m.group()) for m in words[:k])):
            out, last = [], 0
            for m, word in zip(words[:k], choice, strict=True):
                out += [text[last:m.start()], word]
                last = m.end()
            form = "".join(out) + text[last:]
            if form != text and form not in forms:
                forms.append(form)
            if len(forms) >= MAX_FORMS:
                return forms
    return forms
