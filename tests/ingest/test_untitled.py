"""Reports not laid out as ours: parts ("Part II – Organization of the session"), headings
spelled otherwise, no chapter heading at all, the body named only in the title. Each is read
for what it states; nothing is refused that has numbered paragraphs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sessional.ingest import NotAReport, ingest_text
from sessional.ingest.structure import CHAPTERS, SECTIONS, heading_title

CORPUS = Path(__file__).parent / "corpus"


def test_a_report_in_parts_is_read_from_its_organization_part() -> None:
    result = ingest_text((CORPUS / "ccpcj-28-2019-parts.en.txt").read_text(encoding="utf-8"))
    record = result.record
    (body,) = record.bodies
    assert body.name == {"en": "Commission on Crime Prevention and Criminal Justice"}
    assert body.symbol_series == "E/CN.15"
    (session,) = record.sessions
    assert (session.dates.start, session.dates.end) == (dt.date(2019, 5, 20),  # type: ignore[union-attr]
                                                        dt.date(2019, 5, 24))
    assert session.venue == {"en": "Vienna"} and session.meetings_held == 10
    assert [(p.name, p.role, p.state) for p in record.officers] == [
        ("Alexandre Ferreira", "chair", "BRA")]
    # "States members of the Commission" is no category of ours: kept, with its names
    assert record.attendance.states_parties.status == "unknown"
    (members,) = [u for u in record.unclassified if u.paragraph == 3]
    assert "AUT, BRA, CAN, CHN, FRA, JPN" in members.reason


@pytest.mark.parametrize(("line", "lang", "where"), [
    ("Part II – Organization of the session", "en", "organization"),
    ("PART II - Organization of the session", "en", "organization"),
    ("II. Organisation of the session", "en", "organization"),
    ("B - Attendance", "en", "attendance"),
    ("A. Opening and duration of the session", "en", "opening"),
    ("Partie II – Organisation de la session", "fr", "organization"),
    ("II. Questions d’organisation", "fr", None),  # like no title of ours: not a guess
    ("Part I – Matters calling for action by the Economic and Social Council", "en", None),
])
def test_headings_are_known_by_their_title_or_one_very_like_it(line: str, lang: str,
                                                             where: str | None) -> None:
    assert {**CHAPTERS, **SECTIONS}.get(heading_title(line, lang) or "") == where  # type: ignore[arg-type]


def test_a_report_without_chapter_headings_is_read_paragraph_by_paragraph() -> None:
    result = ingest_text((CORPUS / "egm-untitled-2022.fr.txt").read_text(encoding="utf-8"))
    assert result.report.language == "fr"  # told by its words: it has no heading to tell by
    record = result.record
    (session,) = record.sessions
    assert session.meetings_held == 6 and session.venue == {"fr": "Vienne"}
    assert [(p.name, p.state) for p in record.officers] == [("Pierre Blanc", "CHE")]
    assert list(record.attendance.states_parties.items) == ["DEU", "AUT", "BEL", "CAN", "ESP",
                                                            "TUN"]
    assert record.report.adopted_on == dt.date(2022, 5, 11)
    assert not result.report.warnings  # no section heading, so none to contradict


def test_the_session_title_names_the_body_and_its_place_when_no_heading_does() -> None:
    text = ("CAC/COSP/IRG/2014/11\n\nReport of the Implementation Review Group on its fifth "
            "session, held in Vienna from 2 to 6 June 2014\n\nI. Organization of the session\n\n"
            "1. The Implementation Review Group held six meetings.\n")
    record = ingest_text(text).record
    assert record.bodies[0].name == {"en": "Implementation Review Group"}
    session = record.sessions[0]
    assert (session.dates.start, session.dates.end) == (dt.date(2014, 6, 2),  # type: ignore[union-attr]
                                                        dt.date(2014, 6, 6))
    assert session.venue == {"en": "Vienna"} and session.meetings_held == 6


def test_an_adoption_sentence_outside_its_chapter_must_name_the_report() -> None:
    text = ("Working Group on Firearms\nVienna, 2 and 3 May 2019\n\n"
            "1. On 2 May 2019, the Working Group on Firearms adopted the agenda.\n")
    assert ingest_text(text).record.report.adopted_on != dt.date(2019, 5, 2)


def test_text_without_a_numbered_paragraph_or_a_heading_is_still_refused() -> None:
    with pytest.raises(NotAReport, match="no numbered paragraph"):
        ingest_text("Working Group on Firearms\nVienna, 2 and 3 May 2019\n\nSome notes.\n")


def test_a_summary_record_gives_its_body_meeting_date_and_president() -> None:
    """The masthead's banner names the body of a summary record (…/SR.1), only because the
    reference data knows that name; the meeting, its date and the President come from its head."""
    path = CORPUS / "cosp-8-summary-record-2019.en.txt"
    record = ingest_text(path.read_text(encoding="utf-8")).record
    assert record.bodies[0].name == {
        "en": "Conference of the States Parties to the United Nations Convention against "
              "Corruption"}
    assert record.report.symbol is not None and str(record.report.symbol) == "CAC/COSP/2019/SR.1"
    (meeting,) = record.sessions[0].meetings.items
    assert (meeting.number, meeting.date) == (1, dt.date(2019, 12, 16))
    assert [(p.name, p.role, p.state) for p in record.officers] == [
        ("Abdulla Al Kaabi", "president", "ARE")]


def test_a_banner_the_reference_data_does_not_know_is_no_body() -> None:
    text = (CORPUS / "cosp-8-summary-record-2019.en.txt").read_text(encoding="utf-8")
    text = text.replace("United Nations Convention against Corruption   ",
                        "Convention on Something Else                   ")
    with pytest.raises(NotAReport, match="no body"):
        ingest_text(text)
