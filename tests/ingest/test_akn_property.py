"""Property: the example, with its lists, gaps and texts varied, rendered as Akoma Ntoso in
any language, reads back as itself."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessional.compose import compose_report
from sessional.ingest.akn import read_akn
from sessional.model import LANGUAGES, record_from_data, record_to_data
from sessional.render.akn import render_akn

from ..conftest import EXAMPLE
from ..model.strategies import text

STATES = ("AUT", "BOL", "CHE", "DEU", "IRN", "JPN", "SWE", "USA", "ZAF")


@st.composite
def varied(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    listed = draw(st.permutations(STATES))
    cut = sorted(draw(st.lists(st.integers(0, len(STATES)), min_size=2, max_size=2)))
    for name, states in (("states_parties", listed[:cut[0]]),
                         ("signatories", listed[cut[0]:cut[1]]),
                         ("observer_states", listed[cut[1]:])):
        status = draw(st.sampled_from(["complete", "partial", "unknown"]))
        data["attendance"][name] = {"status": status} if status == "unknown" else \
            {"status": status, "items": list(states)}
    lang = draw(st.sampled_from(LANGUAGES))
    data["sessions"][0]["venue"][lang] = draw(text)
    data["sessions"][0]["agenda"]["items"][1]["title"][lang] = draw(text)
    data["report"]["adopted_as_amended"] = draw(st.booleans())
    data["_lang"] = lang
    return data


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(varied())
def test_the_varied_example_reads_back_from_its_akn(data: dict[str, Any]) -> None:
    lang = data.pop("_lang")
    record = record_from_data(data)
    result = read_akn(render_akn(compose_report(record, lang), record), "report.akn.xml")
    assert record_to_data(result.record) == record_to_data(record)
    assert (result.report.unclassified, result.report.warnings) == ([], [])
