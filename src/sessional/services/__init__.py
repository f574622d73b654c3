"""Use cases. The only package that combines the model, the reference data and the edges
(ingest, compose, render, check, store)."""

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
from .logins import LoginGate
from .lookup import LookupEntry, LookupResult, lookup_name
from .meetings import OWN as OWN_BODY
from .meetings import BodyChoice, NewMeeting, new_record_data, new_record_json
from .meetings import templates as meeting_templates
from .reading import CheckResult, check_input, check_record, ingest_report
from .records import (
    EXAMPLE_NAME,
    InputError,
    RecordSummary,
    example_path,
    example_text,
    input_limits,
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
    render_reports,
)
from .snapshots import Snapshot, Snapshots
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
    "ingest_report",
    "input_limits",
    "load_example",
    "lookup_name",
    "meeting_templates",
    "new_record_data",
    "new_record_json",
    "parse_choice",
    "read_record",
    "render_reports",
    "same_secret",
    "schema",
    "summarize",
]
