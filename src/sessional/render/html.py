"""Report tree -> a standalone HTML file (Jinja2, autoescaped; the stylesheet is not escaped
context: it is a file of its own, read and placed in a <style> element as it is)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, Template, select_autoescape
from markupsafe import Markup

from ..compose import Report
from .layout import first_page_foot, paragraph_number_form

FONTS = {
    "zh": '"Noto Serif CJK SC", "Noto Sans CJK SC", serif',
    "ar": '"Noto Naskh Arabic", "Noto Sans Arabic", serif',
}
DEFAULT_FONT = '"Noto Serif", "Times New Roman", serif'


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("sessional.render", "templates"),
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                       lstrip_blocks=True, keep_trailing_newline=True)


@cache
def _stylesheet() -> Markup:
    css = files("sessional.render").joinpath("templates", "report.css").read_text("utf-8")
    if "</" in css:
        raise ValueError("report.css must not contain '</'")
    return Markup(css)


def prepare() -> None:
    """Compile the template and read the stylesheet (once per process)."""
    _template()
    _stylesheet()


@cache
def _template() -> Template:
    return _environment().get_template("report.html.j2")


def render_html(report: Report) -> str:
    template = _template()
    # the font list is ours (a constant, with quotes): CSS, not text to escape
    return template.render(report=report, stylesheet=_stylesheet(),
                           font=Markup(FONTS.get(report.lang, DEFAULT_FONT)),
                           foot=first_page_foot(report),
                           number_form=paragraph_number_form(report.lang))
