"""Documents the bodies had before them."""

from __future__ import annotations

from pydantic import Field

from .bodies import BodyKey
from .facts import LocalizedText, Model
from .statements import ItemRef
from .symbols import Symbol


class Document(Model):
    """A document by its UN symbol; joint symbols name one document issued in several series."""

    symbol: Symbol
    title: LocalizedText
    bodies: tuple[BodyKey, ...] = Field(min_length=1, description="Bodies that had it before them")
    items: tuple[ItemRef, ...] = Field(default=(), description="Agenda items it was issued under")

    def listed_by(self, body: BodyKey) -> bool:
        return body in self.bodies

