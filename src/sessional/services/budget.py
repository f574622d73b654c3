"""What making a report may cost. Memory and time grow with the record (a PDF takes about
250 MB per MB of record), so reports are made only of records up to `max_record_mib`, and PDFs
on a pool of compiler processes, each with its own memory and time budget (render.typst_pool).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..render.pdf_budget import BudgetExceeded, Busy, PdfBudget
from .input import InputError

if TYPE_CHECKING:
    from ..model import Record

MIB = 1024 * 1024
__all__ = ["PdfBudget", "ReportBudget", "ReportTooLarge", "ReportsBusy", "configure_reports"]


@dataclass(frozen=True)
class ReportBudget:
    max_record_mib: int = 4  # records larger than this (as compact JSON) get no report
    pdf: PdfBudget = field(default_factory=PdfBudget)


class ReportTooLarge(InputError):
    """The report cannot be made within the budget: the message names the limit."""


class ReportsBusy(Exception):
    """Too many reports are being made; try again in `retry_after` seconds."""

    retry_after = 5


_budget: ReportBudget | None = None
_pdf_budget: PdfBudget | None = None  # the one the PDF compilers have (render.pdf)
_configuring = threading.Lock()
# The budget's settings: environment variables for every command; `sessional serve` has an
# option for each as well (--report-max-record-mib, --pdf-workers, ...).
VARIABLES = {"max_record_mib": "SESSIONAL_REPORT_MAX_RECORD_MIB",
             "workers": "SESSIONAL_PDF_WORKERS", "memory_mib": "SESSIONAL_PDF_MEMORY_MIB",
             "timeout": "SESSIONAL_PDF_TIMEOUT"}


def configure_reports(budget: ReportBudget) -> None:
    global _budget
    _budget = budget
    prepare_pdf()


def prepare_pdf() -> None:
    """Give the PDF compilers the budget, before the first PDF (the PDF renderer is loaded
    then, not by a command that writes no PDF)."""
    global _pdf_budget
    wanted = _current().pdf
    with _configuring:
        if _pdf_budget is not wanted:
            from ..render import typst_pool

            typst_pool.configure(wanted)
            _pdf_budget = wanted


def start_pdf_compilers(count: int) -> None:
    """Start the compilers for `count` PDFs now, while the reports are being composed."""
    prepare_pdf()
    from ..render import typst_pool

    typst_pool.shared().start(count)


def budget_from(environ: Mapping[str, str]) -> ReportBudget:
    """The report budget, each part from its environment variable where set, else its
    default; InputError naming the variable when one is not a number greater than 0."""
    given: dict[str, float] = {}
    for part, variable in VARIABLES.items():
        text = environ.get(variable, "").strip()
        if not text:
            continue
        try:
            number = float(text) if part == "timeout" else int(text)
        except ValueError:
            number = 0
        if not 0 < number < float("inf"):
            kind = "a number" if part == "timeout" else "a whole number"
            raise InputError(f"{variable}: {text!r} is not {kind} greater than 0")
        given[part] = number
    pdf: dict[str, Any] = {k: v for k, v in given.items() if k != "max_record_mib"}
    return ReportBudget(int(given.get("max_record_mib", ReportBudget.max_record_mib)),
                        replace(PdfBudget(), **pdf))


def _current() -> ReportBudget:
    global _budget
    if _budget is None:
        _budget = budget_from(os.environ)
    return _budget


def pdf_workers() -> int:
    return max(1, _current().pdf.workers)


def record_size(record: Record) -> int:
    import msgspec  # here: the budget is read before the record model is loaded

    from ..model import record_to_data

    return len(msgspec.json.encode(record_to_data(record)))


def require_renderable(size: int) -> None:
    """Refuse a record of `size` bytes (compact JSON) beyond the budget, before any work."""
    limit = _current().max_record_mib
    if size > limit * MIB:
        raise ReportTooLarge(f"the record is {size / MIB:.1f} MiB; reports are made of records "
                             f"up to {limit} MiB (the limit, {VARIABLES['max_record_mib']})")


@contextmanager
def pdf_refusals(lang: str) -> Iterator[None]:
    """The PDF pool's refusals, as the services name them."""
    prepare_pdf()
    try:
        yield
    except BudgetExceeded as err:
        raise ReportTooLarge(f"{lang} PDF report: {err}") from None
    except Busy as err:
        raise ReportsBusy(f"{lang} PDF report: {err}") from None
