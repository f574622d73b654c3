"""What a PDF may cost, and the refusals when it cannot be made: apart from the compiler pool
(`typst_pool`) so that the services can hold a budget without loading anything of the PDF
renderer (a command that writes Markdown imports this module only)."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class PdfBudget:
    workers: int = 2  # compiler processes
    memory_mib: int = 2048  # address space of each compiler
    timeout: float = 120.0  # seconds for one report
    queue: int = 8  # reports waiting for a compiler, beyond those compiling
    large_source: int = 1 * MIB  # Typst source this large counts as a large report


class PdfRefused(Exception):
    """The PDF cannot be made within the budget (BudgetExceeded) or not now (Busy)."""


class BudgetExceeded(PdfRefused):
    pass


class Busy(PdfRefused):
    pass
