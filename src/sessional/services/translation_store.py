"""Translation of a record in the store (the web's download and upload): the XLIFF of the
texts awaiting a language, pre-filled from every record of the store, and a translated XLIFF
imported as a new revision, all or nothing, as the other edits are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Lang, Record, record_from_data
from ..render.tmx import MemoryUnit
from .access import User
from .results import EditResult
from .translation import export_xliff, memory_of
from .translation_import import Imported, import_into
from .workspace import Workspace

IMPORT = {"action": "import", "collection": "translations"}  # the revision's operation


@dataclass(frozen=True)
class Uploaded:
    """An import into the store: the revision it made (or the latest, if nothing changed)."""

    edit: EditResult
    imported: Imported


def xliff_file(ws: Workspace, user: User, record: Record, key: str, revision: int,
               target: Lang, source: Lang | None = None) -> tuple[str, bytes]:
    """The file name and XLIFF of the texts of `record` (revision `revision` of `key`)
    awaiting `target`, from `source` only if given; pre-filled from the translation memory
    that every record of the store is (the record's own texts, every other's)."""
    xml, _ = export_xliff(record, target, source, store_memory(ws, user, key))
    return f"{key}.r{revision}.{source + '-' if source else ''}{target}.xlf", xml


def store_memory(ws: Workspace, user: User, key: str) -> list[MemoryUnit]:
    """The translated texts of every record in the store but `key`, as translation memory."""
    found: list[MemoryUnit] = []
    for info in ws.list_records(user):
        if info.key != key:
            found += memory_of(ws.record(user, info.key))
    return found


def upload_translation(ws: Workspace, user: User, key: str, xliff: bytes, name: str,
                       replace: bool = False) -> Uploaded:
    """Import a translated XLIFF into the latest revision of `key` as a new revision. Raises
    InputError (ImportRefused naming the units) with nothing applied."""
    found: list[Imported] = []

    def apply(data: dict[str, Any]) -> bool:
        record = record_from_data(data, key, references=False)
        found.append(import_into(record, data, xliff, name, None, replace))
        return found[-1].changed > 0

    edit = ws.update(user, key, {**IMPORT, "key": name}, apply)
    return Uploaded(edit, found[-1])
