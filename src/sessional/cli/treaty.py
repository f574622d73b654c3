"""`sessional refdata treaty`: the treaty participation lists in use, and newer ones a
secretariat brings itself (`export`, edit, `import --as-of`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from .. import services

KNOWN = "UNTOC, its Protocols UNTOC-TIP, UNTOC-SOM, UNTOC-FA, or UNCAC (or the Treaty " \
    "Collection's number: XVIII-12-a)"
treaty_app = typer.Typer(no_args_is_help=True, help="Treaty participation lists (UNTOC, its three "
                         "Protocols, UNCAC): show the one in use, export it, import a newer one.")
SHOWN = 30
TreatyArg = Annotated[str, typer.Argument(help=KNOWN + ".")]


@treaty_app.command("show")
def show(treaty: TreatyArg) -> None:
    """Say which list of TREATY is in use, up to which day it is complete, and its counts."""
    from .commands import fail
    from .consoles import out

    try:
        found = services.shown_list(treaty)
    except services.InputError as error:
        fail(str(error))
    parties = [p for p in found.participants.values() if p.is_party]
    signed = [p for p in found.participants.values() if not p.is_party and p.signature]
    out.print(f"{found.treaty}: {len(found.participants)} participants, {len(parties)} parties, "
              f"{len(signed)} signatories not (yet) parties; complete up to "
              f"{found.complete_as_of}, not known after that date")
    out.print(f"source: {found.source}")


@treaty_app.command("export")
def export(treaty: TreatyArg) -> None:
    """Print the list of TREATY in use as CSV (the layout `import` reads)."""
    from .commands import fail
    from .consoles import out

    try:
        out.out(services.export_treaty_csv(treaty), end="")
    except services.InputError as error:
        fail(str(error))


@treaty_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The UN Treaty Collection's status page of the "
                                              "treaty saved as HTML (.html), or a CSV: the "
                                              "layout of `export`, or the Collection's status "
                                              "table saved as CSV.")],
    treaty: Annotated[str, typer.Option("--treaty", help=KNOWN + ".")],
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="The day up to which FILE is complete (YYYY-MM-DD), e.g. the day it was "
                        "saved from the Treaty Collection; for a saved status page, its "
                        "'STATUS AS AT' day if not given.")] = None,
    withdrawals: Annotated[bool, typer.Option("--withdrawals", help="Accept a list in which "
                                              "parties of the list in use are not parties.")
                           ] = False,
) -> None:
    """Use FILE as the participation list of TREATY from now on; nothing is changed when a
    line of it is wrong."""
    from .commands import fail
    from .consoles import out

    day = None
    if as_of is not None:
        try:
            day = dt.date.fromisoformat(as_of.strip())
        except ValueError:
            fail(f"--as-of: {as_of!r} is not a date in the form YYYY-MM-DD")
    try:
        done = services.import_treaty_csv(file, treaty, day, withdrawals=withdrawals)
    except services.InputError as error:
        fail(str(error))
    out.print(f"{done.treaty}: {done.participants} participants ({done.parties} parties, "
              f"{done.signatories} signatories not parties), complete up to "
              f"{done.complete_as_of}; kept in {done.path}")
    if done.day_from_page:
        out.print(f"complete up to {done.complete_as_of}: the page's 'STATUS AS AT' day "
                  "(--as-of not given)")
    out.print(f"{len(done.changed)} changed from the list in use before" +
              (":" if done.changed else ""))
    for line in done.changed[:SHOWN]:
        out.print(f"  {line}")
    if len(done.changed) > SHOWN:
        out.print(f"  … and {len(done.changed) - SHOWN} more")
