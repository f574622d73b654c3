"""Extract the pages' messages (templates and page code) into the operator catalogues.

    .venv/bin/python scripts/ui_catalogs.py          # update every ui.po, keeping translations
    .venv/bin/python scripts/ui_catalogs.py --check  # exit 1 if a catalogue lacks a message

The catalogues are `src/sessional/web/pages/locale/<lang>/LC_MESSAGES/ui.po`; the report's
stock phrases are elsewhere (`refdata/locale`). Translations are written by people.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

PAGES = Path(__file__).resolve().parent.parent / "src" / "sessional" / "web" / "pages"
LANGUAGES = ("ar", "zh", "en", "fr", "es", "ru")
METHODS = [("templates/**.html", "jinja2.ext:babel_extract"), ("*.py", "python")]
KEYWORDS = {"_": None, "N_": None, "tr": None, "gettext": None, "ngettext": (1, 2)}
# what the check's findings, the record's validation and the services' refusals say
# (model/wording.py): shown on the pages in the operator's language
SAYING = [PAGES.parent.parent / package for package in ("check", "model", "refdata", "services")]
SAYING_KEYWORDS = {"words": (1,), "N_": None, "marked": None, "counted": (1, 2)}
OPTIONS = {"templates/**.html": {"trim_blocks": "true", "lstrip_blocks": "true"}}


Message = str | tuple[str, str]  # a plural message: (singular, plural)


def extracted() -> list[Message]:
    found: dict[Message, None] = {}
    for _file, _line, message, _comments, _ctx in [
            *extract_from_dir(str(PAGES), METHODS, OPTIONS, KEYWORDS),
            *(message for package in SAYING for message in extract_from_dir(
                str(package), [("*.py", "python")], {}, SAYING_KEYWORDS))]:
        if isinstance(message, str) and message and message != "{text}":
            found.setdefault(message, None)
        elif isinstance(message, tuple) and all(message):
            found.setdefault((message[0], message[1]), None)
    return sorted(found, key=lambda m: m if isinstance(m, str) else m[0])


def catalog_path(lang: str) -> Path:
    return PAGES / "locale" / lang / "LC_MESSAGES" / "ui.po"


def update(lang: str, messages: list[Message]) -> int:
    path = catalog_path(lang)
    old = read_po(io.StringIO(path.read_text("utf-8")), locale=lang) if path.exists() else None
    new = Catalog(locale=lang, project="sessional pages", fuzzy=False)
    for message in messages:
        key = message if isinstance(message, str) else message[0]
        previous = old.get(key) if old is not None else None
        string = previous.string if previous is not None else ""
        if isinstance(message, tuple) and not isinstance(string, tuple):
            string = ("",) * new.num_plurals  # every form of the language, to translate
        new.add(message, string)
    out = io.BytesIO()
    write_po(out, new, width=0, omit_header=False, sort_output=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    return sum(1 for m in new if m.id and not _translated(m.string))


def _translated(string: str | tuple[str, ...]) -> bool:
    return all(string) if isinstance(string, tuple) else bool(string)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    messages = extracted()
    if args.check:
        stale = [lang for lang in LANGUAGES if not catalog_path(lang).exists() or set(messages)
                 - {m.id for m in read_po(io.StringIO(catalog_path(lang).read_text("utf-8")))}]
        # (a plural message's id is the pair of its singular and plural)
        print(f"{len(messages)} messages; catalogues lacking some: {', '.join(stale) or 'none'}")
        return 1 if stale else 0
    for lang in LANGUAGES:
        untranslated = update(lang, messages)
        print(f"{lang}: {len(messages)} messages, {untranslated} without a translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
