"""Validation errors said in words: what is wrong and what would be right, never a type name.

`explain(error)` turns one pydantic error (a dict of `ValidationError.errors()`) into a
`Wording`: the message, a hint that says what would be right, and the kind and value of the
fault (`services` adds suggestions from the reference data by kind). Every message is a plain
string constant with named fields, so that a gettext catalogue can wrap it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from .labels import FIELD_LABELS, field_label, json_path
from .references import Fault
from .shapes import fields_of, is_fact_list, is_localized_text, shape_at

REQUIRED = "required: give {what}"
NOT_A_FIELD = "{value} is not a field of {where}"
THE_FIELDS_ARE = "the fields are: {fields}"
NO_FIELDS_HERE = "this place takes no fields"
NOT_A_DATE = "{value} is not a date"
WRITE_DATE_AS = "write it as {day}"
WRITE_DATE = "write it as YYYY-MM-DD, such as 2017-10-13"
NOT_A_NUMBER = "{value} is not a whole number"
GIVE_A_NUMBER = "give a number such as 3, without quotes"
TOO_SMALL = "{value} is too small"
AT_LEAST = "give {limit} or more"
TOO_LARGE = "{value} is too large"
AT_MOST = "give {limit} or less"
NOT_YES_OR_NO = "{value} is not true or false"
GIVE_YES_OR_NO = "give true or false, without quotes"
NOT_TEXT = "{value} is not text"
GIVE_TEXT = 'give it in quotes, such as "…"'
NOT_A_CHOICE = "{value} is not one of the choices"
ONE_OF = "must be one of: {choices}"
NOT_A_LANGUAGE = "{value} is not a language code"
NOT_AN_OBJECT = "{value} is not an object"
GIVE_OBJECT = "give an object with the fields: {fields}"
NOT_A_FACT_LIST = "{value} is not a list with its status"
GIVE_FACT_LIST = ('give {"status": "complete", "items": […]} ("partial" if more are to come, '
                  '"unknown" if nothing is known yet)')
NOT_LOCALIZED = "{value} is not text per language"
GIVE_LOCALIZED = 'give {"en": "…"}, one entry per language (ar, zh, en, fr, es, ru)'
NOT_DATES = "{value} is not a first and last day"
GIVE_DATES = 'give {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}'
GIVE_RECORD = 'a record is an object: {"format": "sessional-record", "schema_version": 1, …}'
NOT_A_LIST = "{value} is not a list"
GIVE_LIST = "give a list: […]"
TOO_FEW = "{count} given"
AT_LEAST_ENTRIES = "give at least {limit}"
TOO_MANY = "{count} given"
AT_MOST_ENTRIES = "give at most {limit}"
EMPTY_TEXT = "the text is empty"
GIVE_SOME_TEXT = "give at least {limit} character(s)"
TEXT_TOO_LONG = "the text is too long"
AT_MOST_CHARACTERS = "give at most {limit} characters"
OR_UNKNOWN = 'or {"status": "unknown"} if it is not known yet'
NOT_ACCEPTED = "{value} is not accepted here"
DID_YOU_MEAN = "did you mean {choice}?"

PATTERNS: Mapping[str, tuple[str, str, str]] = {  # pattern: kind, message, hint
    r"^[A-Z]{3}$": ("state_code", "{value} is not a code of the reference data",
                    "give the State's three-letter ISO 3166 code, such as AUT or CHN"),
    r"^[a-z][a-z0-9_]{1,39}$": (
        "organization_key", "{value} is not an organization key of the reference data",
        "give a key in small letters, such as unodc, or leave out the key and give the name"),
    r"^[A-Za-z][A-Za-z0-9_-]{0,31}$": (
        "key", "{value} is not a key",
        "a key starts with a letter and has up to 32 letters, digits, '-' or '_', such as IC"),
    r"^\d+$": ("item_number", "{value} is not an agenda item number",
               "write the number alone, such as 3"),
    r"^[a-z]{1,2}$": ("sub_item_letter", "{value} is not a sub-item letter",
                      "write the letter alone, in small letters, such as a"),
    r"^\d+/\d+$": ("decision_number", "{value} is not the number of a decision or resolution",
                   "write it as session/number, such as 3/2"),
    r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.]+)*$": (
        "symbol_series", "{value} is not a series of document symbols",
        "write the start the body's symbols share, such as CTOC/COP/WG.3"),
}
DOES_NOT_MATCH = "{value} is not written as this field is"
WRITE_MATCHING = "write it to match the pattern {pattern}"

WHAT: Mapping[str, str] = {  # field name: what to give where it is missing
    "format": '"sessional-record"',
    "schema_version": "1",
    "original_language": "the language the report was written in: ar, zh, en, fr, es or ru",
    "source_language": "the language the text was written in: ar, zh, en, fr, es or ru",
    "report": 'the report\'s details, at least {"original_language": "en"}',
    "bodies": "the bodies that meet: key, name and symbol series of each",
    "sessions": "the session of each body: its body key, and its dates if known",
    "start": "the first day, as YYYY-MM-DD",
    "end": "the last day, as YYYY-MM-DD",
    "dates": 'the first and last day: {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}',
    "key": "a key, such as IC",
    "body": "the key of a body of the record, such as IC",
    "name": 'the name, per language: {"en": "…"}',
    "title": 'the title, per language: {"en": "…"}',
    "text": 'the text, per language: {"en": "…"}',
    "symbol": "the document symbol, such as CTOC/COP/WG.3/2017/1",
    "symbol_series": "the start the body's symbols share, such as CTOC/COP/WG.3",
    "number": "the number",
    "letter": "the letter, such as a",
    "role": "the role: chair, vice_chair, rapporteur, panellist or moderator",
    "delegation": 'who speaks: {"state": "AUT"}, {"organization": {"key": "…"}} or '
                  '{"secretariat": true}',
    "items": "the agenda items",
    "kind": "the kind",
    "numbers": 'the number each body gives it: {"IC": "5", "TA": "2"}',
}
A_VALUE = "a value"

CUSTOM = frozenset({"document_symbol", "date_range", "fact_list_status"})
"""Error types the model raises with its own readable message (PydanticCustomError)."""

_DATE_FORMS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%Y/%m/%d",
               "%Y.%m.%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class Wording:
    message: str
    hint: str = ""
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
        where = field_label(path.rsplit(".", 1)[0] if "." in path else "$", data)
        said = explain(item, root, where)
        faults.setdefault(path, Fault(path, said.message, field_label(path, data), said.hint,
                                      said.kind, said.value))
    return list(faults.values())


def explain(item: Mapping[str, Any], root: type[BaseModel] | None = None,
            where: str = "") -> Wording:
    """The wording of one pydantic error; `root` (the class validated) lets it name the
    fields expected, `where` is the label of the place that holds the field."""
    loc: Sequence[int | str] = item.get("loc", ())
    kind = str(item.get("type", ""))
    shape = shape_at(root, loc) if root is not None else None
    if kind in CUSTOM:
        return Wording(str(item.get("msg", "")), kind=kind)
    wording = _by_type(kind, item, shape, where)
    if kind == "extra_forbidden":
        parent = shape_at(root, loc[:-1]) if root is not None else None
        fields = ", ".join(fields_of(parent))
        wording = Wording(wording.message, THE_FIELDS_ARE.format(fields=fields) if fields
                          else NO_FIELDS_HERE, kind, wording.value)
    if kind == "too_short":
        wording = _too_few(loc) or wording
    if loc and loc[-1] == "known" and kind not in ("missing", "extra_forbidden", "value_error"):
        hint = f"{wording.hint}, {OR_UNKNOWN}" if wording.hint else OR_UNKNOWN
        wording = Wording(wording.message, hint, wording.kind, wording.value)
    return wording


def _by_type(kind: str, item: Mapping[str, Any], shape: Any, where: str) -> Wording:
    ctx: Mapping[str, Any] = item.get("ctx") or {}
    value = item.get("input")
    shown = quoted(value)
    loc = item.get("loc", ())
    field = next((str(s) for s in reversed(loc) if isinstance(s, str)
                  and s not in ("known", "unknown", "[key]")), "")
    if kind == "missing":
        return Wording(REQUIRED.format(what=WHAT.get(field, A_VALUE)), kind=kind)
    if kind == "extra_forbidden":
        return Wording(NOT_A_FIELD.format(value=quoted(field), where=where), "", kind, field)
    if kind in ("value_error", "assertion_error"):
        return Wording(re.sub(r"^(Value|Assertion) error, ", "", str(item.get("msg", ""))),
                       kind=kind)
    if kind == "string_pattern_mismatch":
        return _pattern(str(ctx.get("pattern", "")), value, shown)
    if kind == "literal_error" and loc and loc[-1] == "[key]":
        return Wording(NOT_A_LANGUAGE.format(value=shown), ONE_OF.format(
            choices=_choices(str(ctx.get("expected", "")))), "language", _text(value))
    if kind in ("literal_error", "enum"):
        return Wording(NOT_A_CHOICE.format(value=shown), ONE_OF.format(
            choices=_choices(str(ctx.get("expected", "")))), "choice", _text(value))
    if kind.startswith("date"):
        return _date(value, shown)
    simple = _SIMPLE.get(kind)
    if simple is not None:
        fields = _limits(ctx) | {"value": shown}
        return Wording(simple[0].format(**fields), simple[1].format(**fields), kind,
                       _text(value))
    if kind in ("model_type", "model_attributes_type", "dict_type", "dataclass_type"):
        return _object(shape, shown, loc)
    return Wording(NOT_ACCEPTED.format(value=shown), _plain_msg(str(item.get("msg", ""))), kind,
                   _text(value))


_SIMPLE: Mapping[str, tuple[str, str]] = {
    "int_parsing": (NOT_A_NUMBER, GIVE_A_NUMBER),
    "int_type": (NOT_A_NUMBER, GIVE_A_NUMBER),
    "int_from_float": (NOT_A_NUMBER, GIVE_A_NUMBER),
    "greater_than_equal": (TOO_SMALL, AT_LEAST),
    "greater_than": (TOO_SMALL, AT_LEAST),
    "less_than_equal": (TOO_LARGE, AT_MOST),
    "less_than": (TOO_LARGE, AT_MOST),
    "bool_parsing": (NOT_YES_OR_NO, GIVE_YES_OR_NO),
    "bool_type": (NOT_YES_OR_NO, GIVE_YES_OR_NO),
    "string_type": (NOT_TEXT, GIVE_TEXT),
    "tuple_type": (NOT_A_LIST, GIVE_LIST),
    "list_type": (NOT_A_LIST, GIVE_LIST),
    "too_short": (TOO_FEW, AT_LEAST_ENTRIES),
    "too_long": (TOO_MANY, AT_MOST_ENTRIES),
    "string_too_short": (EMPTY_TEXT, GIVE_SOME_TEXT),
    "string_too_long": (TEXT_TOO_LONG, AT_MOST_CHARACTERS),
}


def _limits(ctx: Mapping[str, Any]) -> dict[str, Any]:
    limit = next((ctx[k] for k in ("ge", "gt", "le", "lt", "min_length", "max_length")
                  if k in ctx), "")
    if "gt" in ctx:
        limit = ctx["gt"] + 1 if isinstance(ctx["gt"], int) else ctx["gt"]
    if "lt" in ctx:
        limit = ctx["lt"] - 1 if isinstance(ctx["lt"], int) else ctx["lt"]
    return {"limit": limit, "count": ctx.get("actual_length", "")}


NO_BODY = "a record has no body"
GIVE_BODY = "give at least one body: its key, name and symbol series"
NO_SESSION = "a record has no session"
GIVE_SESSION = "give the session of each body: its body key, and its dates if known"
BEFORE_NO_BODY = "the document is before no body"
GIVE_DOCUMENT_BODY = "give the key of at least one body, such as IC"
TOO_FEW_NUMBERS = "a joint item is one of two bodies or more"
GIVE_NUMBERS = 'give the number each body gives it: {"IC": "5", "TA": "2"}'


def _too_few(loc: Sequence[int | str]) -> Wording | None:
    last = loc[-1] if loc else ""
    if tuple(loc) == ("bodies",):
        return Wording(NO_BODY, GIVE_BODY, "too_short")
    if tuple(loc) == ("sessions",):
        return Wording(NO_SESSION, GIVE_SESSION, "too_short")
    if last == "bodies" and "documents" in loc:
        return Wording(BEFORE_NO_BODY, GIVE_DOCUMENT_BODY, "too_short")
    if last == "numbers":
        return Wording(TOO_FEW_NUMBERS, GIVE_NUMBERS, "too_short")
    return None


def _pattern(pattern: str, value: Any, shown: str) -> Wording:
    known = PATTERNS.get(pattern)
    if known is None:
        return Wording(DOES_NOT_MATCH.format(value=shown), WRITE_MATCHING.format(pattern=pattern),
                       "pattern", _text(value))
    kind, message, hint = known
    guesser = _GUESSES.get(kind)
    guess = guesser(_text(value) or "") if guesser is not None else None
    return Wording(message.format(value=shown),
                   DID_YOU_MEAN.format(choice=guess) if guess else hint, kind, _text(value))


def _number_guess(text: str) -> str | None:
    found = re.fullmatch(r"\D*?(\d+)\W*", text)
    return found.group(1) if found else None


def _letter_guess(text: str) -> str | None:
    found = re.fullmatch(r"[\W_]*([A-Za-z]{1,2})[\W_]*", text)
    return found.group(1).lower() if found and found.group(1).lower() != text else None


_GUESSES: Mapping[str, Callable[[str], str | None]] = {
    "item_number": _number_guess, "sub_item_letter": _letter_guess}


def _date(value: Any, shown: str) -> Wording:
    day = read_day(value) if isinstance(value, str) else None
    return Wording(NOT_A_DATE.format(value=shown),
                   WRITE_DATE_AS.format(day=day.isoformat()) if day else WRITE_DATE, "date",
                   _text(value))


def read_day(text: str) -> dt.date | None:
    """A day written in words or with dots and slashes ('13 October 2017'), if it is one."""
    for form in _DATE_FORMS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def _object(shape: Any, shown: str, loc: Sequence[int | str]) -> Wording:
    if not loc:
        return Wording(NOT_AN_OBJECT.format(value=shown), GIVE_RECORD, "record")
    if is_fact_list(shape):
        return Wording(NOT_A_FACT_LIST.format(value=shown), GIVE_FACT_LIST, "fact_list")
    if is_localized_text(shape):
        return Wording(NOT_LOCALIZED.format(value=shown), GIVE_LOCALIZED, "localized_text")
    fields = fields_of(shape)
    if fields == ("start", "end"):
        return Wording(NOT_DATES.format(value=shown), GIVE_DATES, "dates")
    return Wording(NOT_AN_OBJECT.format(value=shown),
                   GIVE_OBJECT.format(fields=", ".join(fields)) if fields else "", "object")


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


def field_word(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " "))
