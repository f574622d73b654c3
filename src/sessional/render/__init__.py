"""Report tree -> files: one module per format (Markdown, HTML, DOCX, PDF)."""

from collections.abc import Callable

from ..compose import Report
from .html import render_html
from .markdown import render_markdown

RENDERERS: dict[str, Callable[[Report], str | bytes]] = {
    "md": render_markdown,
    "html": render_html,
}

__all__ = ["RENDERERS", "render_html", "render_markdown"]
