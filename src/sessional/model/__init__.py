"""The record: bodies, sessions, meetings, agendas, participants, statements, documents, narrative.

Pure domain code: no I/O beyond turning JSON text into records and back.

The names below are imported when first used (PEP 562), so that a command that needs
only a few of them does not pay for the others."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bodies import Body, Convention, DateRange, MandateRef, ParentBody, PastSession
    from .documents import Document
    from .facts import FactList, LocalizedText, Tentative, Unknown
    from .gaps import Gap, record_gaps
    from .io import (
        RecordInvalid,
        record_from_data,
        record_from_json,
        record_json_schema,
        record_to_data,
        record_to_json,
    )
    from .languages import LANGUAGES, Lang
    from .limits import VARIABLE as LIMIT_VARIABLES
    from .limits import Limits, LimitSettingInvalid, limits_from
    from .narrative import ItemNarrative, Narrative, Paragraph
    from .participants import (
        ORGANIZATION_CATEGORIES,
        STATE_CATEGORIES,
        Attendance,
        Delegation,
        OrgRef,
        Person,
    )
    from .provenance import NameForm, SourceText, UnresolvedName
    from .record import JointItem, Record, ReportMeta
    from .references import Fault
    from .sessions import Agenda, AgendaItem, Meeting, Session, StatedDates, SubItem
    from .speakers import FloorRequest, FloorStatus
    from .statements import ItemRef, Statement, StatementGroup
    from .symbols import DocumentSymbol, JointSymbol, SymbolError

_WHERE: dict[str, tuple[str, str]] = {
    "Agenda": (".sessions", "Agenda"),
    "AgendaItem": (".sessions", "AgendaItem"),
    "Attendance": (".participants", "Attendance"),
    "Body": (".bodies", "Body"),
    "Convention": (".bodies", "Convention"),
    "DateRange": (".bodies", "DateRange"),
    "Delegation": (".participants", "Delegation"),
    "Document": (".documents", "Document"),
    "DocumentSymbol": (".symbols", "DocumentSymbol"),
    "FactList": (".facts", "FactList"),
    "Fault": (".references", "Fault"),
    "FloorRequest": (".speakers", "FloorRequest"),
    "FloorStatus": (".speakers", "FloorStatus"),
    "Gap": (".gaps", "Gap"),
    "ItemNarrative": (".narrative", "ItemNarrative"),
    "ItemRef": (".statements", "ItemRef"),
    "JointItem": (".record", "JointItem"),
    "JointSymbol": (".symbols", "JointSymbol"),
    "LANGUAGES": (".languages", "LANGUAGES"),
    "LIMIT_VARIABLES": (".limits", "VARIABLE"),
    "Lang": (".languages", "Lang"),
    "LimitSettingInvalid": (".limits", "LimitSettingInvalid"),
    "Limits": (".limits", "Limits"),
    "LocalizedText": (".facts", "LocalizedText"),
    "MandateRef": (".bodies", "MandateRef"),
    "Meeting": (".sessions", "Meeting"),
    "NameForm": (".provenance", "NameForm"),
    "Narrative": (".narrative", "Narrative"),
    "ORGANIZATION_CATEGORIES": (".participants", "ORGANIZATION_CATEGORIES"),
    "OrgRef": (".participants", "OrgRef"),
    "Paragraph": (".narrative", "Paragraph"),
    "ParentBody": (".bodies", "ParentBody"),
    "PastSession": (".bodies", "PastSession"),
    "Person": (".participants", "Person"),
    "Record": (".record", "Record"),
    "RecordInvalid": (".io", "RecordInvalid"),
    "ReportMeta": (".record", "ReportMeta"),
    "STATE_CATEGORIES": (".participants", "STATE_CATEGORIES"),
    "Session": (".sessions", "Session"),
    "SourceText": (".provenance", "SourceText"),
    "StatedDates": (".sessions", "StatedDates"),
    "Statement": (".statements", "Statement"),
    "StatementGroup": (".statements", "StatementGroup"),
    "SubItem": (".sessions", "SubItem"),
    "SymbolError": (".symbols", "SymbolError"),
    "Tentative": (".facts", "Tentative"),
    "Unknown": (".facts", "Unknown"),
    "UnresolvedName": (".provenance", "UnresolvedName"),
    "limits_from": (".limits", "limits_from"),
    "record_from_data": (".io", "record_from_data"),
    "record_from_json": (".io", "record_from_json"),
    "record_gaps": (".gaps", "record_gaps"),
    "record_json_schema": (".io", "record_json_schema"),
    "record_to_data": (".io", "record_to_data"),
    "record_to_json": (".io", "record_to_json"),
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
    "LANGUAGES",
    "LIMIT_VARIABLES",
    "ORGANIZATION_CATEGORIES",
    "STATE_CATEGORIES",
    "Agenda",
    "AgendaItem",
    "Attendance",
    "Body",
    "Convention",
    "DateRange",
    "Delegation",
    "Document",
    "DocumentSymbol",
    "FactList",
    "Fault",
    "FloorRequest",
    "FloorStatus",
    "Gap",
    "ItemNarrative",
    "ItemRef",
    "JointItem",
    "JointSymbol",
    "Lang",
    "LimitSettingInvalid",
    "Limits",
    "LocalizedText",
    "MandateRef",
    "Meeting",
    "NameForm",
    "Narrative",
    "OrgRef",
    "Paragraph",
    "ParentBody",
    "PastSession",
    "Person",
    "Record",
    "RecordInvalid",
    "ReportMeta",
    "Session",
    "SourceText",
    "StatedDates",
    "Statement",
    "StatementGroup",
    "SubItem",
    "SymbolError",
    "Tentative",
    "Unknown",
    "UnresolvedName",
    "limits_from",
    "record_from_data",
    "record_from_json",
    "record_gaps",
    "record_json_schema",
    "record_to_data",
    "record_to_json",
]
