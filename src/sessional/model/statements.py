"""Statements: who took the floor under which agenda items, grouped as the report lists them."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from .bodies import KEY_PATTERN, BodyKey
from .facts import Count, FactList, Model, OrUnknown
from .participants import Delegation
from .sessions import ITEM_NUMBER

StatementKind = Literal["statement", "presentation", "panel", "right_of_reply"]


class ItemRef(Model):
    """An agenda item of one body; `tentative` marks a number written in square brackets.

    `body` is None where the report gives an item number without saying whose agenda it is.
    """

    body: BodyKey | None = Field(default=None, pattern=KEY_PATTERN)
    number: str = Field(pattern=ITEM_NUMBER)
    tentative: bool = False


class Statement(Model):
    delegation: Delegation
    on_behalf_of: str | None = Field(default=None, description="Group spoken for, e.g. "
                                     "'Group of 77 and China'")
    meeting: OrUnknown[Count] | None = Field(default=None, description="Meeting number, if known")
    date: dt.date | None = None


class StatementGroup(Model):
    """The statements made under one agenda item or a range of items, of one or several bodies.

    `items` lists each body's own item numbers (a joint item appears once per body). The report
    writes one paragraph per group.
    """

    kind: StatementKind = "statement"
    items: FactList[ItemRef]
    taken_together: bool = Field(
        default=False, description="The items were discussed together (the report gives a "
        "range, 'items 2 to 4'), not one after the other ('items 1, 2 and 3')")
    statements: FactList[Statement] = Field(
        default_factory=lambda: FactList[Statement](status="unknown"))
