"""The 2017 draft report reads into the facts listed in seed-facts.json."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from sessional.ingest import IngestResult, ingest_text
from sessional.model import Unknown

from ..conftest import source_file


@cache
def seed() -> IngestResult:
    return ingest_text(source_file("000_af53d38e3a9bfe7d.txt").read_text(encoding="utf-8"))


def body(key: str) -> int:
    return {"IC": 0, "TA": 1}[key]


@pytest.mark.parametrize("key", ["IC", "TA"])
def test_bodies_and_their_sessions(key: str, seed_facts: dict[str, Any]) -> None:
    record, expected = seed().record, seed_facts["bodies"][key]
    b, s = record.bodies[body(key)], record.sessions[body(key)]
    assert b.name["zh"] == expected["name_zh"]
    assert b.symbol_series == expected["symbol_prefix"]
    assert [s.dates.start.isoformat(), s.dates.end.isoformat()] == expected["dates"]  # type: ignore[union-attr]
    held = s.meetings_held
    assert (None if isinstance(held, Unknown) else held) == expected["meetings_held"]
    assert s.agenda.adopted_on.isoformat() == expected["agenda_adopted"]  # type: ignore[union-attr]
    assert [str(m) for m in b.mandate] == expected["mandate"]
    previous = [[p.dates.start.isoformat(), p.dates.end.isoformat()]  # type: ignore[union-attr]
                for p in b.previous_sessions]
    assert previous == list(expected["previous"].values())
    chair = next(p for p in record.officers if p.role == "chair" and b.key in p.bodies)
    assert (chair.name, chair.state) == (expected["chair"]["name"], expected["chair"]["state"])


@pytest.mark.parametrize("key", ["IC", "TA"])
def test_agendas_with_sub_items_and_joint_items(key: str, seed_facts: dict[str, Any]) -> None:
    record, expected = seed().record, seed_facts["bodies"][key]["agenda"]
    items = record.sessions[body(key)].agenda.items
    assert [(i.number, i.title["zh"]) for i in items] == [(e["n"], e["title_zh"]) for e in expected]
    assert [[(x.letter, x.title["zh"]) for x in i.sub_items] for i in items] == \
        [[(x["n"], x["title_zh"]) for x in e.get("sub", [])] for e in expected]
    assert [i.joint for i in items] == [e.get("joint") for e in expected]
    joint = {j.key: {("IC", "TA")[body_index]: n for body_index, n in
                     ((int(k[1:]) - 1, n) for k, n in j.numbers.items())}
             for j in record.joint_items}
    assert joint == seed_facts["joint_items"]


@pytest.mark.parametrize("key", ["IC", "TA"])
def test_documents_in_each_bodys_list(key: str, seed_facts: dict[str, Any]) -> None:
    record = seed().record
    b = record.bodies[body(key)]
    listed = [(str(d.symbol.first_for(b.symbol_series)), d.title["zh"])
              for d in record.documents.items if d.listed_by(b.key)]
    listed.sort(key=lambda d: int(d[0].split("-")[0].rsplit("/", 1)[1]))
    assert listed == [(d["symbol"], d["title_zh"]) for d in seed_facts["bodies"][key]["documents"]]


def test_speakers_panel_and_presentations(seed_facts: dict[str, Any]) -> None:
    record = seed().record
    ic = seed_facts["bodies"]["IC"]
    first = record.statements[0]
    assert [s.delegation.state for s in first.statements.items] == ic["speakers"]["states"]
    assert first.statements.status == "partial"
    assert [(r.number, r.tentative) for r in first.items.items] == \
        [("2", False), ("3", True), ("4", True)]  # "2[至 4]": the range's end is a placeholder
    assert record.statements[2].statements.status == "unknown"  # para 18
    assert [r.number for r in record.statements[3].items.items] == \
        seed_facts["secretariat_presentations"]["items"]
    moderator = next(p for p in record.officers if p.role == "moderator")
    panel = ic["panel"]
    assert (moderator.name, moderator.state, moderator.items) == \
        (panel["moderator"]["name"], panel["moderator"]["state"], (panel["item"],))
    meeting = record.sessions[0].meetings.items[0]
    assert meeting.date.isoformat() == ic["panel"]["date"] and "2" in meeting.items  # type: ignore[union-attr]


def test_attendance(seed_facts: dict[str, Any]) -> None:
    attendance, expected = seed().record.attendance, seed_facts["attendance"]
    assert list(attendance.states_parties.items) == expected["states_parties"]["iso3"]
    assert attendance.states_parties.status == "partial"
    assert [o.key for o in attendance.regional_economic_integration_organizations.items] == ["eu"]
    assert list(attendance.signatories.items) == expected["signatories"]
    # para 25 "下列专门机构派观察员出席了会议：[……]": they attended, their names are to come
    agencies = attendance.specialized_agencies
    assert (agencies.status, agencies.items) == ("partial", ())
    igos = attendance.intergovernmental_organizations
    assert igos.status == "partial" and [o.key for o in igos.items] == ["gcc_ciccd"]


def test_adoption_and_both_date_statements(seed_facts: dict[str, Any]) -> None:
    record = seed().record
    assert record.report.adopted_on.isoformat() == seed_facts["report_adopted"]  # type: ignore[union-attr]
    assert record.report.adopted_as_amended and record.report.status == "draft"
    ta = record.sessions[1]
    stated = {s.where: [s.dates.start.isoformat(), s.dates.end.isoformat()]
              for s in ta.stated_dates}
    assert stated == {"heading": seed_facts["bodies"]["TA"]["dates_in_heading"],
                      "para 15": seed_facts["bodies"]["TA"]["dates"]}


def test_every_placeholder_is_unknown_or_partial() -> None:
    record = seed().record
    narrative = record.narrative
    assert isinstance(record.sessions[1].meetings_held, Unknown)  # para 15
    assert [r.paragraphs.status for r in narrative.recommendations] == ["unknown", "unknown"]
    summaries = {(d.body, d.item, d.joint_item): d.paragraphs.status
                 for d in narrative.deliberations}
    assert summaries == {("B1", "2", None): "complete", ("B1", "3", None): "unknown",
                         ("B1", "4", None): "unknown", ("B2", "3", None): "unknown",
                         (None, None, "J1"): "unknown", (None, None, "J2"): "unknown"}
    assert len(narrative.introduction.items) == 5
    assert len(narrative.deliberations[0].paragraphs.items) == 5  # paragraphs 9 to 13


def test_nothing_is_lost_and_the_missing_heading_is_reported() -> None:
    report = seed().report
    assert report.paragraphs == 29
    assert report.unclassified == [] and report.unresolved_names == []
    assert set(report.confidence.values()) == {1.0}
    assert any("paragraph 16" in w and "heading may be missing" in w for w in report.warnings)
