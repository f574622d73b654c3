"""The command's consoles (standard output, standard error), made on their first use: Rich
takes 30-50 ms of processor time to import, which `--version` does without (Typer's `--help`
loads it to format the help)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from rich.console import Console


class _OnFirstUse:
    """Stands for a Rich Console made with `options` when first used."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return getattr(self._console, name)


def console(**options: Any) -> Console:
    return cast("Console", _OnFirstUse(**options))


out = console(highlight=False, soft_wrap=True, markup=False)
err = console(stderr=True, highlight=False, soft_wrap=True, markup=False)
