"""What a record expects at a place: the class, list or text found by walking its fields.

Used to say what would be right where a value is wrong ("the fields are: ..."), without
reading pydantic's messages.
"""

from __future__ import annotations

import types
from collections.abc import Sequence
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from typing_extensions import TypeAliasType

from .facts import FactList, Unknown


def shape_at(root: type[BaseModel], loc: Sequence[int | str]) -> Any:
    """The type expected at `loc` (a pydantic error location, union tags included), or None
    where the walk loses its way."""
    current: Any = root
    for step in loc:
        current = _step(_plain(current, step), step)
        if current is None:
            return None
    return _plain(current, None)


def fields_of(shape: Any) -> tuple[str, ...]:
    return tuple(shape.model_fields) if _is_model(shape) else ()


def is_fact_list(shape: Any) -> bool:
    return _is_model(shape) and issubclass(shape, FactList)


def is_localized_text(shape: Any) -> bool:
    return get_origin(shape) is dict and get_origin(get_args(shape)[0]) is Literal


def _is_model(shape: Any) -> bool:
    return isinstance(shape, type) and issubclass(shape, BaseModel)


def _step(shape: Any, step: int | str) -> Any:
    if step in ("known", "unknown"):
        return shape  # _plain chose the branch already
    origin = get_origin(shape)
    if isinstance(step, int):
        return get_args(shape)[0] if origin in (tuple, list) else None
    if origin is dict:
        return get_args(shape)[0] if step == "[key]" else get_args(shape)[1]
    if _is_model(shape) and step in shape.model_fields:
        return shape.model_fields[step].annotation
    return None


def _plain(shape: Any, step: int | str | None) -> Any:
    """`shape` without Annotated and None; of a union, the branch `step` names (known or
    unknown) or the first that is not None."""
    while True:
        origin = get_origin(shape)
        if isinstance(shape, TypeAliasType):
            shape = shape.__value__
        elif origin is Annotated:
            shape = get_args(shape)[0]
        elif origin is Union or origin is types.UnionType:
            branches = [a for a in get_args(shape) if a is not type(None)]
            unknown = [a for a in branches if _plain(a, None) is Unknown]
            shape = unknown[0] if step == "unknown" and unknown else next(
                (a for a in branches if a not in unknown), branches[0])
        else:
            return shape
