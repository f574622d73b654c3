"""The list of speakers: delegations that asked for the floor, in the order they asked."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .facts import Model
from .participants import Delegation
from .statements import ItemRef

FloorStatus = Literal["waiting", "speaking", "done", "withdrawn"]


class FloorRequest(Model):
    """One delegation's request for the floor, on an agenda item if it names one."""

    delegation: Delegation
    item: ItemRef | None = None
    meeting: int | None = Field(default=None, ge=1, description="Meeting number, if known")
    on_behalf_of: str | None = Field(default=None, max_length=200,
                                     description="Group spoken for, e.g. 'Group of 77 and China'")
    status: FloorStatus = "waiting"
