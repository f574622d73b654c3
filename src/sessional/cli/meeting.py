"""`sessional new`: a new meeting's draft record, from flags or from answers at prompts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from .. import model, services

BODY_HELP = ("A body of the meeting: a template key (see --list) or 'own:SERIES:NAME' for a body "
             "of your own, e.g. own:CTOC/COP/WG.9:Working Group on Examples. Give it twice or "
             "more for a joint meeting.")


def _date(text: str | None, option: str) -> dt.date | None:
    from .commands import fail

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        fail(f"{option}: {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-10-13")


def _choice(text: str) -> services.BodyChoice:
    from .commands import fail

    if not text.startswith(services.OWN_BODY + ":"):
        return services.BodyChoice(text.strip())
    parts = text.split(":", 2)
    if len(parts) != 3:
        fail(f"--body {text!r}: a body of your own is own:SERIES:NAME")
    return services.BodyChoice(services.OWN_BODY, name=parts[2], symbol_series=parts[1])


def _ask(bodies: list[str], start: str | None, end: str | None, venue: str | None,
         lang: str | None) -> tuple[list[str], str | None, str | None, str, str]:
    """Prompts for whatever the flags left out (only when run at a terminal)."""
    from .consoles import out

    if not typer.get_text_stream("stdin").isatty():
        return bodies, start, end, venue or "", lang or "en"
    if not bodies:
        out.print("Bodies that meet (template keys):")
        for t in services.meeting_templates():
            out.print(f"  {t.key:<30} {t.symbol_series:<16} {t.names.get('en', '')}")
        out.print(f"  {services.OWN_BODY:<30} a body of your own: own:SERIES:NAME")
        answer = typer.prompt("Body or bodies (comma-separated; two or more: a joint meeting)")
        bodies = [b.strip() for b in answer.split(",") if b.strip()]
    if lang is None:
        lang = typer.prompt(f"Language of the original report ({', '.join(model.LANGUAGES)})",
                            default="en")
    if start is None:
        start = typer.prompt("First day (YYYY-MM-DD, empty if not yet known)", default="",
                             show_default=False)
    if end is None and start:
        end = typer.prompt("Last day (YYYY-MM-DD)", default=start)
    if venue is None:
        venue = typer.prompt("Venue (city; empty if not yet known)", default="",
                             show_default=False)
    return bodies, start, end, venue or "", lang or "en"


def new(
    output: Annotated[Path, typer.Argument(help="The record file to write (not overwritten).")],
    body: Annotated[list[str] | None, typer.Option("--body", help=BODY_HELP)] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD")] = None,
    venue: Annotated[str | None, typer.Option(help="City, in any of the six languages")] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language of the original report: ar, zh, en, fr, es or ru")] = None,
    ordinal: Annotated[int | None, typer.Option(help="Which session of the body (8: the "
                                                     "eighth)", min=1)] = None,
    list_templates: Annotated[bool, typer.Option("--list", help="List the body templates "
                                                 "and exit")] = False,
) -> None:
    """Start the record of a new meeting: only what is known now; the rest shows as gaps."""
    from .commands import fail
    from .consoles import out

    if list_templates:
        for t in services.meeting_templates():
            missing = f"  (no sourced name in {', '.join(t.missing)})" if t.missing else ""
            out.print(f"{t.key:<30} {t.symbol_series:<16} {t.names.get('en', '')}{missing}")
        return
    bodies = list(body or [])
    if not bodies and not typer.get_text_stream("stdin").isatty():
        fail("--body: name at least one body (sessional new --list shows the templates)")
    bodies, start, end, venue_text, language = _ask(bodies, start, end, venue, lang)
    if output.exists():
        fail(f"{output}: exists already; choose another file name (nothing was written)")
    meeting = services.NewMeeting(
        tuple(_choice(b) for b in bodies), language,  # type: ignore[arg-type]
        _date(start, "--from"), _date(end, "--to"), venue_text, ordinal)
    try:
        text = services.new_record_json(meeting)
    except services.InputError as error:
        fail(str(error))
    except model.RecordInvalid as invalid:
        fail(str(invalid))
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{output}: cannot be written ({error.strerror})")
    summary = services.summarize(services.read_record(output))
    out.print(f"{output}: new draft record, {len(meeting.bodies)} "
              f"bod{'y' if len(meeting.bodies) == 1 else 'ies'}; {len(summary.gaps)} facts "
              "still unknown (sessional check shows where)")
