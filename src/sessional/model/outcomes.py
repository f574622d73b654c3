"""What a Conference decides at a session, as its report records it: the report of the Bureau on
credentials it adopted, and the resolutions and decisions it adopted (CAC/COSP/2009/15, I. and
III.E: "Resolutions and decisions adopted by the Conference …", "Adoption of the report of the
Bureau on credentials"). Only a session of a conference carries them (`references.py` refuses
them elsewhere); a session that records neither leaves them out (`None`), not empty."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from .facts import Count, LocalizedText, Model, OrUnknown, Unknown
from .symbols import Symbol

ADOPTED_NUMBER = r"^\d+/\d+$"


class Credentials(Model):
    """The report of the Bureau on credentials and when the Conference adopted it."""

    symbol: OrUnknown[Symbol] = Field(default_factory=Unknown,
                                      description="Document symbol of the Bureau's report")
    adopted_at_meeting: OrUnknown[Count] = Field(default_factory=Unknown)
    adopted_on: OrUnknown[dt.date] = Field(default_factory=Unknown)


class Adopted(Model):
    """A resolution or decision the Conference adopted at the session: "resolution 7/1" is the
    first resolution of its seventh session; its text is the Conference's, not the report's."""

    kind: Literal["resolution", "decision"]
    number: str = Field(pattern=ADOPTED_NUMBER, examples=["7/1", "11/4"])
    title: LocalizedText = Field(default_factory=dict)
    adopted_at_meeting: OrUnknown[Count] = Field(default_factory=Unknown)
    adopted_on: OrUnknown[dt.date] = Field(default_factory=Unknown)
