"""The `sessional` command: thin wrappers that parse input, call a service and print the result.

The commands are in `commands` (Typer), imported when first used (PEP 562) or run: `render`
in its usual form starts without Typer (`quick`), to start its PDF compilers sooner."""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .commands import app, command_app, fail, refdata_app

__all__ = ["app", "command_app", "fail", "refdata_app", "run"]


def __getattr__(name: str) -> Any:
    value = getattr(importlib.import_module(".commands", __name__), name)
    globals()[name] = value
    return value


def run() -> None:  # pragma: no cover - console entry point
    args = sys.argv[1:]
    try:
        if args[:1] == ["render"]:
            from .quick import render_quickly

            if render_quickly(args[1:]):
                _leave()
                return
        from .commands import command_app

        command_app(args)()
    except KeyboardInterrupt:
        sys.exit(130)


def _leave() -> None:
    """End the process once its work is done and said: the exit handlers run (the PDF
    compilers stop), the output is flushed, and the interpreter does not take apart the
    thousands of objects the reports needed one by one (some 25 ms of `render`)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe: the usual exit says so
        return
    atexit._run_exitfuncs()
    with contextlib.suppress(OSError):  # what the exit handlers said
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(0)
