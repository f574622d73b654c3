"""The translators' XLIFF back into the record: each unit's target becomes the text of its JSON
path in the file's target language, all or nothing; a protected date is written as that
language writes dates, and the unit's state (translated, reviewed, final) is recorded.

A file made from another record, a unit the record does not have, a source edited since the
export, a target that lost or changed a protected placeholder, or a text the record already has
otherwise is refused, every such unit listed, and nothing is written. A file that brings
nothing new leaves the record file as it was, byte for byte."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from dataclasses import replace as replace_fields
from pathlib import Path
from typing import Any

from ..ingest import UnreadableFile, read_bounded
from ..ingest.xliff import (
    Exchange,
    Placeholder,
    TranslatedUnit,
    XliffUnreadable,
    flat,
    read_xliff,
)
from ..model import LANGUAGES, Lang, Record, record_from_data, record_from_json
from ..model.translations import is_outdated, steps_of
from ..model.wording import Words
from ..render.xliff import Code, protect
from .records import InputError, input_limits, write_whole
from .translation import record_id
from .translation_dates import DATES, date_in
from .translation_refusals import (
    another_record,
    cannot_translate,
    in_the_file_twice,
    naming_nothing,
    not_a_language,
    not_in_source,
    not_into,
    other_versions,
    placeholder_changed,
    placeholder_missing,
    placeholders_broken,
    refuse,
    several_languages,
    sources_edited,
    stands_twice,
    unit_fault,
)
from .translation_state import state_of

UNIT_ID = re.compile(r"^\$(?:\.\w+|\[\d+\])+$")
UNTRANSLATED = frozenset({"new", "needs-translation"})  # XLIFF 1.2 states of a target not done
CONTEXT = 30  # characters shown either side of where a source was edited


@dataclass(frozen=True)
class Imported:
    """What an import did: texts put in, texts the record had already, units left empty."""

    target: Lang
    changed: int
    already: int
    untranslated: int
    written: Path | None = None  # None: no file was written (nothing new, or not a file)


def import_translations(record_path: Path, xliff_path: Path, output: Path | None = None,
                        to: str | None = None, replace: bool = False) -> Imported:
    """Import `xliff_path` into the record file (or into `output`, the record file left as it
    is). Raises InputError, or RecordInvalid for a record that is not valid."""
    limits = input_limits()
    raw = _read(record_path, "record")
    record = record_from_json(raw, str(record_path), limits=limits)
    data = json.loads(raw.decode("utf-8-sig"))
    done = import_into(record, data, _read(xliff_path, "XLIFF"), str(xliff_path), to, replace)
    if not done.changed and output is None:
        return done
    text = raw.decode("utf-8-sig")
    if done.changed:
        record_from_data(data, str(record_path), limits=limits)  # still a valid record
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    where = output or record_path
    try:
        write_whole(where, text)
    except OSError as error:
        raise InputError(f"{where}: cannot be written ({error.strerror or error})") from None
    return replace_fields(done, written=where)


def import_into(record: Record, data: dict[str, Any], xliff: bytes, name: str,
                to: str | None = None, replace: bool = False) -> Imported:
    """Import the XLIFF file's bytes (`name` names it in messages) into record JSON data, in
    place, all or nothing. Raises InputError (ImportRefused: `data` untouched)."""
    try:
        exchange = read_xliff(xliff, name)
    except XliffUnreadable as error:
        raise InputError(str(error)) from None
    target = _target_language(exchange, name, to)
    changed, already = merge(record, data, exchange, target, name, replace)
    untranslated = sum(1 for unit in exchange.units if not translated(unit))
    return Imported(target, changed, already, untranslated)


def _read(path: Path, noun: str) -> bytes:
    try:
        return read_bounded(path, input_limits(), noun)
    except UnreadableFile as error:
        raise InputError(str(error)) from None


def _target_language(exchange: Exchange, name: str, to: str | None) -> Lang:
    found = sorted(exchange.target_languages)
    if len(found) > 1:
        refuse(several_languages(name, ", ".join(found)))
    language = found[0]
    if language not in LANGUAGES:
        refuse(not_a_language(name, language, " ".join(LANGUAGES)))
    if to is not None and to != language:
        refuse(not_into(name, language, to))
    for unit in exchange.units:
        if unit.source_language == language or unit.source_language not in LANGUAGES:
            refuse(cannot_translate(name, unit.source_language, unit.id, language))
    return language


def merge(record: Record, data: dict[str, Any], exchange: Exchange, target: Lang, name: str,
          replace: bool = False) -> tuple[int, int]:
    """Put every translated unit into `data` (record JSON data, changed in place) once all are
    checked; (texts changed, texts already there). Raises InputError, `data` untouched."""
    units = exchange.units
    _same_record(exchange, record, name)
    texts = _texts(units, data, name)
    done = [unit for unit in units if translated(unit)]
    _same_sources(done, texts, name)  # a unit left untranslated brings nothing to refuse
    _placeholders_kept(done, texts, name)
    new = {unit.id: _target_text(unit, texts[unit.id][unit.source_language], target)
           for unit in done}
    states = {unit.id: state_of(unit) for unit in done}
    sources = {unit.id: unit.source_language for unit in done}
    recorded = data.get("translation_state") or {}
    outdated = {path for path in new if is_outdated(data, path, texts[path], target)}
    already = [path for path, text in new.items() if texts[path].get(target) == text
               and recorded.get(path, {}).get(target, "translated") == states[path]
               and path not in outdated]
    overwritten = [path for path, text in new.items()  # an outdated one awaits its update
                   if texts[path].get(target) not in (None, text) and path not in outdated]
    if overwritten and not replace:
        refuse(other_versions(name, len(overwritten), target), (
                    f"  {path}\n    in the file:   {new[path]}\n"
                    f"    in the record: {texts[path][target]}" for path in overwritten))
    for path in (path for path in new if path not in already):
        texts[path][target] = new[path]
        data.setdefault("translation_state", {}).setdefault(path, {})[target] = states[path]
        data.setdefault("translated_from", {}).setdefault(path, {})[target] = \
            texts[path][sources[path]]
    return len(new) - len(already), len(already)


def _target_text(unit: TranslatedUnit, source: str, lang: Lang) -> str:
    """The target with each placeholder's text in its place, a date written as `lang` writes
    dates (what the placeholder is comes from the record's source, not from the file)."""
    kinds = {piece.id: piece.kind for piece in protect(source) if isinstance(piece, Code)}
    return "".join(
        piece if not isinstance(piece, Placeholder) else
        date_in(piece.text, lang) if kinds.get(piece.id) in DATES else piece.text
        for piece in unit.target or ())


def translated(unit: TranslatedUnit) -> bool:
    """A target to import: not empty, not in a state saying it is still to be done, and not
    the export's copy of the source (`--copy-source`: the same text, no state) untouched."""
    if unit.target is None or unit.state in UNTRANSLATED:
        return False
    return unit.state is not None or flat(unit.target) != flat(unit.source)


def _same_record(exchange: Exchange, record: Record, name: str) -> None:
    ours = record_id(record)
    for original in exchange.originals:
        if original != ours:
            refuse(another_record(name, original, ours))


def _texts(units: tuple[TranslatedUnit, ...], data: Any, name: str) -> dict[str, Any]:
    """The record's text (its languages' versions, as JSON data) at each unit's id."""
    found: dict[str, Any] = {}
    missing, twice = [], []
    for unit in units:
        text = _text_at(data, unit.id)
        if text is None:
            missing.append(unit.id)
        elif unit.id in found:
            twice.append(unit.id)
        found[unit.id] = text
    if missing:
        refuse(naming_nothing(name, len(missing)), (f"  {path}" for path in missing))
    if twice:
        refuse(in_the_file_twice(name, len(twice)), (f"  {path}" for path in twice))
    return found


def _text_at(data: Any, path: str) -> dict[str, Any] | None:
    if not UNIT_ID.match(path):
        return None
    for step in steps_of(path):
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    if isinstance(data, dict) and data and set(data) <= set(LANGUAGES) and \
            all(isinstance(text, str) for text in data.values()):
        return data
    return None


def _same_sources(units: list[TranslatedUnit], texts: dict[str, Any], name: str) -> None:
    edited = [(unit, texts[unit.id].get(unit.source_language)) for unit in units
              if texts[unit.id].get(unit.source_language) != flat(unit.source)]
    if edited:
        refuse(sources_edited(name, len(edited)), (
                    f"  {unit.id} ({unit.source_language})\n" +
                    _side_by_side(flat(unit.source), now) for unit, now in edited))


def _side_by_side(exported: str, now: str | None, context: int = CONTEXT) -> str:
    """Both sources from a little before their first difference to a little after their last
    (the whole of a short text)."""
    if now is None:
        return f"    in the file:   {exported}\n    in the record: (no text in that language)"
    same = 0
    while same < min(len(exported), len(now)) and exported[same] == now[same]:
        same += 1
    tail = 0
    while tail < min(len(exported), len(now)) - same and exported[-1 - tail] == now[-1 - tail]:
        tail += 1

    def cut(text: str) -> str:
        start, end = max(0, same - context), min(len(text), len(text) - tail + context)
        return f"{'…' * (start > 0)}{text[start:end]}{'…' * (end < len(text))}"

    return f"    in the file:   {cut(exported)}\n    in the record: {cut(now)}"


def _placeholders_kept(units: list[TranslatedUnit], texts: dict[str, Any], name: str) -> None:
    broken: list[Words] = []
    for unit in units:
        wanted = {piece.id: piece for piece in protect(texts[unit.id][unit.source_language])
                  if isinstance(piece, Code)}
        broken += [unit_fault(unit.id, fault) for fault in _placeholder_faults(
            wanted, [p for p in unit.target or () if isinstance(p, Placeholder)])]
    if broken:
        refuse(placeholders_broken(name, len(broken)), broken)


def _placeholder_faults(wanted: dict[str, Code], given: list[Placeholder]) -> list[Words]:
    faults = []
    seen: set[str] = set()
    for ph in given:
        code = wanted.get(ph.id)
        if code is None or ph.id in seen:
            faults.append(not_in_source(ph.id, ph.text) if code is None else
                          stands_twice(ph.id, ph.text))
        elif ph.text != code.text:
            faults.append(placeholder_changed(ph.id, ph.text, code.text, code.kind))
        seen.add(ph.id)
    faults += [placeholder_missing(code.id, code.text, code.kind)
               for code in wanted.values() if code.id not in seen]
    return faults
