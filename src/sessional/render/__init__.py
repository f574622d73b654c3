"""Report tree -> files: one module per format (Markdown, HTML, DOCX, PDF).

Each renderer is imported when first used (PEP 562 for the `render_*` names, and RENDERERS
calls through to them), so that writing Markdown does not load python-docx, Jinja2 or Typst."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..compose import Report
    from .docx import render_docx
    from .html import render_html
    from .markdown import render_markdown
    from .pdf import render_pdf

_MODULES = {"md": ".markdown", "html": ".html", "docx": ".docx", "pdf": ".pdf"}
_NAMES = {"md": "render_markdown", "html": "render_html", "docx": "render_docx",
          "pdf": "render_pdf"}


def _renderer(fmt: str) -> Callable[[Report], str | bytes]:
    def render(report: Report) -> str | bytes:
        found: Callable[[Report], str | bytes] = getattr(
            importlib.import_module(_MODULES[fmt], __name__), _NAMES[fmt])
        return found(report)

    render.__name__ = _NAMES[fmt]
    return render


def load_renderer(fmt: str, cache_folder: Path | None = None) -> None:
    """Import the renderer of `fmt` now, and let it prepare what it keeps for every report
    (the HTML template, compiled, kept in `cache_folder` if given), before the work is shared
    between processes."""
    module = importlib.import_module(_MODULES.get(fmt, ".akn"), __name__)
    prepare: Callable[[Path | None], object] | None = getattr(module, "prepare", None)
    if prepare is not None:
        prepare(cache_folder)


RENDERERS: dict[str, Callable[[Report], str | bytes]] = {f: _renderer(f) for f in _MODULES}


def __getattr__(name: str) -> Any:
    fmt = next((f for f, n in _NAMES.items() if n == name), None)
    if fmt is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_MODULES[fmt], __name__), name)
    globals()[name] = value
    return value


__all__ = ["RENDERERS", "load_renderer", "render_docx", "render_html", "render_markdown",
           "render_pdf"]
