"""What an import of translators' XLIFF says when it refuses the file: a sentence in words (said
in English on the command line, in the operator's language on a page) and the units at fault,
named by their JSON path as the file has them (never translated). A placeholder's kind
(number, date, dates, symbol) is said as the file's ctype names it (x-number), the word the
translator's tool shows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn

from ..model.wording import Words, counted, say, words
from .records import InputError


class ImportRefused(InputError):
    """A file refused whole, nothing imported; `units` are the lines naming each unit at fault
    (as printed, or in words), shown under the sentence."""

    def __init__(self, sentence: Words, units: Iterable[str | Words] = ()) -> None:
        self.units = tuple(units)
        super().__init__(sentence)
        if self.units:
            self.args = ("\n".join((f"{self.args[0]}:", *(
                unit if isinstance(unit, str) else f"  {say(unit)}" for unit in self.units))),)


def refuse(sentence: Words, units: Iterable[str | Words] = ()) -> NoReturn:
    raise ImportRefused(sentence, units)


def unit_fault(unit: str, fault: Words) -> Words:
    return words("{unit}: {fault}", unit=unit, fault=fault)


def not_in_source(id: str, text: str) -> Words:
    return words("<ph id=\"{id}\"> {text} is not one of the source's", id=id, text=text)


def stands_twice(id: str, text: str) -> Words:
    return words("<ph id=\"{id}\"> {text} stands twice in the target", id=id, text=text)


def placeholder_changed(id: str, given: str, wanted: str, kind: str) -> Words:
    return words("<ph id=\"{id}\"> is {given} in the target, {wanted} in the source ({kind})",
                 id=id, given=given, wanted=wanted, kind=kind)


def placeholder_missing(id: str, text: str, kind: str) -> Words:
    return words("<ph id=\"{id}\"> {text} ({kind}) is missing from the target", id=id,
                 text=text, kind=kind)


def several_languages(file: str, found: str) -> Words:
    return words("{file}: its files are for several languages ({found}); give one language "
                 "per file; nothing was imported", file=file, found=found)


def not_a_language(file: str, language: str, known: str) -> Words:
    return words("{file}: target-language '{language}' is not one of {known}; nothing was "
                 "imported", file=file, language=language, known=known)


def not_into(file: str, language: str, wanted: str) -> Words:
    return words("{file}: the file is a translation into {language}, not into {wanted} (--to); "
                 "nothing was imported", file=file, language=language, wanted=wanted)


def cannot_translate(file: str, source: str, unit: str, language: str) -> Words:
    return words("{file}: source-language '{source}' of {unit} cannot be translated into "
                 "{language}; nothing was imported", file=file, source=source, unit=unit,
                 language=language)


def another_record(file: str, original: str, ours: str) -> Words:
    return words("{file} was exported from another record ({original}), not from this one "
                 "({ours}); nothing was imported", file=file, original=original, ours=ours)


def other_versions(file: str, count: int, language: str) -> Words:
    return counted("{file}: {count} text with another {language} version in the record "
                   "already; give --replace to put the file's in their place; nothing was "
                   "imported", "{file}: {count} texts with another {language} version in the "
                   "record already; give --replace to put the file's in their place; nothing "
                   "was imported", "count", file=file, count=count, language=language)


def naming_nothing(file: str, count: int) -> Words:
    return counted("{file}: {count} unit naming no text of the record; nothing was imported",
                   "{file}: {count} units naming no text of the record; nothing was imported",
                   "count", file=file, count=count)


def in_the_file_twice(file: str, count: int) -> Words:
    return counted("{file}: {count} unit in the file twice; nothing was imported",
                   "{file}: {count} units in the file twice; nothing was imported",
                   "count", file=file, count=count)


def sources_edited(file: str, count: int) -> Words:
    return counted("{file}: the source of {count} unit changed in the record since the export; "
                   "export again; nothing was imported", "{file}: the source of {count} units "
                   "changed in the record since the export; export again; nothing was imported",
                   "count", file=file, count=count)


def placeholders_broken(file: str, count: int) -> Words:
    return counted("{file}: {count} protected placeholder lost or changed in the targets; "
                   "nothing was imported", "{file}: {count} protected placeholders lost or "
                   "changed in the targets; nothing was imported", "count", file=file,
                   count=count)
