"""Every unknown, partial or tentative fact of a record, with its JSON path."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from .facts import FactList, Tentative, Unknown

GapKind = Literal["unknown", "partial", "tentative"]


@dataclass(frozen=True)
class Gap:
    path: str
    kind: GapKind
    note: str | None


def record_gaps(model: BaseModel, path: str = "$") -> list[Gap]:
    return list(_walk(model, path))


def _walk(value: object, path: str) -> Iterator[Gap]:
    if isinstance(value, Unknown):
        yield Gap(path, "unknown", value.note)
    elif isinstance(value, Tentative):
        yield Gap(path, "tentative", value.note)
    elif isinstance(value, FactList):
        if value.status != "complete":
            yield Gap(path, value.status, value.note)
        for i, item in enumerate(value.items):
            yield from _walk(item, f"{path}.items[{i}]")
    elif isinstance(value, BaseModel):
        if getattr(value, "tentative", False) is True:
            yield Gap(path, "tentative", None)
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, tuple | list):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")
