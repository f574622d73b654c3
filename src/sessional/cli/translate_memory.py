"""`sessional translate memory export` and `import`: translation memory as TMX 1.4b, out of
records for other translators' tools, and in from theirs as a file `translate export --memory`
reads."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

memory_app = typer.Typer(no_args_is_help=True,
                         help="Translation memory in and out as TMX 1.4b.")


def _languages(*given: tuple[str, str | None]) -> None:
    from .. import model
    from .commands import fail

    for option, lang in given:
        if lang is not None and lang not in model.LANGUAGES:
            fail(f"{option}: {lang!r} is not one of {' '.join(model.LANGUAGES)}")


def _units(count: int) -> str:
    return f"{count} translation unit{'s' * (count != 1)}"


@memory_app.command("export")
def export(records: Annotated[list[Path], typer.Argument(help="Record JSON files.")],
           output: Annotated[Path, typer.Option("-o", "--output", help="The .tmx file to write")],
           source: Annotated[str | None, typer.Option(
               "--from", help="Only texts in this language, as the source")] = None,
           to: Annotated[str | None, typer.Option(
               "--to", help="Only this language beside the source")] = None,
           ) -> None:
    """Write every text the records have in two languages or more as a TMX unit (the kind of
    text as a prop, symbols, dates and numbers as <ph>)."""
    from .. import model, services
    from ..services import translation_tmx
    from .commands import fail
    from .consoles import out

    _languages(("--from", source), ("--to", to))
    done: Any = None
    try:
        units = translation_tmx.read_memory(records)
        done = translation_tmx.write_tmx(units, output, source, to)  # type: ignore[arg-type]
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        fail(services.describe_invalid(invalid))
    out.print(f"{output}: {_units(done.units)} from {len(records)} "
              f"record{'s' * (len(records) != 1)}")


@memory_app.command("import")
def import_(files: Annotated[list[Path], typer.Argument(help="TMX files from another tool.")],
            output: Annotated[Path, typer.Option(
                "-o", "--output", help="The .tmx file to write, for translate export --memory")],
            source: Annotated[str | None, typer.Option(
                "--from", help="Only units with this language, as the source")] = None,
            to: Annotated[str | None, typer.Option(
                "--to", help="Only this language beside the source")] = None,
            ) -> None:
    """Read TMX files (1.1 to 1.4b) and add the units they hold in two of the six languages
    or more to one TMX file of ours (made if missing, its units kept), each source's symbols,
    dates and numbers as <ph>."""
    from .. import services
    from ..services import translation_tmx
    from .commands import fail
    from .consoles import out

    _languages(("--from", source), ("--to", to))
    done: Any = None
    try:
        done = translation_tmx.import_tmx(files, output, source, to)  # type: ignore[arg-type]
    except services.InputError as error:
        fail(str(error))
    added = done.written.units - done.had
    out.print(f"{output}: {_units(added)} added of the {done.read} read, {done.read - added} "
              f"left out (fewer than two of the languages, or there already); "
              f"{done.written.units} in all")
