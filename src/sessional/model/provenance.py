"""What an ingested report said that the record could not place: kept, never dropped."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .facts import Model


class SourceText(Model):
    """A paragraph or line of a report that no fact took up, with where it stood."""

    position: int = Field(ge=0, description="Index of the block in the report, from 0")
    paragraph: int | None = Field(default=None, description="Paragraph number, if numbered")
    section: str | None = Field(default=None, description="Heading it stood under")
    text: str
    reason: str


class UnresolvedName(Model):
    """A name that the reference data could not resolve (below the fuzzy-match threshold)."""

    text: str
    path: str = Field(description="JSON path of the list it belongs to")
    paragraph: int | None = None
    candidates: tuple[str, ...] = Field(default=(), description="Nearest known names, with "
                                        "their scores, for a person to choose from")


class NameForm(Model):
    """A name an ingested report writes in a form other than the one in force on the meeting
    date: an earlier name (Swaziland after 2018), a variant spelling, or a near miss."""

    text: str
    code: str
    form: Literal["historical", "later", "variant", "fuzzy"]
    path: str
    paragraph: int | None = None
