"""`sessional render`: the report files of a record, and what the command prints of them.

Without Typer (the messages go through `fail`), so that `render` given in its usual form
starts without it (`cli.quick`); `commands` gives the same function to Typer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from .. import model, services
from .consoles import out
from .views import print_render_result, progress_bar

Fail = Callable[[str], NoReturn]


def write_reports(record: Path, lang: str, fmt: str, out_dir: Path, as_json: bool,
                  fail: Fail) -> None:
    """The options of `render` checked, the PDF compilers started, RECORD read, its reports
    written and listed; bad input goes to `fail` (one line, exit code 2)."""
    try:
        langs = services.parse_choice(lang, model.LANGUAGES, "--lang")
        formats = services.parse_choice(fmt, services.REPORT_FORMATS, "--format")
        services.prepare_reports(langs, formats)  # the PDF compilers start meanwhile
        loaded = services.read_record(record)
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        fail(services.describe_invalid(invalid))
    started()
    write_all(loaded, langs, formats, out_dir, as_json, fail)


def starting() -> None:
    """No garbage collection while the command starts: the modules and the record it loads
    stay (the collector would walk them again and again for nothing, some 20 ms)."""
    gc.disable()


def started() -> None:
    """The collector back for the reports, what is loaded so far set apart from it (nor does
    the copy that writes half the reports then touch those objects: its memory stays shared)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def write_all(record: Any, langs: tuple[str, ...], formats: tuple[str, ...], out_dir: Path,
              as_json: bool, fail: Fail) -> None:
    try:
        with progress_bar(len(langs) * len(formats), quiet=as_json) as advance:
            result = services.render_reports(record, langs, formats, out_dir, advance)
    except services.InputError as error:
        fail(str(error))
    except OSError as error:  # a file of the report could not be written
        fail(f"{error.filename or out_dir}: cannot be written ({error.strerror or error})")
    if as_json:
        out.out(json.dumps(jsonable(result), ensure_ascii=False, indent=1, default=str))
    else:
        print_render_result(out, result)


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.metadata.get("internal")}
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
