"""The texts of a record in several languages, and which translations are outdated.

A text is an object of language codes and strings (`{"zh": "…", "en": "…"}`), found by its JSON
path. One of its languages is its source: the language its owner says it was written in
(`source_language` beside it), else the report's original language, else the first of the six
that it has. The record remembers, per text and language translated into, the source text the
translation was made from (`translated_from`), where that is known: from an imported XLIFF
file, a translation typed in beside its source, or the source as it was when an edit changed
it. A translation whose source text has changed since is outdated: it awaits the translator
again, and a report in that language carries a text that no longer says what the source says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .facts import LANGUAGES

Data = dict[str, Any]
BOOKKEEPING = ("translation_state", "translated_from")  # top-level parts keyed by text path


def texts_of(data: Any, path: str = "$") -> Iterator[tuple[str, dict[str, str]]]:
    """Every text of record JSON data and its path, in the order of the data."""
    if isinstance(data, dict):
        if data and set(data) <= set(LANGUAGES) and all(isinstance(v, str) for v in
                                                         data.values()):
            yield path, data
            return
        for key, value in data.items():
            if not (path == "$" and key in BOOKKEEPING):  # about texts, not texts
                yield from texts_of(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from texts_of(value, f"{path}[{index}]")


def steps_of(path: str) -> list[str | int]:
    return [int(s) if s.isdigit() else s for s in re.findall(r"\w+", path.removeprefix("$"))]


def value_at(data: Any, path: str) -> Any:
    """What is at `path` in `data`; LookupError (KeyError, IndexError) where nothing is."""
    for step in steps_of(path):
        if isinstance(step, int) and not isinstance(data, list):
            raise KeyError(step)
        data = data[step]
    return data


def source_language(data: Data, path: str, text: dict[str, str]) -> str | None:
    """The language the text at `path` of `data` is translated from (rule above)."""
    owner: Any = {}
    if path.endswith(".text"):
        try:
            owner = value_at(data, path.removesuffix(".text"))
        except LookupError:
            owner = {}
    original = (data.get("report") or {}).get("original_language")
    for lang in (owner.get("source_language") if isinstance(owner, dict) else None, original,
                 *LANGUAGES):
        if lang in text:
            return str(lang)
    return None


def translated_from(data: Data, path: str, lang: str) -> str | None:
    """The source text the translation into `lang` at `path` was made from, if known."""
    found = (data.get("translated_from") or {}).get(path) or {}
    value = found.get(lang)
    return value if isinstance(value, str) else None


def is_outdated(data: Data, path: str, text: dict[str, str], lang: str) -> bool:
    """The translation into `lang` was made from a source text other than the present one."""
    source = source_language(data, path, text)
    if source is None or source == lang or lang not in text:
        return False
    made_from = translated_from(data, path, lang)
    return made_from is not None and made_from != text[source]


def remember_sources(before: Data, after: Data, part: str) -> None:
    """After an edit of `part` of the record (`after`, changed in place): each translation
    typed in is remembered as made from its present source, and each translation whose source
    the edit changed, itself unchanged, as made from the source as it was (unless the record
    already knows what it was made from). Translations removed are forgotten."""
    known: dict[str, dict[str, str]] = {
        path: dict(langs) for path, langs in (after.get("translated_from") or {}).items()}
    for path, text in texts_of(after.get(part), f"$.{part}"):
        try:
            old = value_at(before, path)
        except LookupError:
            old = None
        old = old if isinstance(old, dict) else {}
        source = source_language(after, path, text)
        if source is None:
            continue
        for lang in LANGUAGES:
            if lang == source:
                continue
            if lang not in text:
                known.get(path, {}).pop(lang, None)
            elif text[lang] != old.get(lang):
                known.setdefault(path, {})[lang] = text[source]
            elif old.get(source) not in (None, text[source]):
                known.setdefault(path, {}).setdefault(lang, old[source])
    present = {path for path, _ in texts_of(after.get(part), f"$.{part}")}
    known = {path: langs for path, langs in known.items() if langs and (
        path in present or not _within(path, part))}
    if known or "translated_from" in after:
        after["translated_from"] = known


def _within(path: str, part: str) -> bool:
    return path == f"$.{part}" or path.startswith((f"$.{part}.", f"$.{part}["))
