"""Golden reports: the Markdown of the example in six languages. Regenerate only on purpose
(`pytest --update-goldens`) and read the diff before committing it."""

from __future__ import annotations

import pytest

from sessional.compose import compose_report
from sessional.model import LANGUAGES, record_from_json
from sessional.render import render_markdown

from ..conftest import EXAMPLE, ROOT

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markdown_report_matches_golden(lang: str, request: pytest.FixtureRequest) -> None:
    record = record_from_json(EXAMPLE.read_text(encoding="utf-8"))
    text = render_markdown(compose_report(record, lang))  # type: ignore[arg-type]
    path = GOLDEN / f"untoc-wg-2017.{lang}.md"
    if request.config.getoption("--update-goldens"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
