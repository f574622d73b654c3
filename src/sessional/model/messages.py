"""Validation errors said in words: what is wrong and what would be right, never a type name.

`explain(error)` turns one pydantic error (a dict of `ValidationError.errors()`) into a
`Wording`: the message, a hint that says what would be right, and the kind and value of the
fault (`services` adds suggestions from the reference data by kind). Every message is a template
of `fault_phrases` with named slots, said in English here and in the operator's language on a
page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from . import fault_phrases as P
from .labels import json_path, label_words
from .references import Fault
from .rules import RULES
from .shapes import fields_of, is_fact_list, is_localized_text, shape_at
from .wording import Joined, Slot, Words, verbatim, words

_DATE_FORMS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%Y/%m/%d",
               "%Y.%m.%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class Wording:
    message: Words
    hint: Slot | None = None
    kind: str = ""
    value: str | None = None


def error_faults(items: Sequence[Mapping[str, Any]], root: type[BaseModel] | None,
                 data: Any = None) -> list[Fault]:
    """One fault per place of pydantic errors, in words; `root` is the class validated, `data`
    what was given (it names sessions by their body)."""
    paths = [json_path(item["loc"]) for item in items]
    faults: dict[str, Fault] = {}
    for path, item in zip(paths, items, strict=True):
        if item["type"] == "too_short" and any(p.startswith(path + "[") for p in paths):
            continue  # the list's own items failed; their faults say why
        where = label_words(path.rsplit(".", 1)[0] if "." in path else "$", data)
        said = explain(item, root, where)
        faults.setdefault(path, Fault.of(path, said.message, said.hint, kind=said.kind,
                                         value=said.value, label=label_words(path, data)))
    return list(faults.values())


def explain(item: Mapping[str, Any], root: type[BaseModel] | None = None,
            where: Slot = "") -> Wording:
    """The wording of one pydantic error; `root` (the class validated) lets it name the
    fields expected, `where` is the label of the place that holds the field."""
    loc: Sequence[int | str] = item.get("loc", ())
    kind = str(item.get("type", ""))
    shape = shape_at(root, loc) if root is not None else None
    if kind in RULES:
        return Wording(_rule(kind, item), kind=kind)
    wording = _by_type(kind, item, shape, where)
    if kind == "extra_forbidden":
        parent = shape_at(root, loc[:-1]) if root is not None else None
        fields = ", ".join(fields_of(parent))
        wording = Wording(wording.message, words(P.THE_FIELDS_ARE, fields=fields) if fields
                          else Words(P.NO_FIELDS_HERE), kind, wording.value)
    if kind == "too_short":
        wording = _too_few(loc) or wording
    if loc and loc[-1] == "known" and kind not in ("missing", "extra_forbidden", "value_error"):
        unknown = Words(P.OR_UNKNOWN)
        hint = Joined((wording.hint, unknown), ", ") if wording.hint else unknown
        wording = Wording(wording.message, hint, wording.kind, wording.value)
    return wording


def _rule(kind: str, item: Mapping[str, Any]) -> Words:
    """A rule of the record the model states itself (its template, its context as slots)."""
    ctx: Mapping[str, Any] = item.get("ctx") or {}
    slots: dict[str, Slot] = {}
    for name, value in ctx.items():
        slots[name] = value if isinstance(value, Words | int) else verbatim(str(value))
    return words(RULES[kind], **slots)


def _by_type(kind: str, item: Mapping[str, Any], shape: Any, where: Slot) -> Wording:
    ctx: Mapping[str, Any] = item.get("ctx") or {}
    value = item.get("input")
    shown = verbatim(quoted(value))
    loc = item.get("loc", ())
    field = next((str(s) for s in reversed(loc) if isinstance(s, str)
                  and s not in ("known", "unknown", "[key]")), "")
    if kind == "missing":
        return Wording(words(P.REQUIRED, what=Words(P.WHAT.get(field, P.A_VALUE))), kind=kind)
    if kind == "extra_forbidden":
        return Wording(words(P.NOT_A_FIELD, value=verbatim(quoted(field)), where=where), None,
                       kind, field)
    if kind in ("value_error", "assertion_error"):  # a validator of another package
        return Wording(verbatim(re.sub(r"^(Value error|Assertion error|Assertion failed), ", "",
                                       str(item.get("msg", "")))), kind=kind)
    if kind == "string_pattern_mismatch":
        return _pattern(str(ctx.get("pattern", "")), value, shown)
    if kind in ("literal_error", "enum"):
        choices = words(P.ONE_OF, choices=_choices(str(ctx.get("expected", ""))))
        if loc and loc[-1] == "[key]":
            return Wording(words(P.NOT_A_LANGUAGE, value=shown), choices, "language",
                           _text(value))
        return Wording(words(P.NOT_A_CHOICE, value=shown), choices, "choice", _text(value))
    if kind.startswith("date"):
        return _date(value, shown)
    simple = _SIMPLE.get(kind)
    if simple is not None:
        fields = _limits(ctx)
        return Wording(words(simple[0], value=shown, count=fields["count"]),
                       words(simple[1], limit=fields["limit"]), kind, _text(value))
    if kind in ("model_type", "model_attributes_type", "dict_type", "dataclass_type"):
        return _object(shape, shown, loc)
    return Wording(words(P.NOT_ACCEPTED, value=shown),
                   verbatim(_plain_msg(str(item.get("msg", "")))), kind, _text(value))


_SIMPLE: Mapping[str, tuple[str, str]] = {
    "int_parsing": (P.NOT_A_NUMBER, P.GIVE_A_NUMBER),
    "int_type": (P.NOT_A_NUMBER, P.GIVE_A_NUMBER),
    "int_from_float": (P.NOT_A_NUMBER, P.GIVE_A_NUMBER),
    "greater_than_equal": (P.TOO_SMALL, P.AT_LEAST),
    "greater_than": (P.TOO_SMALL, P.AT_LEAST),
    "less_than_equal": (P.TOO_LARGE, P.AT_MOST),
    "less_than": (P.TOO_LARGE, P.AT_MOST),
    "bool_parsing": (P.NOT_YES_OR_NO, P.GIVE_YES_OR_NO),
    "bool_type": (P.NOT_YES_OR_NO, P.GIVE_YES_OR_NO),
    "string_type": (P.NOT_TEXT, P.GIVE_TEXT),
    "tuple_type": (P.NOT_A_LIST, P.GIVE_LIST),
    "list_type": (P.NOT_A_LIST, P.GIVE_LIST),
    "too_short": (P.TOO_FEW, P.AT_LEAST_ENTRIES),
    "too_long": (P.TOO_MANY, P.AT_MOST_ENTRIES),
    "string_too_short": (P.EMPTY_TEXT, P.GIVE_SOME_TEXT),
    "string_too_long": (P.TEXT_TOO_LONG, P.AT_MOST_CHARACTERS),
}


def _limits(ctx: Mapping[str, Any]) -> dict[str, Any]:
    limit = next((ctx[k] for k in ("ge", "gt", "le", "lt", "min_length", "max_length")
                  if k in ctx), "")
    if "gt" in ctx:
        limit = ctx["gt"] + 1 if isinstance(ctx["gt"], int) else ctx["gt"]
    if "lt" in ctx:
        limit = ctx["lt"] - 1 if isinstance(ctx["lt"], int) else ctx["lt"]
    return {"limit": limit, "count": ctx.get("actual_length", "")}


def _too_few(loc: Sequence[int | str]) -> Wording | None:
    last = loc[-1] if loc else ""
    if tuple(loc) == ("bodies",):
        return Wording(Words(P.NO_BODY), Words(P.GIVE_BODY), "too_short")
    if tuple(loc) == ("sessions",):
        return Wording(Words(P.NO_SESSION), Words(P.GIVE_SESSION), "too_short")
    if last == "bodies" and "documents" in loc:
        return Wording(Words(P.BEFORE_NO_BODY), Words(P.GIVE_DOCUMENT_BODY), "too_short")
    if last == "numbers":
        return Wording(Words(P.TOO_FEW_NUMBERS), Words(P.GIVE_NUMBERS), "too_short")
    return None


def _pattern(pattern: str, value: Any, shown: Words) -> Wording:
    known = P.PATTERNS.get(pattern)
    if known is None:
        return Wording(words(P.DOES_NOT_MATCH, value=shown),
                       words(P.WRITE_MATCHING, pattern=pattern), "pattern", _text(value))
    kind, message, hint = known
    guesser = _GUESSES.get(kind)
    guess = guesser(_text(value) or "") if guesser is not None else None
    return Wording(words(message, value=shown),
                   words(P.DID_YOU_MEAN, choice=guess) if guess else Words(hint), kind,
                   _text(value))


def _number_guess(text: str) -> str | None:
    found = re.fullmatch(r"\D*?(\d+)\W*", text)
    return found.group(1) if found else None


def _letter_guess(text: str) -> str | None:
    found = re.fullmatch(r"[\W_]*([A-Za-z]{1,2})[\W_]*", text)
    return found.group(1).lower() if found and found.group(1).lower() != text else None


_GUESSES: Mapping[str, Callable[[str], str | None]] = {
    "item_number": _number_guess, "sub_item_letter": _letter_guess}


def _date(value: Any, shown: Words) -> Wording:
    day = read_day(value) if isinstance(value, str) else None
    return Wording(words(P.NOT_A_DATE, value=shown),
                   words(P.WRITE_DATE_AS, day=day.isoformat()) if day else Words(P.WRITE_DATE),
                   "date", _text(value))


def read_day(text: str) -> dt.date | None:
    """A day written in words or with dots and slashes ('13 October 2017'), if it is one."""
    for form in _DATE_FORMS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def _object(shape: Any, shown: Words, loc: Sequence[int | str]) -> Wording:
    if not loc:
        return Wording(words(P.NOT_AN_OBJECT, value=shown), Words(P.GIVE_RECORD), "record")
    if is_fact_list(shape):
        return Wording(words(P.NOT_A_FACT_LIST, value=shown), Words(P.GIVE_FACT_LIST),
                       "fact_list")
    if is_localized_text(shape):
        return Wording(words(P.NOT_LOCALIZED, value=shown), Words(P.GIVE_LOCALIZED),
                       "localized_text")
    fields = fields_of(shape)
    if fields == ("start", "end"):
        return Wording(words(P.NOT_DATES, value=shown), Words(P.GIVE_DATES), "dates")
    return Wording(words(P.NOT_AN_OBJECT, value=shown),
                   words(P.GIVE_OBJECT, fields=", ".join(fields)) if fields else None, "object")


def _choices(expected: str) -> str:
    """"'a', 'b' or 'c'" -> "a, b, c"."""
    found = re.findall(r"'([^']*)'", expected)
    return ", ".join(found) if found else expected


def _plain_msg(msg: str) -> str:
    """pydantic's own message, without the class name it may give."""
    return re.sub(r"\s*(or )?instance of .*$", "", msg).strip()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None if value is None else quoted(value)


def quoted(value: Any) -> str:
    """'Austria' for text, JSON for anything else; long values cut to 60 characters."""
    if isinstance(value, str):
        text = f"'{value}'"
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"
