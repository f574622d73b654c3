"""Reports (text, DOCX, PDF) -> records, with a report of what could not be placed.

A pipeline of small stages: `normalize` (lines), `segment` (blocks), `structure` (chapters and
sections), the extractors per chapter (`front`, `chapters`, `organization`) reading with the
catalogue phrases of `grammar`, and `build` (the record). Ingest never saves anything.
"""

from .pipeline import SUPPORTED, IngestReport, IngestResult, NotAReport, ingest_text
from .readers import UnreadableFile, read_bounded, read_report

__all__ = ["SUPPORTED", "IngestReport", "IngestResult", "NotAReport", "UnreadableFile",
           "ingest_text", "read_bounded", "read_report"]
