"""Reports (text, DOCX, PDF) -> records, with a report of what could not be placed.

A pipeline of small stages: `normalize` (lines), `segment` (blocks), `structure` (chapters and
sections), the extractors per chapter (`front`, `chapters`, `organization`) reading with the
catalogue phrases of `grammar`, and `build` (the record). Ingest never saves anything.

The names below are imported when first used (PEP 562): reading a record file
(`read_bounded`) does not load the pipeline and its catalogue grammar.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import SUPPORTED, IngestReport, IngestResult, NotAReport, ingest_text
    from .readers import UnreadableFile, read_bounded, read_report

_WHERE = {"SUPPORTED": ".pipeline", "IngestReport": ".pipeline", "IngestResult": ".pipeline",
          "NotAReport": ".pipeline", "ingest_text": ".pipeline", "UnreadableFile": ".readers",
          "read_bounded": ".readers", "read_report": ".readers"}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = ["SUPPORTED", "IngestReport", "IngestResult", "NotAReport", "UnreadableFile",
           "ingest_text", "read_bounded", "read_report"]
