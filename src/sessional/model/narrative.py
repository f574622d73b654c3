"""Narrative paragraphs: written per language by people, tracked until every language has them."""

from __future__ import annotations

from pydantic import Field, model_validator

from .bodies import KEY_PATTERN, BodyKey
from .facts import FactList, Lang, LocalizedText, Model


class Paragraph(Model):
    text: LocalizedText
    source_language: Lang

    @model_validator(mode="after")
    def _has_source(self) -> Paragraph:
        if self.source_language not in self.text:
            raise ValueError(f"no text in the source language {self.source_language!r}")
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
            raise ValueError("a narrative belongs to exactly one of: body, joint_item")
        return self


class Narrative(Model):
    introduction: FactList[Paragraph] = Field(
        default_factory=lambda: FactList[Paragraph](status="unknown"))
    recommendations: tuple[ItemNarrative, ...] = ()
    deliberations: tuple[ItemNarrative, ...] = ()
