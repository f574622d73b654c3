"""Golden reports: the Markdown in six languages of the examples (the 2017 joint meeting of two
working groups; the eleventh session of the UNCAC Conference of the States Parties) and of the
test records in tests/golden/records/ (made with `sessional new`, their other facts test data):
a Conference session with its officers, one signatory and several observer categories; a
session of the Implementation Review Group (CAC/COSP/IRG/2016/9's seventh session); a joint
meeting of three working groups. Regenerate only on purpose (`pytest --update-goldens`) and
read the diff before committing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessional.compose import compose_report
from sessional.model import LANGUAGES, record_from_json
from sessional.render import render_markdown

from ..conftest import COSP_EXAMPLE, EXAMPLE, ROOT

GOLDEN = ROOT / "tests" / "golden"
RECORDS = [EXAMPLE, COSP_EXAMPLE, *(GOLDEN / "records" / f"{name}.json"
                                    for name in ("cosp-7", "irg-7", "joint-three"))]


@pytest.mark.parametrize("example", RECORDS, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_markdown_report_matches_golden(lang: str, example: Path,
                                        request: pytest.FixtureRequest) -> None:
    record = record_from_json(example.read_text(encoding="utf-8"))
    text = render_markdown(compose_report(record, lang))  # type: ignore[arg-type]
    path = GOLDEN / f"{example.stem}.{lang}.md"
    if request.config.getoption("--update-goldens"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
