"""The operator's language: the pages' own gettext catalogues (`locale/<lang>/LC_MESSAGES/ui.po`),
apart from the report's stock phrases. The report languages stay independent of it."""

from __future__ import annotations

import gettext
import io
from functools import cache
from importlib.resources import files

from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from jinja2 import Environment, PackageLoader, select_autoescape

from ...model import LANGUAGES, Lang
from ...services.display import language_name

LANGUAGE_COOKIE = "sessional_ui_lang"
NATIVE_NAMES: dict[Lang, str] = {"ar": "العربية", "zh": "中文", "en": "English",
                                 "fr": "Français", "es": "Español", "ru": "Русский"}
RTL = frozenset({"ar"})


def ui_catalog_text(lang: Lang) -> str:
    path = files("sessional.web.pages").joinpath("locale", lang, "LC_MESSAGES", "ui.po")
    return path.read_text(encoding="utf-8")


@cache
def translations(lang: Lang) -> gettext.GNUTranslations:
    catalog = read_po(io.StringIO(ui_catalog_text(lang)), locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@cache
def environment(lang: Lang) -> Environment:
    env = Environment(loader=PackageLoader("sessional.web.pages", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True, extensions=["jinja2.ext.i18n"])
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    # a check finding in the operator's language (its sentence and words from the same
    # catalogue; what the user typed as typed)
    env.globals["said"] = lambda finding: finding.said(lang, translations(lang))
    # a report language named in the operator's language (CLDR), a count as the operator's
    # language writes numbers (2,294; 2 294; 2.294 in Spanish) and lists (2, 3 et 4; 2 و3 و4)
    env.globals["language_name"] = lambda code: language_name(lang, code)
    env.filters["number"] = lambda n: format_decimal(n, locale=lang)
    env.filters["listed"] = lambda items: format_list([str(i) for i in items], locale=lang)
    return env


def pick_language(cookie: str | None, accept: str | None) -> Lang:
    """The operator's choice (cookie), else the browser's first of the six, else English."""
    if cookie in LANGUAGES:
        return cookie
    for part in (accept or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
    return "en"


def direction(lang: Lang) -> str:
    return "rtl" if lang in RTL else "ltr"
