"""The list of speakers: delegations that asked for the floor, in the order they asked.

A list belongs to one agenda item at one meeting; the record keeps every request in one
sequence (`Record.speakers`), each naming its item and meeting, so the order of a list is the
order of its requests in that sequence. A list is open unless `Record.speaker_lists` says it
is closed ("the list of speakers is closed").
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .facts import Model
from .participants import Delegation
from .statements import ItemRef, StatementKind
from .wording import marked

FloorStatus = Literal["waiting", "speaking", "done", "withdrawn"]
FloorKind = Literal["statement", "on_behalf", "right_of_reply", "point_of_order", "panel",
                    "presentation"]
"""What the floor is asked for: a statement of the delegation (the default), a statement on
behalf of a group, a right of reply, a point of order (heard before the waiting speakers), a
contribution to a panel, a presentation by the Secretariat."""

STATEMENT_KIND: dict[FloorKind, StatementKind | None] = {
    "statement": "statement", "on_behalf": "statement", "right_of_reply": "right_of_reply",
    "panel": "panel", "presentation": "presentation",
    "point_of_order": None,  # a point of order is ruled on, not listed among the statements
}
"""The kind of statement a finished speech becomes in the record, or None for none."""

GROUP_NAMED = marked('a request "on behalf of" a group names the group (on_behalf_of)')


class FloorRequest(Model):
    """One delegation's request for the floor, on an agenda item if it names one."""

    delegation: Delegation
    item: ItemRef | None = None
    meeting: int | None = Field(default=None, ge=1, description="Meeting number, if known")
    kind: FloorKind = "statement"
    on_behalf_of: str | None = Field(default=None, max_length=200,
                                     description="Group spoken for, e.g. 'Group of 77 and China'")
    status: FloorStatus = "waiting"
    requested_at: dt.datetime | None = Field(default=None, description=(
        "When the request was made (set by the server)"))
    called_at: dt.datetime | None = Field(default=None, description=(
        "When the chair gave the floor"))
    ended_at: dt.datetime | None = Field(default=None, description="When the speech ended")

    @model_validator(mode="after")
    def _group_named(self) -> FloorRequest:
        if self.kind == "on_behalf" and not self.on_behalf_of:
            raise PydanticCustomError("group_named", GROUP_NAMED)
        return self


class ListPlace(Model):
    """Which list of speakers: an agenda item (or none named) at a meeting (or none named)."""

    item: ItemRef | None = None
    meeting: int | None = Field(default=None, ge=1)

    def holds(self, request: FloorRequest) -> bool:
        return _same_item(request.item, self.item) and request.meeting == self.meeting

    def same(self, other: ListPlace) -> bool:
        return _same_item(other.item, self.item) and other.meeting == self.meeting

    @classmethod
    def of(cls, request: FloorRequest) -> ListPlace:
        return cls(item=request.item, meeting=request.meeting)


def _same_item(one: ItemRef | None, other: ItemRef | None) -> bool:
    """The same agenda item, whether or not its number was written in square brackets."""
    if one is None or other is None:
        return one is other
    return (one.body, one.number) == (other.body, other.number)


class SpeakerList(ListPlace):
    """A list of speakers that is closed: no new request is taken until it is reopened."""

    closed: bool = True
