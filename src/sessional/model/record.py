"""The record of one session (or joint session) of one or more bodies; root of the JSON format."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from .bodies import KEY_PATTERN, Body, BodyKey, Convention, ParentBody
from .documents import Document
from .facts import FactList, Lang, LocalizedText, Model, OrUnknown, Unknown, unknown_list
from .narrative import Narrative
from .participants import Attendance, Person
from .provenance import NameForm, SourceText, UnresolvedName
from .sessions import Session
from .speakers import FloorRequest, SpeakerList
from .statements import StatementGroup
from .symbols import Symbol


class JointItem(Model):
    """An agenda item that several bodies consider together; each body gives it its own number."""

    key: str = Field(pattern=KEY_PATTERN, examples=["J1"])
    numbers: dict[BodyKey, str] = Field(min_length=2, examples=[{"IC": "5", "TA": "2"}])

    def number_for(self, body: BodyKey) -> str | None:
        return self.numbers.get(body)


JOB_NUMBER_PATTERN = r"^(?:[A-Z]{1,3}\. ?)?\d{2}-\d{4,6}\*?(?: ?\([A-Z]\))?$"
"""A UN document job number as printed at the foot of page 1, loosely: an optional duty-station
prefix (V. Vienna, GE. Geneva; New York has none), the year in two digits, a hyphen, the
number, an optional `*` (reissued) and the language letter in parentheses, e.g.
"GE.17-18194 (E)" (A/72/53/Add.1), "11-37474 (A)" (the Arabic A/65/L.78, whose English
version is "11-37476 (E)": each language version has its own job number). The text is kept
as typed; only what cannot be a job number is refused."""

TranslationState = Literal["translated", "reviewed", "final"]
"""How far the translation of a text into a language has gone, as the translator's XLIFF said
on import: translated (state="translated"), reviewed (state="signed-off" or approved="yes"),
final (state="final")."""

JobNumber = Annotated[str, Field(pattern=JOB_NUMBER_PATTERN,
                                 examples=["V.17-07271 (C)", "GE.17-18194 (E)", "11-37474 (A)"])]


class ReportMeta(Model):
    """The report of the session: its symbol, language of the original, status and adoption."""

    symbol: OrUnknown[Symbol] = Field(default_factory=Unknown)
    original_language: Lang
    status: Literal["draft", "final"] = "draft"
    date: OrUnknown[dt.date] = Field(default_factory=Unknown)
    adopted_on: OrUnknown[dt.date] = Field(default_factory=Unknown)
    adopted_as_amended: bool = False
    title: LocalizedText = Field(default_factory=dict)
    job_numbers: dict[Lang, JobNumber] = Field(
        default_factory=dict, description="The job number of each language version, printed at "
        "the foot of page 1; a language without one shows a placeholder there (a gap)")


class Record(Model):
    format: Literal["sessional-record"] = Field(description="Always 'sessional-record'")
    schema_version: Literal[1] = Field(description="Version of this JSON format")
    convention: Convention | None = None
    parent_body: ParentBody | None = None
    bodies: tuple[Body, ...] = Field(min_length=1)
    sessions: tuple[Session, ...] = Field(min_length=1)
    joint_items: tuple[JointItem, ...] = ()
    attendance: Attendance = Field(default_factory=Attendance)
    officers: tuple[Person, ...] = ()
    statements: tuple[StatementGroup, ...] = ()
    speakers: tuple[FloorRequest, ...] = Field(
        default=(), description="The lists of speakers: requests for the floor, in order")
    speaker_lists: tuple[SpeakerList, ...] = Field(
        default=(), description="The lists of speakers that are closed (any other is open)")
    documents: FactList[Document] = Field(default_factory=unknown_list)
    narrative: Narrative = Field(default_factory=Narrative)
    report: ReportMeta
    unclassified: tuple[SourceText, ...] = Field(
        default=(), description="Text of an ingested report that no fact took up")
    unresolved_names: tuple[UnresolvedName, ...] = ()
    name_forms: tuple[NameForm, ...] = Field(
        default=(), description="Names an ingested report writes in a form not in force")
    translation_state: dict[str, dict[Lang, TranslationState]] = Field(
        default_factory=dict, description="The state of translation of texts, by the JSON "
        "path of the text and the language translated into; a text translated without a "
        "state recorded counts as translated")
    translated_from: dict[str, dict[Lang, str]] = Field(
        default_factory=dict, description="The source text each translation was made from, by "
        "the JSON path of the text and the language translated into, where it is known: a "
        "translation whose source has changed since is outdated")

    def body(self, key: BodyKey) -> Body | None:
        return next((b for b in self.bodies if b.key == key), None)

    def session_of(self, key: BodyKey) -> Session | None:
        return next((s for s in self.sessions if s.body == key), None)

    @property
    def is_joint(self) -> bool:
        return len(self.sessions) > 1

    @property
    def first_day(self) -> dt.date | None:
        days = [s.dates.start for s in self.sessions if not isinstance(s.dates, Unknown)]
        return min(days) if days else None


