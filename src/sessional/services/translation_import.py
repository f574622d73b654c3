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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

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
from ..render.xliff import Code, protect
from .records import InputError, input_limits, write_whole
from .translation import record_id, steps_of
from .translation_dates import DATES, date_in
from .translation_state import state_of

UNIT_ID = re.compile(r"^\$(?:\.\w+|\[\d+\])+$")
NOTHING = "nothing was imported"
UNTRANSLATED = frozenset({"new", "needs-translation"})  # XLIFF 1.2 states of a target not done
CONTEXT = 30  # characters shown either side of where a source was edited


@dataclass(frozen=True)
class Imported:
    """What an import did: texts put in, texts the record had already, units left empty."""

    target: Lang
    changed: int
    already: int
    untranslated: int
    written: Path | None  # None: the file brought nothing new and no file was written


def import_translations(record_path: Path, xliff_path: Path, output: Path | None = None,
                        to: str | None = None, replace: bool = False) -> Imported:
    """Import `xliff_path` into the record file (or into `output`, the record file left as it
    is). Raises InputError, or RecordInvalid for a record that is not valid."""
    limits = input_limits()
    raw = _read(record_path, "record")
    record = record_from_json(raw, str(record_path), limits=limits)
    data = json.loads(raw.decode("utf-8-sig"))
    try:
        exchange = read_xliff(_read(xliff_path, "XLIFF"), str(xliff_path))
    except XliffUnreadable as error:
        raise InputError(str(error)) from None
    target = _target_language(exchange, xliff_path, to)
    changed, already = merge(record, data, exchange, target, str(xliff_path), replace)
    untranslated = sum(1 for unit in exchange.units if not translated(unit))
    if not changed and output is None:
        return Imported(target, 0, already, untranslated, None)
    text = raw.decode("utf-8-sig")
    if changed:
        record_from_data(data, str(record_path), limits=limits)  # still a valid record
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    where = output or record_path
    try:
        write_whole(where, text)
    except OSError as error:
        raise InputError(f"{where}: cannot be written ({error.strerror or error})") from None
    return Imported(target, changed, already, untranslated, where)


def _read(path: Path, noun: str) -> bytes:
    try:
        return read_bounded(path, input_limits(), noun)
    except UnreadableFile as error:
        raise InputError(str(error)) from None


def _target_language(exchange: Exchange, name: Path, to: str | None) -> Lang:
    found = sorted(exchange.target_languages)
    if len(found) > 1:
        raise InputError(f"{name}: its files are for several languages ({', '.join(found)}); "
                         f"give one language per file; {NOTHING}")
    language = found[0]
    if language not in LANGUAGES:
        raise InputError(f"{name}: target-language {language!r} is not one of "
                         f"{' '.join(LANGUAGES)}; {NOTHING}")
    if to is not None and to != language:
        raise InputError(f"{name}: the file is a translation into {language}, not into "
                         f"{to} (--to); {NOTHING}")
    for unit in exchange.units:
        if unit.source_language == language or unit.source_language not in LANGUAGES:
            raise InputError(f"{name}: source-language {unit.source_language!r} of "
                             f"{unit.id} cannot be translated into {language}; {NOTHING}")
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
    recorded = data.get("translation_state") or {}
    already = [path for path, text in new.items() if texts[path].get(target) == text
               and recorded.get(path, {}).get(target, "translated") == states[path]]
    overwritten = [path for path, text in new.items()
                   if texts[path].get(target) not in (None, text)]
    if overwritten and not replace:
        _refuse(f"{name}: {_n(len(overwritten), 'text')} with another {target} version in the "
                f"record already; give --replace to put the file's in their place", (
                    f"  {path}\n    in the file:   {new[path]}\n"
                    f"    in the record: {texts[path][target]}" for path in overwritten))
    for path in (path for path in new if path not in already):
        texts[path][target] = new[path]
        data.setdefault("translation_state", {}).setdefault(path, {})[target] = states[path]
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


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _refuse(headline: str, lines: Iterable[str]) -> NoReturn:
    raise InputError("\n".join((f"{headline}; {NOTHING}:", *lines)))


def _same_record(exchange: Exchange, record: Record, name: str) -> None:
    ours = record_id(record)
    for original in exchange.originals:
        if original != ours:
            raise InputError(f"{name} was exported from another record ({original}), not from "
                             f"this one ({ours}); {NOTHING}")


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
        _refuse(f"{name}: {_n(len(missing), 'unit')} naming no text of the record",
                (f"  {path}" for path in missing))
    if twice:
        _refuse(f"{name}: {_n(len(twice), 'unit')} in the file twice",
                (f"  {path}" for path in twice))
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
        _refuse(f"{name}: the source of {_n(len(edited), 'unit')} changed in the record since the "
                "export; export again", (
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
    broken = []
    for unit in units:
        wanted = {piece.id: piece for piece in protect(texts[unit.id][unit.source_language])
                  if isinstance(piece, Code)}
        broken += [f"  {unit.id}: {fault}" for fault in _placeholder_faults(
            wanted, [p for p in unit.target or () if isinstance(p, Placeholder)])]
    if broken:
        _refuse(f"{name}: {_n(len(broken), 'protected placeholder')} lost or changed in "
                "the targets", broken)


def _placeholder_faults(wanted: dict[str, Code], given: list[Placeholder]) -> list[str]:
    faults = []
    seen: set[str] = set()
    for ph in given:
        code = wanted.get(ph.id)
        if code is None or ph.id in seen:
            faults.append(f'<ph id="{ph.id}"> {ph.text} is not one of the source\'s' if code is
                          None else f'<ph id="{ph.id}"> {ph.text} stands twice in the target')
        elif ph.text != code.text:
            faults.append(f'<ph id="{ph.id}"> is {ph.text} in the target, {code.text} in the '
                          f"source ({code.kind})")
        seen.add(ph.id)
    faults += [f'<ph id="{code.id}"> {code.text} ({code.kind}) is missing from the target'
               for code in wanted.values() if code.id not in seen]
    return faults
