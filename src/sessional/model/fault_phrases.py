"""What the record's validation says, as English templates with named slots.

Each is marked for the operator catalogues (`marked`), so that a page says it in the operator's
language; the CLI, the JSON and the API say the English text. `messages` fills them in.
"""

from __future__ import annotations

from collections.abc import Mapping

from .record import JOB_NUMBER_PATTERN
from .wording import marked

REQUIRED = marked("required: give {what}")
NOT_A_FIELD = marked("{value} is not a field of {where}")
THE_FIELDS_ARE = marked("the fields are: {fields}")
NO_FIELDS_HERE = marked("this place takes no fields")
NOT_A_DATE = marked("{value} is not a date")
WRITE_DATE_AS = marked("write it as {day}")
WRITE_DATE = marked("write it as YYYY-MM-DD, such as 2017-10-13")
NOT_A_NUMBER = marked("{value} is not a whole number")
GIVE_A_NUMBER = marked("give a number such as 3, without quotes")
TOO_SMALL = marked("{value} is too small")
AT_LEAST = marked("give {limit} or more")
TOO_LARGE = marked("{value} is too large")
AT_MOST = marked("give {limit} or less")
NOT_YES_OR_NO = marked("{value} is not true or false")
GIVE_YES_OR_NO = marked("give true or false, without quotes")
NOT_TEXT = marked("{value} is not text")
GIVE_TEXT = marked('give it in quotes, such as "…"')
NOT_A_CHOICE = marked("{value} is not one of the choices")
ONE_OF = marked("must be one of: {choices}")
NOT_A_LANGUAGE = marked("{value} is not a language code")
NOT_AN_OBJECT = marked("{value} is not an object")
GIVE_OBJECT = marked("give an object with the fields: {fields}")
NOT_A_FACT_LIST = marked("{value} is not a list with its status")
GIVE_FACT_LIST = marked('give {"status": "complete", "items": […]} ("partial" if more are to '
                        'come, "unknown" if nothing is known yet)')
NOT_LOCALIZED = marked("{value} is not text per language")
GIVE_LOCALIZED = marked('give {"en": "…"}, one entry per language (ar, zh, en, fr, es, ru)')
NOT_DATES = marked("{value} is not a first and last day")
GIVE_DATES = marked('give {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}')
GIVE_RECORD = marked('a record is an object: {"format": "sessional-record", '
                     '"schema_version": 1, …}')
NOT_A_LIST = marked("{value} is not a list")
GIVE_LIST = marked("give a list: […]")
TOO_FEW = marked("{count} given")
AT_LEAST_ENTRIES = marked("give at least {limit}")
TOO_MANY = TOO_FEW
AT_MOST_ENTRIES = marked("give at most {limit}")
EMPTY_TEXT = marked("the text is empty")
GIVE_SOME_TEXT = marked("give at least {limit} character(s)")
TEXT_TOO_LONG = marked("the text is too long")
AT_MOST_CHARACTERS = marked("give at most {limit} characters")
OR_UNKNOWN = marked('or {"status": "unknown"} if it is not known yet')
NOT_ACCEPTED = marked("{value} is not accepted here")
DID_YOU_MEAN = marked("did you mean {choice}?")
DOES_NOT_MATCH = marked("{value} is not written as this field is")
WRITE_MATCHING = marked("write it to match the pattern {pattern}")

PATTERNS: Mapping[str, tuple[str, str, str]] = {  # pattern: kind, message, hint
    r"^[A-Z]{3}$": ("state_code", marked("{value} is not a code of the reference data"),
                    marked("give the State's three-letter ISO 3166 code, such as AUT or CHN")),
    r"^[a-z][a-z0-9_]{1,39}$": (
        "organization_key", marked("{value} is not an organization key of the reference data"),
        marked("give a key in small letters, such as unodc, or leave out the key and give "
               "the name")),
    r"^[A-Za-z][A-Za-z0-9_-]{0,31}$": (
        "key", marked("{value} is not a key"),
        marked("a key starts with a letter and has up to 32 letters, digits, '-' or '_', such "
               "as IC")),
    r"^\d+$": ("item_number", marked("{value} is not an agenda item number"),
               marked("write the number alone, such as 3")),
    r"^[a-z]{1,2}$": ("sub_item_letter", marked("{value} is not a sub-item letter"),
                      marked("write the letter alone, in small letters, such as a")),
    r"^\d+/\d+$": ("decision_number",
                   marked("{value} is not the number of a decision or resolution"),
                   marked("write it as session/number, such as 3/2")),
    JOB_NUMBER_PATTERN: (
        "job_number", marked("{value} is not a job number"),
        marked("write it as the document's foot prints it, such as V.17-07271 (C) or "
               "17-12345 (E)")),
    r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.]+)*$": (
        "symbol_series", marked("{value} is not a series of document symbols"),
        marked("write the start the body's symbols share, such as CTOC/COP/WG.3")),
}

WHAT: Mapping[str, str] = {  # field name: what to give where it is missing
    "format": '"sessional-record"',
    "schema_version": "1",
    "original_language": marked("the language the report was written in: ar, zh, en, fr, es "
                                "or ru"),
    "source_language": marked("the language the text was written in: ar, zh, en, fr, es or "
                              "ru"),
    "report": marked('the report\'s details, at least {"original_language": "en"}'),
    "bodies": marked("the bodies that meet: key, name and symbol series of each"),
    "sessions": marked("the session of each body: its body key, and its dates if known"),
    "start": marked("the first day, as YYYY-MM-DD"),
    "end": marked("the last day, as YYYY-MM-DD"),
    "dates": marked('the first and last day: {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}'),
    "key": marked("a key, such as IC"),
    "body": marked("the key of a body of the record, such as IC"),
    "name": marked('the name, per language: {"en": "…"}'),
    "title": marked('the title, per language: {"en": "…"}'),
    "text": marked('the text, per language: {"en": "…"}'),
    "symbol": marked("the document symbol, such as CTOC/COP/WG.3/2017/1"),
    "symbol_series": marked("the start the body's symbols share, such as CTOC/COP/WG.3"),
    "number": marked("the number"),
    "letter": marked("the letter, such as a"),
    "role": marked("the role: chair, vice_chair, president, vice_president, rapporteur, panellist "
                   "or moderator"),
    "delegation": marked('who speaks: {"state": "AUT"}, {"organization": {"key": "…"}} or '
                         '{"secretariat": true}'),
    "items": marked("the agenda items"),
    "kind": marked("the kind"),
    "numbers": marked('the number each body gives it: {"IC": "5", "TA": "2"}'),
}
A_VALUE = marked("a value")

NO_BODY = marked("a record has no body")
GIVE_BODY = marked("give at least one body: its key, name and symbol series")
NO_SESSION = marked("a record has no session")
GIVE_SESSION = marked("give the session of each body: its body key, and its dates if known")
BEFORE_NO_BODY = marked("the document is before no body")
GIVE_DOCUMENT_BODY = marked("give the key of at least one body, such as IC")
TOO_FEW_NUMBERS = marked("a joint item is one of two bodies or more")
GIVE_NUMBERS = marked('give the number each body gives it: {"IC": "5", "TA": "2"}')

NOT_UTF8 = marked("not UTF-8 text: {reason} at byte {byte}")
NOT_JSON = marked("not JSON: {reason} at line {line}, column {column}")
TOO_DEEP = marked("nested deeper than {limit} levels (the limit, {variable})")
FORBIDDEN_CHARACTER = marked("{character} at character {position} is not allowed in text (only "
                             "tab and new line among control characters)")
FORBIDDEN_IN_NAME = marked("the name of this field: {problem}")
