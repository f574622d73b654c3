"""Report tree -> files: one module per format (Markdown, HTML, DOCX, PDF)."""

from collections.abc import Callable

from ..compose import Report
from .docx import render_docx
from .html import render_html
from .markdown import render_markdown
from .pdf import render_pdf

RENDERERS: dict[str, Callable[[Report], str | bytes]] = {
    "md": render_markdown,
    "html": render_html,
    "docx": render_docx,
    "pdf": render_pdf,
}

__all__ = ["RENDERERS", "render_docx", "render_html", "render_markdown", "render_pdf"]
