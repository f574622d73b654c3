"""Use cases. The only package that combines the model, the reference data and the edges
(ingest, compose, render, check, store).

The names below are imported when first used (PEP 562), so that a command that needs
only a few of them does not pay for the others."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access import (
        ROLES,
        Accounts,
        Forbidden,
        NotAuthenticated,
        Role,
        TooManyAttempts,
        User,
        UserInfo,
        same_secret,
    )
    from .budget import PdfBudget, ReportBudget, ReportsBusy, ReportTooLarge, configure_reports
    from .faults import describe_invalid, explained
    from .input import InputError, input_limits
    from .logins import LoginGate
    from .lookup import LookupEntry, LookupResult, lookup_name
    from .meetings import OWN as OWN_BODY
    from .meetings import BodyChoice, NewMeeting, new_record_data, new_record_json
    from .meetings import templates as meeting_templates
    from .reading import CheckResult, check_input, check_record, ingest_report
    from .records import (
        EXAMPLE_NAME,
        RecordSummary,
        example_path,
        example_text,
        load_example,
        read_record,
        schema,
        summarize,
    )
    from .reports import (
        MEDIA_TYPES,
        REPORT_FORMATS,
        RenderedFile,
        RenderResult,
        parse_choice,
        prepare_reports,
        render_reports,
    )
    from .snapshots import Snapshot, Snapshots
    from .treaty_lists import ImportedList, shown_list
    from .treaty_lists import export_csv as export_treaty_csv
    from .treaty_lists import import_csv as import_treaty_csv
    from .workspace import (
        DEMO_KEY,
        SYSTEM_USER,
        Conflict,
        EditResult,
        NotFound,
        RecordView,
        ReportFile,
        Unavailable,
        Workspace,
    )

_WHERE: dict[str, tuple[str, str]] = {
    "Accounts": (".access", "Accounts"),
    "BodyChoice": (".meetings", "BodyChoice"),
    "CheckResult": (".reading", "CheckResult"),
    "Conflict": (".workspace", "Conflict"),
    "DEMO_KEY": (".workspace", "DEMO_KEY"),
    "EXAMPLE_NAME": (".records", "EXAMPLE_NAME"),
    "EditResult": (".workspace", "EditResult"),
    "Forbidden": (".access", "Forbidden"),
    "InputError": (".input", "InputError"),
    "LoginGate": (".logins", "LoginGate"),
    "LookupEntry": (".lookup", "LookupEntry"),
    "LookupResult": (".lookup", "LookupResult"),
    "MEDIA_TYPES": (".reports", "MEDIA_TYPES"),
    "NewMeeting": (".meetings", "NewMeeting"),
    "NotAuthenticated": (".access", "NotAuthenticated"),
    "NotFound": (".workspace", "NotFound"),
    "OWN_BODY": (".meetings", "OWN"),
    "PdfBudget": (".budget", "PdfBudget"),
    "REPORT_FORMATS": (".reports", "REPORT_FORMATS"),
    "ROLES": (".access", "ROLES"),
    "RecordSummary": (".records", "RecordSummary"),
    "RecordView": (".workspace", "RecordView"),
    "RenderResult": (".reports", "RenderResult"),
    "RenderedFile": (".reports", "RenderedFile"),
    "ReportBudget": (".budget", "ReportBudget"),
    "ReportFile": (".workspace", "ReportFile"),
    "ReportTooLarge": (".budget", "ReportTooLarge"),
    "ReportsBusy": (".budget", "ReportsBusy"),
    "Role": (".access", "Role"),
    "SYSTEM_USER": (".workspace", "SYSTEM_USER"),
    "Snapshot": (".snapshots", "Snapshot"),
    "Snapshots": (".snapshots", "Snapshots"),
    "ImportedList": (".treaty_lists", "ImportedList"),
    "shown_list": (".treaty_lists", "shown_list"),
    "export_treaty_csv": (".treaty_lists", "export_csv"),
    "import_treaty_csv": (".treaty_lists", "import_csv"),
    "TooManyAttempts": (".access", "TooManyAttempts"),
    "Unavailable": (".workspace", "Unavailable"),
    "User": (".access", "User"),
    "UserInfo": (".access", "UserInfo"),
    "Workspace": (".workspace", "Workspace"),
    "check_input": (".reading", "check_input"),
    "check_record": (".reading", "check_record"),
    "configure_reports": (".budget", "configure_reports"),
    "describe_invalid": (".faults", "describe_invalid"),
    "example_path": (".records", "example_path"),
    "example_text": (".records", "example_text"),
    "explained": (".faults", "explained"),
    "ingest_report": (".reading", "ingest_report"),
    "input_limits": (".input", "input_limits"),
    "load_example": (".records", "load_example"),
    "lookup_name": (".lookup", "lookup_name"),
    "meeting_templates": (".meetings", "templates"),
    "new_record_data": (".meetings", "new_record_data"),
    "new_record_json": (".meetings", "new_record_json"),
    "parse_choice": (".reports", "parse_choice"),
    "prepare_reports": (".reports", "prepare_reports"),
    "read_record": (".records", "read_record"),
    "render_reports": (".reports", "render_reports"),
    "same_secret": (".access", "same_secret"),
    "schema": (".records", "schema"),
    "summarize": (".records", "summarize"),
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "DEMO_KEY",
    "EXAMPLE_NAME",
    "MEDIA_TYPES",
    "OWN_BODY",
    "REPORT_FORMATS",
    "ROLES",
    "SYSTEM_USER",
    "Accounts",
    "BodyChoice",
    "CheckResult",
    "Conflict",
    "EditResult",
    "Forbidden",
    "ImportedList",
    "InputError",
    "LoginGate",
    "LookupEntry",
    "LookupResult",
    "NewMeeting",
    "NotAuthenticated",
    "NotFound",
    "PdfBudget",
    "RecordSummary",
    "RecordView",
    "RenderResult",
    "RenderedFile",
    "ReportBudget",
    "ReportFile",
    "ReportTooLarge",
    "ReportsBusy",
    "Role",
    "Snapshot",
    "Snapshots",
    "TooManyAttempts",
    "Unavailable",
    "User",
    "UserInfo",
    "Workspace",
    "check_input",
    "check_record",
    "configure_reports",
    "describe_invalid",
    "example_path",
    "example_text",
    "explained",
    "export_treaty_csv",
    "import_treaty_csv",
    "ingest_report",
    "input_limits",
    "load_example",
    "lookup_name",
    "meeting_templates",
    "new_record_data",
    "new_record_json",
    "parse_choice",
    "prepare_reports",
    "read_record",
    "render_reports",
    "same_secret",
    "schema",
    "shown_list",
    "summarize",
]
