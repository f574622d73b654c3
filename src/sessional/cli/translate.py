"""`sessional translate export`: the texts awaiting a language, as XLIFF 1.2 for translators."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

translate_app = typer.Typer(no_args_is_help=True,
                            help="Exchange a record's texts with translators (XLIFF 1.2).")


@translate_app.command("export")
def export(record: Annotated[Path, typer.Argument(help="A record JSON file.")],
           to: Annotated[str, typer.Option("--to", help="The language wanted: ar zh en fr es ru")],
           output: Annotated[Path, typer.Option("-o", "--output", help="The .xlf file to write")],
           source: Annotated[str | None, typer.Option(
               "--from", help="Only texts written in this language")] = None,
           ) -> None:
    """Write every text the report in --to marks as missing translation as an XLIFF trans-unit
    (id: its JSON path; symbols, dates and numbers as placeholders)."""
    from .. import model, services
    from ..services import translation
    from . import fail, out

    for option, lang in (("--to", to), ("--from", source)):
        if lang is not None and lang not in model.LANGUAGES:
            fail(f"{option}: {lang!r} is not one of {' '.join(model.LANGUAGES)}")
    data: Any = None
    try:
        data = services.read_record(record)
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        fail(services.describe_invalid(invalid))
    xml, count = translation.export_xliff(data, to, source)  # type: ignore[arg-type]
    try:
        output.write_bytes(xml)
    except OSError as error:
        fail(f"{output}: cannot be written ({error.strerror or error})")
    out.print(f"{output}: {count} texts awaiting {to}")
