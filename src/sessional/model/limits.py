"""Limits on untrusted input: their names, defaults and the checks that need no I/O.

Every limit has a default and an environment variable that sets it (README, "Limits"). The
edges (reading files, unzipping DOCX, running pdftotext) apply the limits that need I/O; here
are the checks of data already read: how deep JSON nests, and which characters text may hold.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from .wording import Words, verbatim, words

if TYPE_CHECKING:
    from .references import Fault

# The faults' phrases and `Fault` are imported where a record's data is checked, not with the
# limits: they load the record model (Pydantic, every class), which reading the limits at the
# start of a command does without (`render` starts its PDF compilers first).

MiB = 2**20


@dataclass(frozen=True)
class Limits:
    input_bytes: int = 50 * MiB
    """A record or report file, and a record read over the API."""
    json_depth: int = 64
    """Levels of nested objects and arrays in a record (the record format needs about 10)."""
    unzipped_bytes: int = 200 * MiB
    """All the parts of a DOCX once decompressed."""
    zip_ratio: int = 100
    """Decompressed size over compressed size of any part of a DOCX (text rarely passes 20)."""
    pdftotext_seconds: float = 120.0
    """Time given to pdftotext to take the text out of a PDF."""


@dataclass(frozen=True)
class Setting:
    variable: str
    field: str
    unit: int  # the variable is in MiB where the limit is in bytes
    whole: bool


SETTINGS = (
    Setting("SESSIONAL_MAX_INPUT_MB", "input_bytes", MiB, True),
    Setting("SESSIONAL_MAX_JSON_DEPTH", "json_depth", 1, True),
    Setting("SESSIONAL_MAX_UNZIPPED_MB", "unzipped_bytes", MiB, True),
    Setting("SESSIONAL_MAX_ZIP_RATIO", "zip_ratio", 1, True),
    Setting("SESSIONAL_MAX_PDFTOTEXT_SECONDS", "pdftotext_seconds", 1, False),
)
assert {s.field for s in SETTINGS} == {f.name for f in fields(Limits)}
VARIABLE = {s.field: s.variable for s in SETTINGS}


class LimitSettingInvalid(ValueError):
    """A limit set to something that is not a positive number; the message names the variable."""


def limits_from(environ: Mapping[str, str]) -> Limits:
    """The limits, each from its environment variable where set, else its default."""
    values: dict[str, Any] = {}
    for s in SETTINGS:
        given = environ.get(s.variable, "").strip()
        if not given:
            continue
        try:
            number = int(given) if s.whole else float(given)
        except ValueError:
            number = 0
        if not number > 0 or number == float("inf"):
            kind = "a whole number" if s.whole else "a number"
            raise LimitSettingInvalid(f"{s.variable}: {given!r} is not {kind} greater than 0")
        values[s.field] = number * s.unit
    return Limits(**values)


def megabytes(size: int) -> str:
    return f"{size / MiB:.0f} MiB" if size >= MiB else f"{size:,} bytes"


# Text may hold any character but these: control characters other than tab and new line
# (DOCX, being XML, cannot hold them; on a screen they are invisible), lone surrogates (not
# text: they cannot be written as UTF-8) and U+FFFE, U+FFFF (not characters).
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_INGEST_KEEPS = "\r\f"  # ingest reads these as line ends and page breaks before removing them


def forbidden_character(text: str) -> Words | None:
    """What is wrong with `text`, naming its first forbidden character, or None."""
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    from .fault_phrases import FORBIDDEN_CHARACTER

    return words(FORBIDDEN_CHARACTER, character=verbatim(describe(found.group())),
                 position=found.start() + 1)


def too_deep(limit: int) -> Words:
    """What is wrong with JSON nested deeper than `limit` levels."""
    from .fault_phrases import TOO_DEEP

    return words(TOO_DEEP, limit=limit, variable=verbatim(VARIABLE["json_depth"]))


def describe(char: str) -> str:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return f"U+{code:04X} (a lone surrogate)"
    if code in (0xFFFE, 0xFFFF):
        return f"U+{code:04X} (not a character)"
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(code, "control character")
    return f"U+{code:04X} ({name.lower()})"


_CONTROL_NAMES = {0: "null", 7: "bell", 8: "backspace", 0x0B: "line tabulation",
                  0x0C: "form feed", 0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete"}


def escaped(text: str) -> str:
    """`text` with each forbidden character written as an escape (fit to print)."""
    return _FORBIDDEN.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def without_forbidden(text: str) -> tuple[str, Counter[str]]:
    """Ingested text with every forbidden character removed (but carriage returns and form
    feeds, which ingest reads first), and how many of each were removed."""
    removed: Counter[str] = Counter()

    def drop(found: re.Match[str]) -> str:
        char = found.group()
        if char in _INGEST_KEEPS:
            return char
        removed[char] += 1
        return ""

    return _FORBIDDEN.sub(drop, text), removed


def data_faults(data: Any, limits: Limits, root: str = "$") -> list[Fault]:
    """Faults of JSON data before it is validated: nesting deeper than the limit (one fault,
    and nothing below it is looked at), and forbidden characters in keys and strings."""
    from .fault_phrases import FORBIDDEN_IN_NAME
    from .references import Fault

    deep = _too_deep(data, limits.json_depth)
    if deep is not None:
        return [Fault.of(_path(deep, root), too_deep(limits.json_depth))]
    if not _any_forbidden(data):
        return []
    faults: list[Fault] = []
    stack: list[_Node] = [(data, None, None, 1)]
    while stack:
        node = stack.pop()
        value = node[0]
        if isinstance(value, str):
            problem = forbidden_character(value)
            if problem:
                faults.append(Fault.of(_path(node, root), problem))
            continue
        pairs = enumerate(value) if isinstance(value, list) else value.items()
        for key, child in pairs:
            if isinstance(child, str | dict | list):
                stack.append((child, node, key, 0))
            problem = forbidden_character(key) if isinstance(key, str) else None
            if problem:
                faults.append(Fault.of(f"{_path(node, root)}.{escaped(str(key))}",
                                       words(FORBIDDEN_IN_NAME, problem=problem)))
    return sorted(faults, key=lambda f: f.path)


_Node = tuple[Any, Any, Any, int]  # (value, parent node, key in the parent, depth)
# Written as JSON (ensure_ascii=False), text keeps every character but the control characters
# below U+0020, written \uXXXX, \b, \f, \n, \r or \t. (An escaped backslash before a "u",
# "b", "f" or "r" matches too: the walk then finds nothing, which is right.)
_FORBIDDEN_IN_JSON = re.compile(r"\\(?:u00[01][0-9a-f]|[bfr])|"
                                "[\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _any_forbidden(data: Any) -> bool:
    """Whether any string or key holds a forbidden character: one search of the data written
    as JSON, much faster than searching each string."""
    try:
        written = json.dumps(data, ensure_ascii=False, check_circular=False)
    except (TypeError, ValueError, RecursionError):
        return True  # not JSON data: let the walk find what it can
    return _FORBIDDEN_IN_JSON.search(written) is not None


def _too_deep(data: Any, limit: int) -> _Node | None:
    """The first object or array deeper than `limit`, or None. Level by level without paths
    first (fast); only data that is too deep is walked again to say where."""
    level = [data] if isinstance(data, dict | list) else []
    for _ in range(limit):
        level = [child for value in level
                 for child in (value if isinstance(value, list) else value.values())
                 if isinstance(child, dict | list)]
    if not level:
        return None
    stack: list[_Node] = [(data, None, None, 1)]
    while stack:
        node = stack.pop()
        value, depth = node[0], node[3]
        if depth > limit:
            return node
        pairs = enumerate(value) if isinstance(value, list) else value.items()
        stack.extend((child, node, key, depth + 1) for key, child in pairs
                     if isinstance(child, dict | list))
    return None  # pragma: no cover - the levels above found one


def _path(node: _Node, root: str) -> str:
    parts: list[str] = []
    while node[1] is not None:
        key = node[2]
        parts.append(f"[{key}]" if isinstance(key, int) else f".{escaped(str(key))}")
        node = node[1]
    return root + "".join(reversed(parts))
