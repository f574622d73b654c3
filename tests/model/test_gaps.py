"""Every unknown, partial or tentative fact of a record with its JSON path and note: the
example's gaps, each noted where the seed leaves it open ("[……]", a heading only)."""

from __future__ import annotations

from sessional.model import record_from_json
from sessional.model.gaps import record_gaps

from ..conftest import EXAMPLE


def test_every_gap_of_the_example_with_its_path_kind_and_note() -> None:
    record = record_from_json(EXAMPLE.read_text(encoding="utf-8"))
    assert [(g.path, g.kind, g.note) for g in record_gaps(record)] == [
        ("$.sessions[0].ordinal", "unknown",
         "the seed does not number this meeting; the seventh was held in 2016"),
        ("$.sessions[0].meetings", "partial", "the seed dates only the 1st of the eight meetings"),
        ("$.sessions[1].ordinal", "unknown",
         "the seed does not number this meeting; the ninth was held in 2016"),
        ("$.sessions[1].meetings_held", "unknown", "seed para 15: 共举行了[…]次会议"),
        ("$.sessions[1].meetings", "partial", None),
        ("$.attendance.states_parties", "partial", "seed para 22 ends with [……]"),
        ("$.attendance.specialized_agencies", "partial", "seed para 25: [……]"),
        ("$.attendance.intergovernmental_organizations", "partial", "seed para 26 ends with [……]"),
        ("$.statements[0].items.items[1]", "tentative", None),
        ("$.statements[0].items.items[2]", "tentative", None),
        ("$.statements[0].statements", "partial", "seed para 16 ends with [……]"),
        ("$.statements[1].statements", "unknown", "seed para 17: [……]"),
        ("$.statements[2].statements", "unknown", "seed para 18: [……]"),
        ("$.narrative.recommendations[0].paragraphs", "unknown",
         "seed para 6: no recommendations yet"),
        ("$.narrative.recommendations[1].paragraphs", "unknown",
         "seed para 7: no recommendations yet"),
        ("$.narrative.deliberations[1].paragraphs", "unknown", "seed III.B: heading only"),
        ("$.narrative.deliberations[2].paragraphs", "unknown", "seed III.C: heading only"),
        ("$.narrative.deliberations[3].paragraphs", "unknown", "seed III (TA) A: heading only"),
        ("$.narrative.deliberations[4].paragraphs", "unknown", "seed III (joint) A: heading only"),
        ("$.narrative.deliberations[5].paragraphs", "unknown", "seed III (joint) B: heading only"),
        ("$.report.symbol", "unknown", "the draft carries no symbol"),
        ("$.report.date", "unknown", None),
    ]


def test_a_gap_in_a_list_of_a_list_is_found_with_its_whole_path() -> None:
    from sessional.model.facts import FactList, Unknown

    nested = FactList[FactList[Unknown]](status="partial", items=[
        FactList[Unknown](status="complete", items=[Unknown(note="x")])])
    assert [(g.path, g.kind, g.note) for g in record_gaps(nested, "$.a")] == [
        ("$.a", "partial", None), ("$.a.items[0].items[0]", "unknown", "x")]


def test_a_value_in_square_brackets_is_a_tentative_gap_with_its_note() -> None:
    from sessional.model.facts import Tentative

    stated = [Tentative[int](value=8, note="seed para 15: [8]"), Tentative[int](value=9)]
    assert [(g.path, g.kind, g.note) for g in record_gaps(stated, "$.x")] == [
        ("$.x[0]", "tentative", "seed para 15: [8]"), ("$.x[1]", "tentative", None)]
