"""The `sessional` command: thin wrappers that parse input, call a service and print the result."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from .. import __version__, model, services
from .consoles import err, out
from .report_files import jsonable, write_all, write_reports
from .views import (
    print_findings,
    print_ingest_summary,
    print_summary,
)

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Keep the record of intergovernmental meetings and produce their reports "
                       "in Arabic, Chinese, English, French, Russian and Spanish.")
refdata_app = typer.Typer(no_args_is_help=True, help="Look up the reference data.")
app.add_typer(refdata_app, name="refdata")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for machines.")]


def fail(message: str) -> NoReturn:
    """Bad input: one clear message on stderr and exit code 2."""
    err.print(f"error: {message}")
    raise typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sessional {__version__}")  # as out.print writes it, without loading Rich
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """sessional: meeting records and their reports in six languages."""
    try:
        services.input_limits()  # a limit set to nonsense is said once, before any work
    except services.InputError as error:
        fail(str(error))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record format."""
    out.out(json.dumps(services.schema(), ensure_ascii=False, indent=1))


@app.command()
def validate(
    record: Annotated[Path, typer.Argument(help="A record JSON file.")],
    as_json: JsonFlag = False,
) -> None:
    """Check that RECORD is a well-formed record; list every fault with its JSON path."""
    try:
        loaded = services.read_record(record)
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        if as_json:
            out.out(json.dumps({"valid": False, "file": str(record), "faults": [
                {"path": f.path, "label": f.label, "message": f.text, "kind": f.kind}
                for f in services.explained(invalid.faults, invalid.on)]},
                ensure_ascii=False, indent=1))
            raise typer.Exit(2) from None
        fail(services.describe_invalid(invalid))
    gaps = len(services.summarize(loaded).gaps)
    if as_json:
        out.out(json.dumps({"valid": True, "file": str(record), "gaps": gaps}))
    else:
        out.print(f"{record}: valid record (format version {loaded.schema_version}); "
                  f"{gaps} facts unknown, partial or tentative")


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"--date: {text!r} is not a date in the form YYYY-MM-DD")


@refdata_app.command("lookup")
def lookup(
    text: Annotated[str, typer.Argument(help="A name in any of the six languages, or an ISO "
                                             "code of a State.")],
    date: Annotated[str | None, typer.Option("--date", help="Names in force on this day "
                                             "(YYYY-MM-DD); default: today's names.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Resolve TEXT to a State, area, organization or city; print its codes and six-language
    names."""
    on = _parse_date(date)
    try:
        result = services.lookup_name(text, on)
    except services.InputError as error:
        fail(str(error))
    if as_json:
        out.out(json.dumps(jsonable(result), ensure_ascii=False, indent=1))
    else:
        _print_lookup(result)
    if not result.entries:
        raise typer.Exit(1)


def _print_lookup(result: services.LookupResult) -> None:
    from rich.table import Table

    when = f"on {result.date}" if result.date else "today"
    if not result.entries:
        out.print(f"{result.text!r}: no State, area, organization or city of that name "
                  "in the reference data")
        return
    if len(result.entries) > 1:
        out.print(f"{result.text!r} names {len(result.entries)} entities:")
    for entry in result.entries:
        codes = "  ".join(f"{k} {v}" for k, v in entry.codes.items())
        out.print(f"{entry.code}  {entry.kind}  {codes}  (matched: {entry.how})")
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("lang")
        table.add_column(f"name {when}")
        for lang, name in entry.names.items():
            table.add_row(lang, name if name is not None else "[missing]")
        out.print(table)
        for treaty, status in entry.treaties.items():
            out.print(f"{treaty} {when}: {status['standing']} ({status['reason']})")
        for note in entry.notes:
            out.print(f"note: {note}")


@app.command()
def render(
    record: Annotated[Path, typer.Argument(help="A record JSON file.")],
    lang: Annotated[str, typer.Option("--lang", help="Languages: ar,zh,en,fr,es,ru or all.")]
    = "all",
    # written out (as --lang is) so that --help needs no service; tests/test_cli.py checks it
    fmt: Annotated[str, typer.Option("--format", help="Formats: md,html,docx,pdf,akn or all.")]
    = "all",
    out_dir: Annotated[Path, typer.Option("-o", "--out", help="Folder for the files.")]
    = Path("out"),
    as_json: JsonFlag = False,
) -> None:
    """Write the report of RECORD, one file per language and format (report.zh.md, ...), and
    list the facts still missing with their paragraph numbers."""
    write_reports(record, lang, fmt, out_dir, as_json, fail)


@app.command()
def ingest(
    report: Annotated[Path, typer.Argument(help="A report: plain text (UTF-8), DOCX or PDF.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the record "
                                                "here (default: print it).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="auto, or the report's language: "
                                      "ar, zh, en, fr, es, ru. Facts are read in all six; "
                                      "zh and en are also tested on reports written by people. "
                                      "For Arabic, give the DOCX: text taken from an Arabic "
                                      "PDF comes out of order. An Akoma Ntoso file states its "
                                      "language (FRBRlanguage): --lang must be that one.")]
    = "auto",
    ingest_report: Annotated[Path | None, typer.Option("--report", help="Write the ingest "
                                                       "report (JSON) here.")] = None,
    debug_tree: Annotated[bool, typer.Option("--debug-tree", help="Print how each block of "
                                             "the report was placed.")] = False,
) -> None:
    """Read REPORT into a record: every fact it states, and every paragraph it could not place
    kept as unclassified text. Never saves anything but the files you name."""
    if lang != "auto" and lang not in model.LANGUAGES:
        fail(f"--lang: {lang!r} is not auto or one of {', '.join(model.LANGUAGES)}")
    try:
        result = services.ingest_report(report, lang)
    except services.InputError as error:
        fail(str(error))
    from ..model import record_to_json

    text = record_to_json(result.record)
    summary = jsonable(result.report)
    if debug_tree:
        for p in result.blocks:
            err.print(f"{p.block.position:4} {p.block.kind:9} {p.block.number or '':>3} "
                      f"{p.chapter or 'front'}/{p.section or ''} | {p.block.text[:60]}")
    if ingest_report is not None:
        _write(ingest_report, json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    if output is not None:
        _write(output, text)
    if output is None:
        out.out(text)
    print_ingest_summary(err if output is None else out, result.report, output)


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{path}: cannot be written ({error.strerror or error})")


@app.command()
def check(
    input_file: Annotated[Path, typer.Argument(metavar="INPUT", help="A record (.json) or a "
                                               "report (text, DOCX, PDF), read first.")],
    as_json: JsonFlag = False,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the report whose "
                                             "paragraphs are cited (default: the original's).")]
    = None,
) -> None:
    """Find every inconsistency and gap: errors, warnings and gaps, each with a stable code, the
    JSON path and the paragraph. Exit 0 without errors, 1 with errors, 2 if unreadable."""
    if lang is not None and lang not in model.LANGUAGES:
        fail(f"--lang: {lang!r} is not one of {', '.join(model.LANGUAGES)}")
    try:
        result = services.check_input(input_file, lang)
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        fail(services.describe_invalid(invalid))
    if as_json:
        out.out(json.dumps(jsonable(result), ensure_ascii=False, indent=1))
    else:
        print_findings(out, result)
    raise typer.Exit(1 if result.count("error") else 0)


@app.command()
def demo(as_json: JsonFlag = False) -> None:
    """The main job on the embedded example (the 2017 UNTOC working groups): write its report in
    the six languages and every format into ./out, then print what the record holds."""
    record = services.load_example()
    summary = services.summarize(record)
    if as_json:
        out.out(json.dumps(jsonable(summary), ensure_ascii=False, indent=1))
        return
    write_all(record, model.LANGUAGES, services.REPORT_FORMATS, Path("out"), False, fail)
    out.print()
    print_summary(out, summary)
    out.print()
    print_findings(out, services.check_input(services.example_path(),
                                             display=f"examples/{services.EXAMPLE_NAME}"),
                   brief=True)


from .meeting import new  # noqa: E402 - they use fail, out and err above
from .server import serve, user_app  # noqa: E402
from .translate import translate_app  # noqa: E402
from .treaty import treaty_app  # noqa: E402

app.command()(new)
app.command()(serve)
app.add_typer(user_app, name="user")
refdata_app.add_typer(treaty_app, name="treaty")
app.add_typer(translate_app, name="translate")


def command_app(args: list[str]) -> typer.Typer:
    """The app with only the command that `args` name, if they name one: Typer builds the
    parameters of every command it has before it runs one (about 20 ms of processor time for
    all of them, 1 ms for one); `--version` needs none. Without a command name (`--help`, a
    mistyped name), all of them."""
    name = args[0] if args else ""
    commands = [c for c in app.registered_commands if _command_name(c) == name]
    groups = [g for g in app.registered_groups if g.name == name]
    if not commands and not groups and name != "--version":
        return app
    alone = copy.copy(app)
    alone.registered_commands, alone.registered_groups = commands, groups
    return alone


def _command_name(command: Any) -> str:
    return str(command.name or command.callback.__name__.lower().replace("_", "-"))
