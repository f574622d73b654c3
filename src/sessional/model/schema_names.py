"""Readable names for the definitions of a JSON Schema: `FactList_StateCode`, not pydantic's
`FactList_Annotated_str__FieldInfo_annotation_NoneType__...`.

Generic classes are named by their parameters (type aliases such as `StateCode` name
themselves); `readable_definitions` gives any schema (the OpenAPI description too) the same
names.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic.json_schema import GenerateJsonSchema

_UNREADABLE = re.compile(r"_+$|__+")


def readable_name(name: str) -> str:
    """`FactList_StateCode_` -> `FactList_StateCode`; `ValueIn_FloorRequest_` ->
    `ValueIn_FloorRequest`."""
    return _UNREADABLE.sub(lambda m: "" if m.end() == len(name) else "_", name)


class ReadableNames(GenerateJsonSchema):
    """pydantic's schema generator, with readable definition names."""

    def normalize_name(self, name: str) -> str:
        return readable_name(super().normalize_name(name))


def readable_definitions(schema: dict[str, Any], where: str = "#/$defs/") -> dict[str, Any]:
    """`schema` with its definitions (under `where`) renamed readably, references too."""
    parts = where.strip("#/").split("/")
    holder: Any = schema
    for part in parts:
        holder = holder.get(part, {}) if isinstance(holder, dict) else {}
    renames = {old: readable_name(old) for old in holder if readable_name(old) != old}
    if not renames or len(set(renames.values()) | (set(holder) - set(renames))) != len(holder):
        return schema  # nothing to rename, or two names would become one
    for old, new in renames.items():
        holder[new] = holder.pop(old)
    refs = {where + old: where + new for old, new in renames.items()}
    renamed: dict[str, Any] = _with_refs(schema, refs)
    return renamed


def _with_refs(value: Any, refs: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: refs.get(v, v) if k == "$ref" and isinstance(v, str) else _with_refs(v, refs)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_with_refs(v, refs) for v in value]
    return value
