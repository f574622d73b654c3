"""UN document symbols as value objects: `DocumentSymbol.parse()` and `str()` are inverse.

A symbol is a series of components separated by slashes (`CTOC/COP/WG.3/2017/2`), optionally
followed by suffixes for addenda, corrigenda, revisions and amendments (`/Add.1`, `/Corr.2`,
`/Rev.1`, `/Amend.1`). A joint symbol names one document issued in two or more series, joined
by hyphens (`CTOC/COP/WG.3/2017/1-CTOC/COP/WG.2/2017/1`); each body lists it with its own symbol
first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from .wording import Slot, marked, say, verbatim, words

_COMPONENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.()*]*$")
_SUFFIX = re.compile(r"^(Add|Corr|Rev|Amend)\.(\d+)$")
_SPLIT_JOINT = re.compile(r"-(?=[A-Z])")
SYMBOL_PATTERN = r"^[A-Z][A-Za-z0-9.()*]*(/[A-Za-z0-9][A-Za-z0-9.()*]*)+(-[A-Z][A-Za-z0-9.()*/]*)*$"


NOT_A_SYMBOL = marked("{reason}; write it as series/number, such as CTOC/COP/WG.3/2017/1")
EMPTY_OR_SPACES = marked("'{value}' is not a document symbol: it is empty or has spaces")
NO_SERIES = marked("'{value}' is not a document symbol: it needs a series and a number")
BAD_PART = marked("'{value}' is not a document symbol: '{part}' cannot be a part of one")
NO_CAPITAL = marked("'{value}' is not a document symbol: it must start with a capital letter")
NOT_TEXT = marked("{value} is not a document symbol: a symbol is text")


class SymbolError(ValueError):
    """A string that is not a well-formed UN document symbol; `words` says why in any
    language, the message in English."""

    def __init__(self, template: str, **slots: Slot) -> None:
        self.words = words(template, **{k: verbatim(str(v)) for k, v in slots.items()})
        super().__init__(say(self.words))


@dataclass(frozen=True, order=True)
class Suffix:
    kind: str
    number: int

    def __str__(self) -> str:
        return f"{self.kind}.{self.number}"


@dataclass(frozen=True)
class DocumentSymbol:
    """One symbol: its components and its suffixes, e.g. `E/CN.15/2017/L.1/Rev.1`."""

    components: tuple[str, ...]
    suffixes: tuple[Suffix, ...] = ()

    @classmethod
    def parse(cls, text: str) -> DocumentSymbol:
        raw = text.strip()
        if not raw or any(ch.isspace() for ch in raw):
            raise SymbolError(EMPTY_OR_SPACES, value=text)
        parts = raw.split("/")
        suffixes: list[Suffix] = []
        while parts and (m := _SUFFIX.match(parts[-1])):
            suffixes.insert(0, Suffix(m.group(1), int(m.group(2))))
            parts.pop()
        if len(parts) < 2:
            raise SymbolError(NO_SERIES, value=text)
        for part in parts:
            if not _COMPONENT.match(part):
                raise SymbolError(BAD_PART, value=text, part=part)
        if not parts[0][0].isupper():
            raise SymbolError(NO_CAPITAL, value=text)
        return cls(tuple(parts), tuple(suffixes))

    @property
    def series(self) -> str:
        """The symbol without its last component and suffixes, e.g. `CTOC/COP/WG.3/2017`."""
        return "/".join(self.components[:-1])

    def in_series(self, prefix: str) -> bool:
        return self.base.startswith(prefix.rstrip("/") + "/")

    @property
    def base(self) -> str:
        return "/".join(self.components)

    def __str__(self) -> str:
        return "/".join([*self.components, *(str(s) for s in self.suffixes)])


@dataclass(frozen=True)
class JointSymbol:
    """A document's symbol or symbols; a single symbol is a joint symbol of one part."""

    parts: tuple[DocumentSymbol, ...]

    @classmethod
    def parse(cls, text: str) -> JointSymbol:
        if not isinstance(text, str):
            raise SymbolError(NOT_TEXT, value=repr(text))
        pieces = _SPLIT_JOINT.split(text.strip())
        return cls(tuple(DocumentSymbol.parse(p) for p in pieces))

    @property
    def is_joint(self) -> bool:
        return len(self.parts) > 1

    def first_for(self, prefix: str) -> JointSymbol:
        """The same symbol with the part in the series `prefix` first (as that body lists it)."""
        own = [p for p in self.parts if p.in_series(prefix)]
        rest = [p for p in self.parts if not p.in_series(prefix)]
        return JointSymbol(tuple(own + rest))

    def __str__(self) -> str:
        return "-".join(str(p) for p in self.parts)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: Any) -> JointSymbol:
            if isinstance(value, JointSymbol):
                return value
            try:
                return cls.parse(value)
            except SymbolError as err:
                raise PydanticCustomError("document_symbol", NOT_A_SYMBOL, {
                    "reason": err.words}) from None

        return core_schema.no_info_plain_validator_function(
            validate, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": SYMBOL_PATTERN,
            "description": "UN document symbol; joint symbols joined by '-'",
            "examples": ["CTOC/COP/WG.3/2017/1-CTOC/COP/WG.2/2017/1", "E/CN.15/2017/L.1/Rev.1"],
        }


Symbol = Annotated[JointSymbol, "document symbol"]
