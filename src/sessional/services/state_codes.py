"""State codes an edit brings in must name a State or area of the reference data: a typing
slip ('FRN') is refused at once instead of surfacing later as a name the report cannot write."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import refdata
from ..model import STATE_CATEGORIES
from ..model.edits import Edit
from .records import InputError


def require_known_states(edit: Edit) -> None:
    known = refdata.all_countries()
    for path, code in _codes(edit):
        if code not in known:
            raise InputError(f"{path}: no State or area with the code {code!r} in the "
                             "reference data")


def _codes(edit: Edit) -> Iterator[tuple[str, str]]:
    if edit.collection == "attendance" and edit.scope.get("category") in STATE_CATEGORIES \
            and isinstance(edit.element, str):
        yield "code", edit.element
    yield from _states("value", edit.element)


def _states(path: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for name, inner in value.items():
            if name == "state" and isinstance(inner, str):
                yield f"{path}.state", inner
            else:
                yield from _states(f"{path}.{name}", inner)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _states(f"{path}[{index}]", inner)
