"""`sessional render` in its usual form, started without Typer.

Typer and Click take some 50 ms of processor time to import and to turn the arguments into
values (a `Path` goes through Pydantic), before the command can start its PDF compilers. When
the arguments of `render` are plainly the record and the options `--lang`, `--format`, `-o`
or `--out` (each followed by its value, or `--name=value`) and `--json`, they are read here;
anything else (`--help`, a value that looks like an option, an unknown option, a second
record, a file Typer would refuse) goes to Typer, which answers as it always has.
"""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

OPTIONS = {"--lang": "lang", "--format": "fmt", "-o": "out_dir", "--out": "out_dir"}
COMPLETION = "_SESSIONAL_COMPLETE"  # Click's shell completion, left to Typer


@dataclass
class RenderOptions:
    record: str
    lang: str = "all"
    fmt: str = "all"
    out_dir: str = "out"
    as_json: bool = False


def recognized(args: list[str]) -> RenderOptions | None:
    """The options of `render` given as `args` (what follows the word `render`), or None when
    they are not in the usual form."""
    values: dict[str, str] = {}
    record: str | None = None
    as_json, rest = False, list(args)
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if arg == "--json":
            as_json = True
        elif equals and name in OPTIONS and name.startswith("--"):
            values[OPTIONS[name]] = value
        elif arg in OPTIONS and rest:
            values[OPTIONS[arg]] = value = rest.pop(0)
        elif record is None and _plain(arg):
            record = value = arg
        else:
            return None
        if arg != "--json" and not _plain(value):
            return None
    if record is None or not all(_typer_takes(p) for p in (record, values.get("out_dir"))):
        return None
    return RenderOptions(record, as_json=as_json, **values)


def _plain(value: str) -> bool:
    return bool(value) and not value.startswith("-")


def _typer_takes(path: str | None) -> bool:
    """Typer refuses a path that exists and cannot be read (with a usage message): left to it."""
    if path is None:
        return True
    try:
        os.stat(path)
    except OSError:
        return True
    return os.access(path, os.R_OK)


def render_quickly(args: list[str]) -> bool:
    """Run `render` with `args` if they are in the usual form; False (nothing done) if not."""
    given = None if COMPLETION in os.environ else recognized(args)
    if given is None:
        return False
    from .report_files import starting, write_reports

    starting()
    from .. import services

    try:
        try:
            services.input_limits()  # as the command's callback does, before any work
        except services.InputError as error:
            _fail(str(error))
        write_reports(Path(given.record), given.lang, given.fmt, Path(given.out_dir),
                      given.as_json, _fail)
    except OSError as error:  # as Click does when the output is a closed pipe
        if error.errno != errno.EPIPE:
            raise
        _pacified()
        sys.exit(1)
    return True


def _fail(message: str) -> NoReturn:
    from .consoles import err

    err.print(f"error: {message}")
    sys.exit(2)


def _pacified() -> None:
    """Standard output and error that no longer report a closed pipe when flushed at exit."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        setattr(sys, name, _Pacified(stream))


class _Pacified:
    def __init__(self, stream: object) -> None:
        self._stream = stream

    def flush(self) -> None:
        try:
            getattr(self._stream, "flush")()  # noqa: B009
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
