"""Sessions, their meetings and their agendas."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .bodies import KEY_PATTERN, BodyKey, DateRange
from .facts import Count, FactList, LocalizedText, Model, OrUnknown, Unknown
from .outcomes import Adopted, Credentials
from .wording import marked

ITEM_NUMBER = r"^\d+$"
SUB_ITEM_LETTER = r"^[a-z]{1,2}$"


class Meeting(Model):
    """One numbered sitting of a session ("its 1st meeting, on 9 October 2017")."""

    number: int = Field(ge=1)
    date: OrUnknown[dt.date] = Field(default_factory=Unknown)
    items: tuple[str, ...] = Field(default=(), description="Agenda item numbers considered at it")


class SubItem(Model):
    letter: str = Field(pattern=SUB_ITEM_LETTER)
    title: LocalizedText


ItemKind = Literal["organizational", "substantive", "adoption_of_report"]


class AgendaItem(Model):
    """An item of an agenda. `kind` places it in the report: organizational matters go to the
    chapter on the organization of the meeting, the adoption of the report to the last chapter,
    every other item to the summary of deliberations."""

    number: str = Field(pattern=ITEM_NUMBER)
    kind: ItemKind = "substantive"
    title: LocalizedText
    sub_items: tuple[SubItem, ...] = ()
    joint: str | None = Field(default=None, pattern=KEY_PATTERN,
                              description="Key of the joint item this item carries, if any")


REPEATED = marked("agenda item numbers repeated: {numbers}")


class Agenda(Model):
    adopted_at_meeting: OrUnknown[Count] = Field(default_factory=Unknown)
    adopted_on: OrUnknown[dt.date] = Field(default_factory=Unknown)
    items: tuple[AgendaItem, ...] = ()

    @model_validator(mode="after")
    def _numbers_unique(self) -> Agenda:
        numbers = [item.number for item in self.items]
        dupes = sorted({n for n in numbers if numbers.count(n) > 1})
        if dupes:
            raise PydanticCustomError("item_numbers_repeated", REPEATED,
                                      {"numbers": ", ".join(dupes)})
        return self

    def item(self, number: str) -> AgendaItem | None:
        return next((i for i in self.items if i.number == number), None)


class StatedDates(Model):
    """The dates of a session as one place of a report states them (kept to find contradictions)."""

    dates: DateRange
    where: str = Field(description="Where the report states them, e.g. 'heading' or 'para 15'")


class Session(Model):
    """One gathering of a body: its dates, venue, meetings and agenda."""

    body: BodyKey = Field(pattern=KEY_PATTERN)
    ordinal: OrUnknown[Count] = Field(default_factory=Unknown)
    ordinal_style: Literal["session", "meeting"] = Field(
        default="session",
        description="How the body counts its gatherings: 'eighth session' or 'eighth meeting'",
    )
    dates: OrUnknown[DateRange] = Field(default_factory=Unknown)
    stated_dates: tuple[StatedDates, ...] = ()
    venue: LocalizedText = Field(default_factory=dict)
    meetings_held: OrUnknown[Count] = Field(default_factory=Unknown)
    meetings: FactList[Meeting] = Field(default_factory=lambda: FactList[Meeting](status="unknown"))
    agenda: Agenda = Field(default_factory=Agenda)
    credentials: Credentials | None = Field(
        default=None, description="A Conference's adoption of the report of the Bureau on "
        "credentials; absent where the session has none to report")
    resolutions_and_decisions: FactList[Adopted] | None = Field(
        default=None, description="What a Conference adopted at the session; absent where "
        "the report has no such chapter, status 'unknown' where it is still to be recorded")
