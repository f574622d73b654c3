"""The `sessional` command: thin wrappers that parse input, call a service and print the result.

The commands are in `commands` (Typer), imported when first used (PEP 562) or run: `render`
in its usual form starts without Typer (`quick`), to start its PDF compilers sooner."""

from __future__ import annotations

import importlib
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
                return
        from .commands import command_app

        command_app(args)()
    except KeyboardInterrupt:
        sys.exit(130)
