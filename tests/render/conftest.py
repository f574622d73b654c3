from __future__ import annotations

import json
from functools import cache

from sessional.compose import Report, compose_report
from sessional.model import Record, record_from_data

from ..conftest import EXAMPLE


@cache
def example_record() -> Record:
    return record_from_data(json.loads(EXAMPLE.read_text(encoding="utf-8")))


@cache
def example_report(lang: str) -> Report:
    return compose_report(example_record(), lang)  # type: ignore[arg-type]
