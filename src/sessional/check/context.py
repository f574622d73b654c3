"""What every rule may ask: the record, the report composed from it, where a fact stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from ..compose import Paragraph, Report, compose_report
from ..model import Lang, Record, Unknown


@dataclass
class Context:
    record: Record
    lang: Lang
    faults: list[tuple[str, str]] = field(default_factory=list)  # reference faults of the record

    @cached_property
    def report(self) -> Report:
        return compose_report(self.record, self.lang)

    def paragraph(self, path: str) -> int | None:
        """The report paragraph that states the fact at `path` (or the closest one above it)."""
        best: tuple[int, int] | None = None
        for block in self.report.blocks:
            if not isinstance(block, Paragraph) or block.number is None:
                continue
            for fact in block.facts:
                inside = path == fact or path.startswith((fact + ".", fact + "["))
                if inside and (best is None or len(fact) > best[0]):
                    best = (len(fact), block.number)
        return best[1] if best else None

    def body_label(self, key: str) -> str:
        """A body as the findings name it: its name in the report's language (or English)."""
        body = self.record.body(key)
        if body is None:
            return key
        return body.name.get(self.lang) or body.name.get("en") or \
            next(iter(body.name.values()), key)

    @property
    def meeting_day(self) -> dt.date | None:
        return self.record.first_day

    def session_dates(self, body: str) -> tuple[dt.date, dt.date] | None:
        session = self.record.session_of(body)
        if session is None or isinstance(session.dates, Unknown):
            return None
        return session.dates.start, session.dates.end
