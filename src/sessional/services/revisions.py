"""A record's revisions as the store keeps them: compact JSON documents, their views and
titles, and the base revision an edit names (see `model.edits`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from ..model import Record, record_to_data
from ..model.edits import EditInvalid
from ..store import Latest, Revision
from .results import PartChanged, RecordView


def dumps(data: Any) -> str:
    """Compact JSON, as json.dumps(ensure_ascii=False, separators=(",", ":")) writes it."""
    return msgspec.json.encode(data).decode("utf-8")


def loads(text: str) -> Any:
    return msgspec.json.decode(text)


def compact(record: Record) -> str:
    return dumps(record_to_data(record))


def view_of(revision: Revision) -> RecordView:
    return RecordView(revision.record, revision.number, revision.author, revision.created_at,
                      revision.operation, loads(revision.document))


def title(record: Record) -> str:
    lang = record.report.original_language
    title = record.report.title.get(lang) or " / ".join(
        b.name.get(lang) or b.name.get("en") or b.key for b in record.bodies)
    return title[:300]


def require_base(latest: Latest, data: Any, base: int | None,
                 part: Callable[[dict[str, Any]], Any] | None) -> None:
    """`base` names a revision of the record; with `part`: that part of `data` (the latest
    revision's) is what it was at `base`, else PartChanged."""
    if base is not None and not 1 <= base <= latest.revision.number:
        raise EditInvalid(f"base_revision {base}: the record has revisions 1 to "
                          f"{latest.revision.number}")
    if part is not None and base is not None and base != latest.revision.number and \
            part(loads(latest.at(base).document)) != part(data):
        raise PartChanged(base)
