"""Any record the model accepts composes into a report in each of the six languages, and its
Markdown renders: no record a user can save may stop the report page with an error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from sessional.compose import compose_report
from sessional.model import LANGUAGES, Record
from sessional.render import RENDERERS

from ..model.strategies import records


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_any_valid_record_composes_in_every_language(record: Record) -> None:
    for lang in LANGUAGES:
        report = compose_report(record, lang)
        md = RENDERERS["md"](report)
        assert isinstance(md, str) and md.strip()
