"""Narrative paragraphs: written per language by people, tracked until every language has them."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .bodies import KEY_PATTERN, BodyKey
from .facts import FactList, Lang, LocalizedText, Model
from .wording import marked

NO_SOURCE_TEXT = marked("no text in the source language '{language}'")
ONE_OWNER = marked("a narrative belongs to exactly one of: body, joint_item")


class Paragraph(Model):
    text: LocalizedText
    source_language: Lang

    @model_validator(mode="after")
    def _has_source(self) -> Paragraph:
        if self.source_language not in self.text:
            raise PydanticCustomError("narrative_source", NO_SOURCE_TEXT,
                                      {"language": self.source_language})
        return self


class ItemNarrative(Model):
    """Narrative of one agenda item (or of one body, for recommendations)."""

    body: BodyKey | None = Field(default=None, pattern=KEY_PATTERN)
    joint_item: str | None = Field(default=None, pattern=KEY_PATTERN)
    item: str | None = Field(default=None, pattern=r"^\d+$")
    paragraphs: FactList[Paragraph] = Field(
        default_factory=lambda: FactList[Paragraph](status="unknown"))

    @model_validator(mode="after")
    def _placed(self) -> ItemNarrative:
        if (self.body is None) == (self.joint_item is None):
            raise PydanticCustomError("narrative_owner", ONE_OWNER)
        return self


class Narrative(Model):
    introduction: FactList[Paragraph] = Field(
        default_factory=lambda: FactList[Paragraph](status="unknown"))
    recommendations: tuple[ItemNarrative, ...] = ()
    deliberations: tuple[ItemNarrative, ...] = ()
