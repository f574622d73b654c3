"""`sessional translate export` and `import`: the texts awaiting a language, as XLIFF 1.2 for
translators, pre-filled from translation memory; `translate memory`: that memory as TMX."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .translate_memory import memory_app

translate_app = typer.Typer(no_args_is_help=True,
                            help="Exchange a record's texts with translators (XLIFF 1.2).")
translate_app.add_typer(memory_app, name="memory")


@translate_app.command("export")
def export(record: Annotated[Path, typer.Argument(help="A record JSON file.")],
           to: Annotated[str, typer.Option("--to", help="The language wanted: ar zh en fr es ru")],
           output: Annotated[Path, typer.Option("-o", "--output", help="The .xlf file to write")],
           source: Annotated[str | None, typer.Option(
               "--from", help="Only texts written in this language")] = None,
           memory: Annotated[list[Path] | None, typer.Option(
               "--memory", help="Translation memory: a record JSON file, a .tmx file or a "
               "folder of them; give it again for more")] = None,
           copy_source: Annotated[bool, typer.Option(
               "--copy-source", help="Give a unit the memory cannot fill a <target> copied "
               "from its source (OmegaT translates the <target>)")] = False,
           terms: Annotated[Path | None, typer.Option(
               "--terms", help="Also write here, as TBX-Basic, the reference data's official "
               "names the texts contain (noted on each unit)")] = None,
           ) -> None:
    """Write every text the report in --to marks as missing translation as an XLIFF trans-unit
    (id: its JSON path; symbols, dates and numbers as placeholders). A source the memory (the
    record's own translated texts and every --memory) holds, of the same kind of text, gets
    its translation as target; similar sources (75% alike or more, at most 3) as alt-trans.
    --terms: the official names of States, organizations, bodies, conventions and cities the
    texts contain, with their --to name from the reference data (a name it lacks is left
    out), as TBX-Basic; each unit gets a note listing its own."""
    from .. import model, services
    from ..services import translation, translation_tmx
    from .commands import fail
    from .consoles import out

    for option, lang in (("--to", to), ("--from", source)):
        if lang is not None and lang not in model.LANGUAGES:
            fail(f"{option}: {lang!r} is not one of {' '.join(model.LANGUAGES)}")
    data: Any = None
    known: Any = []
    try:
        data = services.read_record(record)
        known = translation_tmx.read_memory(memory or [])
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        fail(services.describe_invalid(invalid))
    xml, done = translation.export_xliff(data, to, source, known,  # type: ignore[arg-type]
                                         copy_source, terms is not None)
    for path, written in ((output, xml), (terms, done.terms)):
        try:
            if path is not None and written is not None:
                path.write_bytes(written)
        except OSError as error:
            fail(f"{path}: cannot be written ({error.strerror or error})")
    found = f"; {done.filled} filled from memory, {done.proposed} more with similar " \
            "translations proposed" if done.filled or done.proposed else ""
    from .views import _many

    out.print(f"{output}: {_many(done.units, 'text')} awaiting {to}{found}")
    if terms is not None:
        out.print(f"{terms}: {done.term_count} official names with their {to} name")


@translate_app.command("import")
def import_(record: Annotated[Path, typer.Argument(help="The record JSON file exported from.")],
            file: Annotated[Path, typer.Argument(help="The .xlf file back from translation.")],
            output: Annotated[Path | None, typer.Option(
                "-o", "--output", help="Write the record here (default: RECORD itself)")] = None,
            to: Annotated[str | None, typer.Option(
                "--to", help="Refuse the file unless it is a translation into this language")]
            = None,
            replace: Annotated[bool, typer.Option(
                "--replace", help="Put the file's text in place of a different one the record "
                "has already")] = False,
            ) -> None:
    """Put each translated unit of FILE into RECORD at its JSON path, all or nothing: a file
    of another record, a source edited since the export or a lost placeholder is refused and
    nothing is written. Units left empty stay untranslated."""
    from .. import model, services
    from ..services import translation_import
    from .commands import fail
    from .consoles import out

    if to is not None and to not in model.LANGUAGES:
        fail(f"--to: {to!r} is not one of {' '.join(model.LANGUAGES)}")
    try:
        done = translation_import.import_translations(record, file, output, to, replace)
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        fail(services.describe_invalid(invalid))
    where = f"written to {done.written}" if done.written else f"{record} left as it was"
    from .views import _many

    out.print(f"{file}: {_many(done.changed, 'text')} changed in {done.target}, {done.already} "
              f"already there, {done.untranslated} left untranslated; {where}")
