"""Faults of a record with the suggestions only the reference data can give.

The model says "'Austria' is not a code of the reference data"; here the name is resolved (in
any of the six languages, old names included) and the hint becomes "did you mean AUT
(Austria)?".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from .. import refdata
from ..model import LANGUAGES, Fault, RecordInvalid
from ..model.wording import Names, Slot, Words, marked, words
from ..refdata.resolve import near_matches

DID_YOU_MEAN = marked("did you mean {choices}?")
OR = marked("{choice} or {other}")
CHOICE = marked("{code} ({name})")
NEAR_SCORE = 85.0
"""rapidfuzz ratio (0-100) from which a near name is offered as a suggestion."""


def explained(faults: Iterable[Fault], on: dt.date | None = None) -> list[Fault]:
    """The faults, with a suggestion in place of the hint where the reference data has one;
    names are resolved as in force on `on` (default: today's names)."""
    return [_explained(f, on) for f in faults]


def describe_invalid(invalid: RecordInvalid, on: dt.date | None = None) -> str:
    """The refusal of a record as lines a person reads: the source, then one fault a line;
    names suggested as in force on `on`, else on the meeting's first day where it is known."""
    faults = explained(invalid.faults, on or invalid.on)
    if len(faults) == 1:
        return f"{invalid.source}: {faults[0]}"
    lines = "\n".join(f"  {f}" for f in faults)
    return f"{invalid.source}: {len(faults)} fault(s) in the record\n{lines}"


def _explained(fault: Fault, on: dt.date | None) -> Fault:
    if fault.value is None or fault.kind not in ("state_code", "organization_key"):
        return fault
    choices = (_state_choices if fault.kind == "state_code" else _organization_choices)(
        fault.value, on)
    if not choices:
        return fault
    return fault.with_hint(words(DID_YOU_MEAN, choices=_either(choices)))


def _either(choices: Sequence[Slot]) -> Slot:
    """'A', 'A or B', 'A or B or C'."""
    if len(choices) == 1:
        return choices[0]
    return words(OR, choice=choices[0], other=_either(choices[1:]))


def _state_choices(text: str, on: dt.date | None) -> list[Words]:
    code = text.strip().upper()
    found = refdata.country(code) if len(code) == 3 else None
    if found is not None:
        return [_state(found, on)]
    matches = [m.country for m in refdata.resolve(text, on).matches if m.country is not None]
    if not matches:
        near = [m for m in near_matches(text) if m.score >= NEAR_SCORE]
        matches = [c for m in near if (c := refdata.country(m.code)) is not None]
    return list(dict.fromkeys(_state(c, on) for c in matches))


def _state(country: refdata.Country, on: dt.date | None) -> Words:
    names = {lang: name for lang, name in country.names(on).items() if name}
    return words(CHOICE, code=country.iso3,
                 name=Names(names.get("en") or country.iso3, tuple(names.items())))


def _organization_choices(text: str, on: dt.date | None) -> list[Words]:
    matches = [m.organization for m in refdata.resolve(text, on).matches
               if m.organization is not None]
    return list(dict.fromkeys(
        words(CHOICE, code=o.key, name=Names(o.name("en") or o.key, tuple(
            (lang, name) for lang in LANGUAGES if (name := o.name(lang)))))
        for o in matches))
