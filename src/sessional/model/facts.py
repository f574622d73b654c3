"""Known, unknown and partial facts.

Every fact of a record is known (a plain value), unknown (not yet recorded) or, for lists, partial
(some entries known, more to come). Unknown and partial facts are never dropped or guessed: the
report shows them as placeholders and the checks list them as gaps.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .languages import LANGUAGES as LANGUAGES  # where they were first, still found here
from .languages import Lang as Lang
from .wording import marked

T = TypeVar("T")


class Model(BaseModel):
    """Base of every record class: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Unknown(Model):
    """A fact not yet recorded. `note` says what is missing or where it should come from."""

    status: Literal["unknown"] = "unknown"
    note: str | None = None

    @model_serializer
    def _always_tagged(self) -> dict[str, str]:
        """`status` is written even where defaults are left out: it tells unknown from known."""
        return {"status": "unknown"} | ({"note": self.note} if self.note is not None else {})


def _known_or_unknown(value: Any) -> str:
    if isinstance(value, Unknown):
        return "unknown"
    if isinstance(value, dict) and value.get("status") == "unknown":
        return "unknown"
    return "known"


OrUnknown = Annotated[
    Union[Annotated[T, Tag("known")], Annotated[Unknown, Tag("unknown")]],  # noqa: UP007
    Discriminator(_known_or_unknown),
]
"""A fact that is known (a plain value) or unknown (`{"status": "unknown"}`)."""

UNION_TAGS = frozenset({"known", "unknown"})

def _not_true_or_false(value: Any) -> Any:
    """JSON's true and false are no counts (Python would take them for 1 and 0)."""
    if isinstance(value, bool):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


Count = Annotated[int, BeforeValidator(_not_true_or_false), Field(ge=1)]
"""A number counted from 1: a session's ordinal, a meeting's number, the meetings held."""


class Tentative(Model, Generic[T]):
    """A value stated in square brackets: written down but not yet confirmed."""

    status: Literal["tentative"] = "tentative"
    value: T
    note: str | None = None


ListStatus = Literal["complete", "partial", "unknown"]
UNKNOWN_WITH_ITEMS = marked('a list whose status is "unknown" has no entries, and this one has '
                      '{count}; give the status "partial" if more are to come, or "complete"')


class FactList(Model, Generic[T]):
    """A list whose completeness is stated: complete, partial (more to come) or unknown."""

    status: ListStatus = "complete"
    items: tuple[T, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _unknown_has_no_items(self) -> FactList[T]:
        if self.status == "unknown" and self.items:
            raise PydanticCustomError("fact_list_status", UNKNOWN_WITH_ITEMS,
                                      {"count": len(self.items)})
        return self


LocalizedText = dict[Lang, str]
"""Text in some of the six languages; a language that is absent has no version yet."""


def unknown_list() -> FactList[Any]:
    """Default of a list nobody has recorded yet: unknown, not empty."""
    return FactList(status="unknown")
