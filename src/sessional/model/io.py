"""Reading and writing records as JSON, with faults that name their JSON path."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from .fault_phrases import NOT_JSON, NOT_UTF8
from .labels import json_path
from .limits import Limits, data_faults, too_deep
from .messages import error_faults
from .record import Record
from .references import Fault, reference_faults
from .schema_names import ReadableNames
from .wording import verbatim, words

__all__ = ["RecordInvalid", "json_path", "record_from_data", "record_from_json",
           "record_json_schema", "record_to_data", "record_to_json", "validation_faults"]


class RecordInvalid(ValueError):
    """A record that cannot be accepted; `faults` lists every fault with its JSON path."""

    def __init__(self, source: str, faults: Sequence[Fault], on: dt.date | None = None) -> None:
        self.source = source
        self.faults = list(faults)
        self.on = on  # the meeting's first day, where known: names are suggested as of it
        if len(self.faults) == 1:
            super().__init__(f"{source}: {self.faults[0]}")
            return
        lines = "\n".join(f"  {f}" for f in self.faults)
        super().__init__(f"{source}: {len(self.faults)} fault(s) in the record\n{lines}")


def validation_faults(error: ValidationError, data: Any = None,
                      within: tuple[str, ...] = ()) -> list[Fault]:
    """The faults of a record's validation error, in words; `data` (what was validated) names
    sessions by their body, `within` is the part of the record validated alone, if any."""
    items = [item | {"loc": (*within, *item["loc"])} for item in error.errors(include_url=False)]
    return error_faults(items, Record, data)


def record_from_data(data: Any, source: str = "record", references: bool = True,
                     limits: Limits = Limits()) -> Record:
    """Validate a record; with `references=False` keys that name nothing are let through (the
    checks report them as findings instead). Data nested deeper than the limit, or text with
    control characters, is refused with the path of each."""
    faults = data_faults(data, limits)
    if faults and faults[0].message.startswith("nested deeper"):
        raise RecordInvalid(source, faults)
    try:
        record = Record.model_validate(data)
    except ValidationError as error:
        raise RecordInvalid(source, _merged(faults, validation_faults(error, data)),
                            first_day_of(data)) from None
    if faults:
        raise RecordInvalid(source, faults, record.first_day)
    faults = reference_faults(record) if references else []
    if faults:
        raise RecordInvalid(source, faults, record.first_day)
    return record


def first_day_of(data: Any) -> dt.date | None:
    """The first day of the sessions of record data that may not be valid, where it says."""
    days = []
    sessions = data.get("sessions") if isinstance(data, dict) else None
    for session in sessions if isinstance(sessions, list) else []:
        dates = session.get("dates") if isinstance(session, dict) else None
        start = dates.get("start") if isinstance(dates, dict) else None
        with contextlib.suppress(TypeError, ValueError):
            days.append(dt.date.fromisoformat(start))  # type: ignore[arg-type]
    return min(days) if days else None


def _merged(first: list[Fault], then: list[Fault]) -> list[Fault]:
    paths = {f.path for f in first}
    return [*first, *(f for f in then if f.path not in paths)]


def record_from_json(text: str | bytes, source: str = "record",
                     references: bool = True, limits: Limits = Limits()) -> Record:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise RecordInvalid(source, [Fault.of("$", words(
                NOT_UTF8, reason=verbatim(err.reason), byte=err.start))]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise RecordInvalid(source, [Fault.of("$", words(
            NOT_JSON, reason=verbatim(err.msg), line=err.lineno, column=err.colno))]) from None
    except RecursionError:  # deeper than the interpreter can parse: far beyond the limit
        raise RecordInvalid(source, [Fault.of("$", too_deep(limits.json_depth))]) from None
    return record_from_data(data, source, references, limits)


def record_to_data(record: Record) -> dict[str, Any]:
    return record.model_dump(mode="json", exclude_defaults=True) | {
        "format": record.format, "schema_version": record.schema_version}


def record_to_json(record: Record) -> str:
    data = record_to_data(record)
    ordered = {"format": data.pop("format"), "schema_version": data.pop("schema_version"), **data}
    return json.dumps(ordered, ensure_ascii=False, indent=1) + "\n"


def record_json_schema() -> dict[str, Any]:
    schema = Record.model_json_schema(mode="validation", schema_generator=ReadableNames)
    return {  # ours over pydantic's, which has a title of its own ("Record")
        **schema,
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://sessional.invalid/schema/record-1.json",
        "title": "sessional record, format version 1",
    }
