"""What every rule may ask: the record, the report composed from it, where a fact stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from ..compose import Paragraph, Report, compose_report
from ..model import LANGUAGES, Lang, Record, Unknown
from ..model.wording import Names
from ..refdata import body_by_series, conventions, country, treaty_list


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

    def body_names(self, key: str) -> Names:
        """A body named in each language its record gives (the English message: body_label)."""
        body = self.record.body(key)
        names = tuple(body.name.items()) if body is not None else ()
        return Names(self.body_label(key), names)

    @staticmethod
    def language_names(code: str) -> Names:
        """A language of the report named in each operator language (CLDR names); in the
        English message its code."""
        from babel import Locale  # only where a finding names a language

        return Names(code, tuple((lang, Locale.parse(lang).languages.get(code, code))
                                 for lang in LANGUAGES))

    def state_names(self, code: str, english: bool = False) -> Names:
        """A State named as on the meeting date in each language; in the English message its
        code (or, `english`, its English name)."""
        entity = country(code)
        day = self.meeting_day
        if entity is None:
            return Names(code)
        names = tuple((lang, entity.name(lang, day) or code) for lang in LANGUAGES)
        return Names(dict(names)["en"] if english else code, names)

    @cached_property
    def treaty(self) -> str | None:
        """The treaty whose participation the record's attendance is checked against: the
        record's convention, else that of the reference body whose symbol series its first body
        carries; None when neither has participation data."""
        keys = [self.record.convention.key] if self.record.convention else []
        for body in self.record.bodies:
            template = body_by_series(body.symbol_series)
            keys += [template.convention] if template and template.convention else []
        return next((k for k in keys if treaty_list(k) is not None), None)

    @staticmethod
    def treaty_names(key: str) -> Names:
        """A treaty named by its official name in each language that has one, else (and in the
        English message) by its key, UNTOC: never a name of our own making."""
        named = conventions().get(key)
        names = named.names if named else {}
        return Names(key, tuple((lang, names.get(lang) or key) for lang in LANGUAGES))

    @property
    def meeting_day(self) -> dt.date | None:
        return self.record.first_day

    def session_dates(self, body: str) -> tuple[dt.date, dt.date] | None:
        session = self.record.session_of(body)
        if session is None or isinstance(session.dates, Unknown):
            return None
        return session.dates.start, session.dates.end
