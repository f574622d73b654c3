"""Findings: what a check found, said the same way every time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "gap"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "gap": 2}


@dataclass(frozen=True)
class Finding:
    """One finding. `code` is stable (tools may match on it); `path` is the JSON path of the
    record fact concerned; `paragraph` the report paragraph it stands in, where there is one."""

    code: str
    severity: Severity
    message: str
    path: str
    paragraph: int | None = None

    def sort_key(self) -> tuple[int, int, str, str]:
        return (SEVERITY_ORDER[self.severity], self.paragraph or 10**6, self.code, self.path)
