"""How far the translation of a record has gone, per language: its texts (and their words) new,
outdated, translated, reviewed and final.

New: the texts awaiting the language (`translate export --to` writes them, with the outdated
ones). Outdated: texts the record has in the language, translated from a version of the source
since changed (model/translations.py). Translated, reviewed, final: the other texts the record
has in the language besides their source language, in the state the last import recorded (a
text with no state recorded, translated before states were kept or typed in, counts as
translated).

Words are counted in the source text, the text a translator works from, the way CAT tools
count the volume of work: in Chinese each Chinese character is a word (Han ideographs and
the CJK symbols and fullwidth forms that are letters or digits), and a run of other letters
or digits (a document symbol, a number, a Latin name) is one more word; in the other five
languages a word is a run of text between spaces holding at least one letter or digit
(punctuation standing alone is no word)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.xliff import TranslatedUnit
from ..model import LANGUAGES, Lang, Record, record_to_data
from ..model.record import TranslationState
from ..model.translations import is_outdated, texts_of
from .translation import source_of, units

STATES = ("new", "outdated", "translated", "reviewed", "final")
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
_CHINESE_WORD = re.compile(rf"{_HAN}|(?:(?!{_HAN})[^\W_])+")
_WORD = re.compile(r"[^\W_]")


def state_of(unit: TranslatedUnit) -> TranslationState:
    """The state an imported unit's XLIFF 1.2 attributes give its translation."""
    if unit.state == "final":
        return "final"
    if unit.state == "signed-off" or unit.approved:
        return "reviewed"
    return "translated"


def words_in(text: str, lang: str) -> int:
    """The words of a text in its language, by the rule above."""
    if lang == "zh":
        return len(_CHINESE_WORD.findall(text))
    return sum(1 for token in text.split() if _WORD.search(token))


@dataclass
class Tally:
    """A number of texts and of the words of their sources."""

    texts: int = 0
    words: int = 0


@dataclass
class LanguageState:
    """The texts of one language, new (awaiting translation), translated, reviewed, final."""

    language: Lang
    new: Tally = field(default_factory=Tally)
    outdated: Tally = field(default_factory=Tally)  # translated from a source since changed
    translated: Tally = field(default_factory=Tally)
    reviewed: Tally = field(default_factory=Tally)
    final: Tally = field(default_factory=Tally)

    def add(self, state: str, words: int) -> None:
        tally: Tally = getattr(self, state)
        tally.texts += 1
        tally.words += words


def translation_states(record: Record) -> list[LanguageState]:
    """The state of translation of each of the six languages, in their order."""
    data = record_to_data(record)
    sources = [(path, text, source_of(record, data, path)) for path, text in texts_of(data)]
    found = []
    for lang in LANGUAGES:
        state = LanguageState(lang)
        outdated = {path for path, text, _ in sources if is_outdated(data, path, text, lang)}
        for unit in units(record, lang):
            if unit.id not in outdated:  # exported too, counted below
                state.add("new", words_in(unit.source, unit.source_language))
        for path, text, source in sources:
            if lang in text and source is not None and source != lang:
                kept = "outdated" if path in outdated else \
                    record.translation_state.get(path, {}).get(lang, "translated")
                state.add(kept, words_in(text[source], source))
        found.append(state)
    return found
