"""An English report written by hand in UN style (not by our renderer) reads correctly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sessional.ingest import ingest_text
from sessional.model import OrgRef

TEXT = (Path(__file__).parent / "data" / "wg-tip-2018.en.txt").read_text(encoding="utf-8")


def test_a_hand_written_report_with_other_bodies_and_categories() -> None:
    result = ingest_text(TEXT)
    record, report = result.record, result.report
    assert report.language == "en" and report.paragraphs == 16
    assert set(report.confidence.values()) == {1.0}
    (body,) = record.bodies
    assert (body.name, body.symbol_series) == ({"en": "Working Group on Trafficking in Persons"},
                                                "CTOC/COP/WG.4")
    assert [str(m) for m in body.mandate] == ["decision 4/4"]
    (session,) = record.sessions
    assert (session.dates.start, session.dates.end) == (dt.date(2018, 7, 9),  # type: ignore[union-attr]
                                                        dt.date(2018, 7, 10))
    assert session.meetings_held == 4
    assert [(i.number, i.kind) for i in session.agenda.items] == [
        ("1", "organizational"), ("2", "substantive"), ("3", "adoption_of_report")]
    assert record.report.symbol is not None and str(record.report.symbol) == \
        "CTOC/COP/WG.4/2018/4"
    assert record.report.status == "final" and record.report.original_language == "en"
    (chair,) = record.officers
    assert (chair.name, chair.role, chair.state) == ("Ana Gonzalez", "chair", "ARG")


def test_a_name_that_changed_is_read_as_of_the_meeting() -> None:
    attendance = ingest_text(TEXT).record.attendance
    assert list(attendance.states_parties.items) == [
        "ARG", "AUT", "BIH", "CIV", "NGA", "THA", "MKD", "TTO", "GBR"]
    assert list(attendance.observer_states.items) == ["SOM"]
    assert [o.key for o in attendance.specialized_agencies.items] == ["ilo"]
    assert [o.key for o in attendance.intergovernmental_organizations.items] == ["au", "interpol"]


def test_an_unknown_organization_is_kept_by_name_and_reported() -> None:
    result = ingest_text(TEXT)
    assert list(result.record.attendance.non_governmental_organizations.items) == [
        OrgRef(name={"en": "La Strada International"})]
    (unresolved,) = result.record.unresolved_names
    assert unresolved.text == "La Strada International" and unresolved.paragraph == 14


def test_statements_by_states_parties_and_observers() -> None:
    statements = ingest_text(TEXT).record.statements
    speakers = [s.delegation.state for s in statements[0].statements.items]
    assert speakers == ["ARG", "AUT", "NGA", "MKD", "THA", "SOM"]
    assert [r.number for r in statements[1].items.items] == ["1", "2"]
    assert statements[1].kind == "presentation"
