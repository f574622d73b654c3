"""Round trip: the example's rendered report, read back, gives back the example's facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessional.compose import compose_report
from sessional.ingest import ingest_text, read_report
from sessional.model import record_from_json
from sessional.render import RENDERERS

from ..conftest import EXAMPLE
from .facts import facts

LANGS = ("zh", "en")


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
@pytest.mark.parametrize("lang", LANGS)
def test_rendered_report_reads_back_into_the_example_facts(lang: str, fmt: str,
                                                          tmp_path: Path) -> None:
    example = record_from_json(EXAMPLE.read_text(encoding="utf-8"))
    content = RENDERERS[fmt](compose_report(example, lang))  # type: ignore[arg-type]
    path = tmp_path / f"report.{lang}.{fmt}"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    text, _kind = read_report(path)
    result = ingest_text(text)
    assert result.report.language == lang
    assert not result.report.unresolved_names
    narrative = lang == example.report.original_language
    assert facts(result.record, lang, narrative) == facts(example, lang, narrative)  # type: ignore[arg-type]
    if not narrative:  # paragraphs awaiting translation are kept, not dropped
        kept = [u for u in result.record.unclassified if u.reason.startswith("awaiting")]
        assert len(kept) == 10
