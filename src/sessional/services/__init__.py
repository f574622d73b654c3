"""Use cases. The only package that combines the model, the reference data and the edges
(ingest, compose, render, check, store)."""

from .lookup import LookupEntry, LookupResult, lookup_name
from .reading import CheckResult, check_input, ingest_report
from .records import (
    EXAMPLE_NAME,
    InputError,
    RecordSummary,
    example_path,
    example_text,
    load_example,
    read_record,
    schema,
    summarize,
)
from .reports import REPORT_FORMATS, RenderedFile, RenderResult, parse_choice, render_reports

__all__ = [
    "EXAMPLE_NAME", "REPORT_FORMATS", "CheckResult", "InputError", "LookupEntry",
    "LookupResult", "RecordSummary", "RenderResult", "RenderedFile", "check_input",
    "example_path", "example_text", "ingest_report", "load_example", "lookup_name",
    "parse_choice", "read_record", "render_reports", "schema", "summarize",
]
