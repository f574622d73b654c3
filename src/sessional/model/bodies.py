"""The Convention, its Conference of the Parties, and the bodies that meet and report."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .facts import Lang, LocalizedText, Model, OrUnknown
from .wording import marked

BodyKey = str
"""A short key that names a body inside one record, e.g. `IC` or `TA`."""

KEY_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]{0,31}$"

END_BEFORE_START = marked("the last day ({end}) is before the first day ({start}); give the first "
                    "day as start and the last as end")


class DateRange(Model):
    """First and last day, both included."""

    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.end < self.start:
            raise PydanticCustomError("date_range", END_BEFORE_START, {
                "start": self.start.isoformat(), "end": self.end.isoformat()})
        return self

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


class MandateRef(Model):
    """A decision or resolution of the parent body, e.g. decision 3/2."""

    kind: Literal["decision", "resolution"]
    number: str = Field(pattern=r"^\d+/\d+$", examples=["3/2"])
    by: str = Field(default="COP", description="Key of the body that adopted it")
    title: LocalizedText = Field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.kind} {self.number}"


class PastSession(Model):
    """An earlier session of the body, as the report's introduction recalls it."""

    ordinal: OrUnknown[Annotated[int, Field(ge=1)]]
    dates: OrUnknown[DateRange]
    venue: LocalizedText = Field(default_factory=dict)
    note: LocalizedText = Field(default_factory=dict)


class Convention(Model):
    key: str = Field(pattern=KEY_PATTERN, examples=["UNTOC"])
    name: LocalizedText
    short_name: LocalizedText = Field(default_factory=dict)


class ParentBody(Model):
    key: str = Field(pattern=KEY_PATTERN, examples=["COP"])
    name: LocalizedText


Gender = Literal["masculine", "feminine", "neuter"]
"""The grammatical gender of a name (of a body, or of a person where a language agrees with it:
ru 'Председателем совещания была …')."""


class Body(Model):
    """A body that meets and reports, e.g. the Working Group on International Cooperation."""

    key: BodyKey = Field(pattern=KEY_PATTERN)
    kind: Literal["working_group", "committee", "conference", "other"] = "other"
    name: LocalizedText
    article: LocalizedText = Field(default_factory=dict, description="Article before the name "
                                   "in running text, per language: en 'the', fr 'le', es 'el'")
    gender: dict[Lang, Gender] = Field(default_factory=dict, description="Grammatical gender "
                                       "of the name per language, where a phrase agrees with it "
                                       "(fr 'la Conférence … s’est réunie'); overrides the "
                                       "reference data's")
    short_name: LocalizedText = Field(default_factory=dict, description="How the report refers "
                                      "to the body under a heading that names it: en 'Working "
                                      "Group', zh '工作组'")
    symbol_series: str = Field(pattern=r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.]+)*$",
                               examples=["CTOC/COP/WG.3"])
    mandate: tuple[MandateRef, ...] = ()
    previous_sessions: tuple[PastSession, ...] = ()
