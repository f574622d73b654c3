"""Property: a rewrite that keeps the facts (another lead, a serial comma, a count in digits, a
sentence split, reflowed lines, another heading) never turns a known fact wrong. A fact may
become unknown; it may never take another value."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sessional.ingest import ingest_text

TEXT = (Path(__file__).parent / "data" / "wg-tip-2018.en.txt").read_text(encoding="utf-8")
PARTIES = ["ARG", "AUT", "BIH", "CIV", "NGA", "THA", "MKD", "TTO", "GBR"]
STATES_LEAD = "The following States parties to the Convention were represented:"
LEADS = [STATES_LEAD,
         "The following States parties to the Convention were represented at the meeting:",
         "Representatives of the following States parties attended the meeting:",
         "The following States were represented:",  # no category: unknown, never wrong
         "Present at the meeting were:"]
REWRITES = [
    ("Trinidad and Tobago and United", "Trinidad and Tobago, and United"),
    ("held four\nmeetings.", "held 4\nmeetings."),
    ("met on 9 and 10 July 2018 and held four\nmeetings.",
     "met on 9 and 10 July 2018. It held four meetings."),
    ("The meeting was chaired by Ana Gonzalez (Argentina).",
     "Ms. Ana Gonzalez (Argentina) served as Chair."),
    ("Argentina, Austria,\nBosnia and Herzegovina, Côte d'Ivoire, Nigeria, Thailand, the former "
     "Yugoslav Republic of\nMacedonia, Trinidad", "Argentina, Austria, Bosnia and Herzegovina, "
     "Côte d'Ivoire, Nigeria, Thailand, the\nformer Yugoslav Republic of Macedonia, Trinidad"),
    ("The following intergovernmental organizations were represented by observers: African\n"
     "Union and", "The meeting was also attended by observers for the following "
     "intergovernmental organizations: African Union, and"),
    ("IV. Organization of the meeting", "IV. Organization of the session"),
    ("A. Opening of the meeting", "A. Opening of the session"),
]


def _rewritten(lead: str, chosen: set[int]) -> str:
    text = TEXT.replace(STATES_LEAD, lead)
    for i in sorted(chosen):
        old, new = REWRITES[i]
        if old in text:
            text = text.replace(old, new)
    return text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(LEADS), st.sets(st.integers(0, len(REWRITES) - 1)))
def test_a_fact_preserving_rewrite_never_turns_a_fact_wrong(lead: str, chosen: set[int]) -> None:
    record = ingest_text(_rewritten(lead, chosen)).record
    (session,) = record.sessions
    assert session.meetings_held in (4,) or not isinstance(session.meetings_held, int)
    assert [(p.name, p.role, p.state) for p in record.officers] in (
        [], [("Ana Gonzalez", "chair", "ARG")])
    attendance = record.attendance
    parties = attendance.states_parties
    assert (parties.status, list(parties.items)) in (("complete", PARTIES), ("unknown", []))
    for empty in ("signatories", "regional_economic_integration_organizations",
                  "un_secretariat_units", "un_funds_and_programmes"):
        assert (getattr(attendance, empty).status, list(getattr(attendance, empty).items)) in (
            ("complete", []), ("unknown", []))
    assert list(attendance.observer_states.items) == ["SOM"]
    igos = attendance.intergovernmental_organizations
    assert [o.key for o in igos.items] in (["au", "interpol"], [])


def test_every_rewrite_applies_to_the_text() -> None:
    assert [old in TEXT for old, _new in REWRITES] == [True] * len(REWRITES)
