"""Matching keys for names written in any of the six languages, with or without articles."""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile(r"\s*\*+\s*$")
_ARTICLE_SUFFIX = re.compile(r"\s*\((the|l'|le|la|les|el|los|las|sans article)\)\s*$")
_ARTICLE_PREFIX = re.compile(r"^(the|l'|le|la|les|el|los|las)\s+|^l'", re.IGNORECASE)
_GENDER = re.compile(r"\s*\[(masc\.|fém\.)\]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "‐": "-"})


def name_key(text: str) -> str:
    """A key under which spellings of one name meet.

    Folds width (（） and ()), case, apostrophes and dashes, drops UNTERM marks (`*`, `[fém.]`),
    articles before or after the name (`the`, `(el)`, `l'`), and spaces around CJK text.
    Accents and letters are kept: `Côte` and `Cote` are different keys (fuzzy matching is the
    place for near misses).
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).translate(_DASHES)
    text = _MARKS.sub("", " ".join(text.split()))
    text = _GENDER.sub("", text)
    text = _ARTICLE_SUFFIX.sub("", text)
    text = _ARTICLE_PREFIX.sub("", text.strip())
    text = text.casefold().strip(" .,;:")
    text = re.sub(r"\s*([()\-,])\s*", r"\1", text)
    if any(_is_cjk(ch) for ch in text):
        text = text.replace(" ", "")
    return text


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
