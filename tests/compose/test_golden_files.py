"""Golden reports: the Markdown of the examples in six languages (the 2017 joint meeting of two
working groups; the eleventh session of the UNCAC Conference of the States Parties). Regenerate
only on purpose (`pytest --update-goldens`) and read the diff before committing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessional.compose import compose_report
from sessional.model import LANGUAGES, record_from_json
from sessional.render import render_markdown

from ..conftest import COSP_EXAMPLE, EXAMPLE, ROOT

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("example", [EXAMPLE, COSP_EXAMPLE], ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_markdown_report_matches_golden(lang: str, example: Path,
                                        request: pytest.FixtureRequest) -> None:
    record = record_from_json(example.read_text(encoding="utf-8"))
    text = render_markdown(compose_report(record, lang))  # type: ignore[arg-type]
    path = GOLDEN / f"{example.stem}.{lang}.md"
    if request.config.getoption("--update-goldens"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
