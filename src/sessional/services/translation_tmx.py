"""Translation memory in and out of files: read from records and TMX files for an export, and
written as TMX 1.4b for other translators' tools (`sessional translate memory`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..ingest import UnreadableFile, read_bounded
from ..ingest.tmx import TmxUnreadable, read_tmx
from ..model import Lang
from ..render.tmx import MemoryUnit, tmx
from ..render.xliff import Code
from .records import InputError, input_limits, read_record, write_whole
from .translation import memory_of
from .translation_dates import DATES, date_in


def read_memory(paths: Iterable[Path]) -> list[MemoryUnit]:
    """The memory in record JSON files, TMX files (.tmx) and folders of either. Raises
    InputError, or RecordInvalid for a record that is not valid."""
    found: list[MemoryUnit] = []
    for path in paths:
        files = sorted([*path.glob("*.json"), *path.glob("*.tmx")]) if path.is_dir() else [path]
        for file in files:
            found += read_tmx_file(file)[0] if file.suffix.lower() == ".tmx" else \
                memory_of(read_record(file))
    return found


def read_tmx_file(path: Path) -> tuple[list[MemoryUnit], int]:
    """The units of a TMX file with two of the six languages or more, and how many it has."""
    try:
        memory = read_tmx(read_bounded(path, input_limits(), "TMX"), str(path))
    except (UnreadableFile, TmxUnreadable) as error:
        raise InputError(str(error)) from None
    return [MemoryUnit(t.kind, t.source_language, t.texts) for t in memory.texts], memory.read


@dataclass(frozen=True)
class Written:
    """A TMX file written: its units, and how many units read were left out (fewer than two
    of the languages asked for, or the same texts twice)."""

    units: int
    left_out: int


def write_tmx(units: Iterable[MemoryUnit], output: Path, source: Lang | None = None,
              target: Lang | None = None) -> Written:
    """The units as TMX in `output`: with `source`, only those with a text in it (and in
    `target` if given), `source` first. Raises InputError."""
    kept, seen, seen_texts, read = [], set(), set(), 0
    for unit in units:
        read += 1
        texts = dict(unit.texts)
        start = source or unit.source_language
        if start not in texts or (target is not None and target not in texts):
            continue
        langs = [start, *([target] if target else [lang for lang in texts if lang != start])]
        chosen = {lang: texts[lang] for lang in langs}
        texts_key = tuple(chosen.items())
        if len(chosen) >= 2 and (unit.kind, texts_key) not in seen and \
                (unit.kind is not None or texts_key not in seen_texts):
            seen.add((unit.kind, texts_key))  # the same texts of no known kind: not again
            seen_texts.add(texts_key)
            kept.append(MemoryUnit(unit.kind, start, chosen))
    xml = tmx(kept, source, __version__, _shown)
    try:
        write_whole(output, xml.decode("utf-8"))
    except OSError as error:
        raise InputError(f"{output}: cannot be written ({error.strerror or error})") from None
    return Written(len(kept), read - len(kept))


@dataclass(frozen=True)
class Imported:
    """What `memory import` did: units read from the files, units the output had before."""

    read: int
    had: int
    written: Written


def import_tmx(files: Iterable[Path], output: Path, source: Lang | None = None,
               target: Lang | None = None) -> Imported:
    """The units of the TMX files added to `output` (a TMX of ours, made if missing): the
    units it had come first and stay. Raises InputError."""
    had, _ = read_tmx_file(output) if output.exists() else ([], 0)
    units, read = list(had), 0
    for file in files:
        found, count = read_tmx_file(file)
        units += found
        read += count
    return Imported(read, len(had), write_tmx(units, output, source, target))


def _shown(code: Code, lang: str) -> str | None:
    return date_in(code.text, lang) if code.kind in DATES else None  # type: ignore[arg-type]
