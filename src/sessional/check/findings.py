"""Findings: what a check found, said the same way every time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..model.wording import Catalog, Words, say

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
    # the message, to say in another language (not part of the JSON output)
    words: Words | None = field(default=None, compare=False, metadata={"internal": True})

    def said(self, lang: str | None = None, catalog: Catalog | None = None) -> str:
        """The message in `lang` (the operator's) with the operator's `catalog`."""
        return say(self.words, lang, catalog) if self.words else self.message

    def sort_key(self) -> tuple[int, int, str, str]:
        return (SEVERITY_ORDER[self.severity], self.paragraph or 10**6, self.code, self.path)


def found(code: str, severity: Severity, message: Words, path: str,
          paragraph: int | None = None) -> Finding:
    """A finding whose message is said from `message` (English here, any language on a page)."""
    return Finding(code, severity, say(message), path, paragraph, message)
