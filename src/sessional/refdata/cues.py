"""Cue words that a reader of reports looks for, per language (`curated/reading_cues.csv`).

Each row: a language, what the cue means (an attendance category, `un_system` for a lead that
names United Nations entities without saying which kind, `attendance` for the verbs of an
attendance sentence, `honorific` for a title before or after a person's name, `conjunction` for
the word that ends a list, `on_behalf`, `group`, `negation` and `none` (see FORMAT.md),
`heading:<catalogue title>` for another title of a chapter or
section) and the cue as real reports write it, with its source. Stock phrases
live in data, not in code (the report catalogues hold what we write; this table holds what
others write).
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib.resources import files

from ..model import Lang


@cache
def reading_cues(lang: Lang) -> dict[str, tuple[str, ...]]:
    """Meaning -> cues of the language, longest first."""
    text = files("sessional.refdata").joinpath("curated", "reading_cues.csv").read_text(
        encoding="utf-8")
    out: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["lang"] == lang:
            out.setdefault(row["meaning"], []).append(row["cue"])
    return {meaning: tuple(sorted(cues, key=len, reverse=True)) for meaning, cues in out.items()}
