"""Bodies, conventions and meeting places in six languages, from our curated tables.

`curated/bodies.csv`, `conventions.csv` and `places.csv` hold names found in UN documents (each
row names its source). An empty cell means no source was found: the name is missing, never
translated by us. `curated/name_cases.csv` holds the case forms a sentence needs where a
language inflects names (ru: the genitive of a body, the locative of a city), each sourced;
`curated/body_grammar.csv` the grammatical gender of a body's name and its article (fr, es),
which the catalogues' phrases select their agreement by.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..model import LANGUAGES, Lang

BodyKind = str


@dataclass(frozen=True)
class Named:
    key: str
    names: dict[Lang, str]
    source: str

    def name(self, lang: Lang) -> str | None:
        return self.names.get(lang)

    @property
    def missing(self) -> tuple[Lang, ...]:
        return tuple(lang for lang in LANGUAGES if lang not in self.names)


@dataclass(frozen=True)
class BodyTemplate(Named):
    """A body that meets and reports, as a new record starts it."""

    record_key: str
    kind: BodyKind
    symbol_series: str
    convention: str
    parent: str
    ordinal_style: str


def _rows(name: str) -> list[dict[str, str]]:
    text = files("sessional.refdata").joinpath("curated", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _names(row: dict[str, str]) -> dict[Lang, str]:
    return {lang: row[f"name_{lang}"].strip() for lang in LANGUAGES
            if row.get(f"name_{lang}", "").strip()}


@cache
def body_templates() -> dict[str, BodyTemplate]:
    return {row["key"]: BodyTemplate(
        key=row["key"], names=_names(row), source=row["source"], record_key=row["record_key"],
        kind=row["kind"], symbol_series=row["symbol_series"], convention=row["convention"],
        parent=row["parent"], ordinal_style=row["ordinal_style"]) for row in _rows("bodies.csv")}


@cache
def conventions() -> dict[str, Named]:
    return {row["key"]: Named(row["key"], _names(row), row["source"])
            for row in _rows("conventions.csv")}


@cache
def places() -> dict[str, Named]:
    return {row["key"]: Named(row["key"], _names(row), row["source"])
            for row in _rows("places.csv")}


def place_by_name(text: str) -> Named | None:
    """A meeting place named in any of the six languages (case and spacing ignored)."""
    wanted = " ".join(text.split()).casefold()
    return next((p for p in places().values()
                 if any(n.casefold() == wanted for n in p.names.values())), None)


@cache
def _cases() -> dict[tuple[str, str, str], str]:
    return {(row["key"], row["lang"], row["case"]): row["form"].strip()
            for row in _rows("name_cases.csv") if row["form"].strip()}


def name_case(key: str, lang: Lang, case: str) -> str | None:
    """A body's or a place's name in a grammatical case (ru genitive, locative), if sourced."""
    return _cases().get((key, lang, case))


@dataclass(frozen=True)
class BodyGrammar:
    """What a sentence needs to know of a body's name in one language: the gender of its head
    noun (fr Conférence: feminine; ru Группа: feminine; ar مؤتمر: masculine) and its article."""

    gender: str
    article: str
    source: str


@cache
def _grammar() -> dict[tuple[str, str], BodyGrammar]:
    return {(row["key"], row["lang"]): BodyGrammar(row["gender"].strip(), row["article"].strip(),
                                                   row["source"])
            for row in _rows("body_grammar.csv")}


def body_grammar(key: str, lang: Lang) -> BodyGrammar | None:
    """The grammatical facts of a body of the reference data in a language, if sourced."""
    return _grammar().get((key, lang))


def body_by_series(series: str) -> BodyTemplate | None:
    """The body of the reference data whose documents carry this symbol series (CAC/COSP)."""
    return next((b for b in body_templates().values() if b.symbol_series == series), None)
