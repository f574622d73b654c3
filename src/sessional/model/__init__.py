"""The record: bodies, sessions, meetings, agendas, participants, statements, documents, narrative.

Pure domain code: no I/O beyond turning JSON text into records and back.
"""

from .bodies import Body, Convention, DateRange, MandateRef, ParentBody, PastSession
from .documents import Document
from .facts import LANGUAGES, FactList, Lang, LocalizedText, Tentative, Unknown
from .gaps import Gap, record_gaps
from .io import (
    RecordInvalid,
    record_from_data,
    record_from_json,
    record_json_schema,
    record_to_data,
    record_to_json,
)
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
