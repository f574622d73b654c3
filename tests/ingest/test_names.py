"""The name stage: a misspelt name is matched only to a name of the kind the list holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sessional.ingest import ingest_text
from sessional.ingest.names import resolve_name, split_list

DAY = dt.date(2018, 7, 9)
TEXT = (Path(__file__).parent / "data" / "wg-tip-2018.en.txt").read_text(encoding="utf-8")


def test_a_misspelt_organization_in_a_list_of_states_stays_unresolved() -> None:
    names = split_list("Austria, European Unon and Germany", "en", DAY, "state")
    assert [(n.text, n.code, n.kind) for n in names] == [
        ("Austria", "AUT", "state"), ("European Unon", None, None), ("Germany", "DEU", "state")]
    assert resolve_name("European Unon", DAY, "state", "en").how == "unresolved"


def test_a_misspelt_name_is_matched_within_its_kind() -> None:
    assert resolve_name("European Unon", DAY, "organization", "en").code == "eu"
    assert resolve_name("Germny", DAY, "state", "en").code == "DEU"
    assert resolve_name("Germny", DAY, "organization", "en").code is None


def test_ingest_reports_a_misspelt_organization_among_the_states_parties() -> None:
    marker = "represented: Argentina, Austria,"
    assert marker in TEXT
    result = ingest_text(TEXT.replace(marker, "represented: Argentina, European Unon, Austria,"))
    assert list(result.record.attendance.states_parties.items) == [
        "ARG", "AUT", "BIH", "CIV", "NGA", "THA", "MKD", "TTO", "GBR"]
    unresolved = [(u["text"], u["path"]) for u in result.report.unresolved_names]
    assert ("European Unon", "$.attendance.states_parties") in unresolved
