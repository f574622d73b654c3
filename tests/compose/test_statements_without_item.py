"""A group of statements that names no agenda item: the sentence needs one, so the report shows
a gap where the item stands (it used to stop with an IndexError)."""

from __future__ import annotations

import json

from sessional.compose import compose_report
from sessional.model import record_from_data
from sessional.render import RENDERERS

from ..conftest import EXAMPLE


def _report(kind: str, lang: str) -> tuple[str, list[tuple[object, ...]]]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["statements"][0]["items"] = {"status": "complete", "items": []}
    data["statements"][0]["kind"] = kind
    report = compose_report(record_from_data(data), lang)  # type: ignore[arg-type]
    gaps = [(g.paragraph, g.kind, g.note) for g in report.gaps
            if g.path == "$.statements[0].items"]
    return str(RENDERERS["md"](report)), gaps


def test_statements_under_no_item_leave_a_gap_for_the_item_and_the_body() -> None:
    md, gaps = _report("statement", "en")
    assert "16. Under agenda item […] of […], statements were made by representatives" in md
    assert gaps == [(16, "unknown", "no agenda item named for these statements"),
                    (16, "unknown", "the body is not named")]
    zh, _ = _report("statement", "zh")
    assert "16. 在[……]议程项目 [……]下，《公约》下列缔约国的代表作了发言：" in zh


def test_presentations_under_no_item_leave_a_gap_for_the_item() -> None:
    md, gaps = _report("presentation", "en")
    assert ("Presentations were made by representatives of the Secretariat under agenda item "
            "[…].") in md
    assert gaps == [(16, "unknown", "no agenda item named for these statements")]
