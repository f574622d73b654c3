"""What a Conference adopted at its session (issue 13, Deliver 1): chapter I, "Resolutions and
decisions adopted by the Conference …", listing each by number and title, and the section on
the report of the Bureau on credentials in the organization chapter. Expected strings follow
the UN reports the catalogues' comments cite (CAC/COSP/2009/15, CAC/COSP/2017/14)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sessional.compose import Heading, Paragraph, Report, compose_report, plain
from sessional.model import Record, RecordInvalid, record_from_data, record_to_data
from sessional.render import render_markdown

from ..conftest import COSP_EXAMPLE, EXAMPLE

CREDENTIALS = {"symbol": "CAC/COSP/2025/15", "adopted_at_meeting": 9, "adopted_on": "2025-12-19"}
ADOPTED = {"status": "complete", "items": [
    {"kind": "resolution", "number": "11/1", "title": {"en": "First title", "fr": "Premier titre",
                                                       "zh": "第一个标题", "ar": "العنوان الأول"}},
    {"kind": "resolution", "number": "11/2", "title": {"en": "Second title"}},
    {"kind": "decision", "number": "11/1", "title": {"en": "A decision", "zh": "一项决定",
                                                     "ar": "مقرر"}}]}


def cosp(**session: Any) -> Record:
    data: dict[str, Any] = json.loads(COSP_EXAMPLE.read_text(encoding="utf-8"))
    data["sessions"][0].update(session)
    return record_from_data(data)


def report(lang: str, **session: Any) -> Report:
    return compose_report(cosp(**session), lang)  # type: ignore[arg-type]


def headings(r: Report) -> list[str]:
    return [f"{b.label} {plain(b.parts)}".strip() for b in r.blocks if isinstance(b, Heading)]


def paragraphs(r: Report) -> list[str]:
    return [plain(b.parts) for b in r.blocks if isinstance(b, Paragraph)]


def entries(r: Report) -> list[str]:
    return [f"{e.label} {plain(e.parts)}" for b in r.blocks if isinstance(b, Paragraph)
            for e in b.entries]


def test_the_english_report_opens_with_what_the_conference_adopted() -> None:
    r = report("en", resolutions_and_decisions=ADOPTED)
    assert headings(r)[:4] == [
        "I. Resolutions and decisions adopted by the Conference of the States Parties to the "
        "United Nations Convention against Corruption", "A. Resolutions", "B. Decisions",
        "II. Introduction"]
    assert paragraphs(r)[:2] == [  # as unodc.org lists those of the seventh session
        "At its eleventh session, held in Doha from 15 to 19 December 2025, the Conference of "
        "the States Parties to the United Nations Convention against Corruption adopted the "
        "following resolutions:",
        "At its eleventh session, held in Doha from 15 to 19 December 2025, the Conference of "
        "the States Parties to the United Nations Convention against Corruption adopted the "
        "following decisions:"]
    assert entries(r)[:3] == ["11/1. First title", "11/2. Second title", "11/1. A decision"]


def test_only_resolutions_title_the_chapter_so_and_leave_out_the_decisions() -> None:
    only = {"status": "complete", "items": ADOPTED["items"][:2]}
    r = report("fr", resolutions_and_decisions=only)
    assert headings(r)[:3] == [
        "I. Résolutions adoptées par la Conférence des États parties à la Convention des "
        "Nations Unies contre la corruption", "A. Résolutions", "II. Introduction"]


def test_the_entries_in_chinese_and_arabic() -> None:
    zh, ar = (report(lang, resolutions_and_decisions=ADOPTED) for lang in ("zh", "ar"))
    assert headings(zh)[:3] == ["一. 联合国反腐败公约缔约国会议通过的决议和决定", "A. 决议",
                                "B. 决定"]
    held = "联合国反腐败公约缔约国会议在 2025 年 12 月 15 日至 19 日于多哈举行的第十一届会议上"
    assert paragraphs(zh)[:2] == [held + "通过了以下决议：", held + "通过了以下决定："]
    assert entries(zh)[:3] == ["11/1. 第一个标题", "11/2. [……]", "11/1. 一项决定"]
    assert headings(ar)[:3] == [
        "أولاً- القرارات والمقررات التي اعتمدها مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة "
        "لمكافحة الفساد", "ألف- القرارات", "باء- المقررات"]
    session = ("اعتمد مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، في دورته "
               "الحادية عشرة، المعقودة في الدوحة في الفترة من 15 إلى 19 كانون الأول/ديسمبر 2025، ")
    assert paragraphs(ar)[:2] == [session + "القرارات التالية:", session + "المقررات التالية:"]
    assert entries(ar)[:3] == ["11/1- العنوان الأول", "11/2- […]", "11/1- مقرر"]
    missing = [g for g in zh.gaps if g.path.startswith("$.sessions[0].resolutions")]
    assert [(g.kind, g.path) for g in missing] == [
        ("missing_translation", "$.sessions[0].resolutions_and_decisions.items[1].title")]


def test_the_credentials_paragraph_in_english_and_french() -> None:
    en, fr = (report(lang, credentials=CREDENTIALS) for lang in ("en", "fr"))
    assert "D. Adoption of the report of the Bureau on credentials" in headings(en)
    assert "At its 9th meeting, on 19 December 2025, the Conference of the States Parties to the " \
           "United Nations Convention against Corruption adopted the report of the Bureau on " \
           "credentials (CAC/COSP/2025/15)." in paragraphs(en)
    assert "D. Adoption du rapport du Bureau sur les pouvoirs" in headings(fr)
    assert "À sa 9e séance, le 19 décembre 2025, la Conférence des États parties à la " \
           "Convention des Nations Unies contre la corruption a adopté le rapport du Bureau sur " \
           "les pouvoirs (CAC/COSP/2025/15)." in paragraphs(fr)


def test_each_unknown_fact_is_one_gap() -> None:
    r = report("en", credentials={}, resolutions_and_decisions={"status": "unknown"})
    ours = [(g.kind, g.path) for g in r.gaps if g.path.startswith("$.sessions[0].credentials")
            or g.path.startswith("$.sessions[0].resolutions")]
    assert ours == [("unknown", "$.sessions[0].resolutions_and_decisions"),
                    ("unknown", "$.sessions[0].credentials.adopted_at_meeting"),
                    ("unknown", "$.sessions[0].credentials.adopted_on"),
                    ("unknown", "$.sessions[0].credentials.symbol")]
    text = render_markdown(r)
    assert "## I. Resolutions and decisions adopted by the Conference" in text
    assert "A. Resolutions" not in text  # no section for a kind not known to be adopted
    assert "At its […] meeting, on […], the Conference of the States Parties to the United " \
           "Nations Convention against Corruption adopted the report of the Bureau on " \
           "credentials ([…])." in paragraphs(r)


def test_a_partial_list_ends_with_its_one_gap() -> None:
    partial = {"status": "partial", "items": ADOPTED["items"][:1], "note": "more on Friday"}
    r = report("en", resolutions_and_decisions=partial)
    assert headings(r)[:3][1:] == ["A. Resolutions", "II. Introduction"]
    ours = [(g.kind, g.path, g.note) for g in r.gaps if "resolutions" in g.path]
    assert ours == [("partial", "$.sessions[0].resolutions_and_decisions", "more on Friday")]


def test_a_session_that_records_neither_has_neither() -> None:
    r = report("en")
    assert headings(r)[0] == "I. Introduction"
    assert not any("credentials" in h for h in headings(r))


def test_a_working_group_record_has_no_such_chapter_and_refuses_them() -> None:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    text = render_markdown(compose_report(record_from_data(data), "en"))
    assert "Resolutions" not in text and "credentials" not in text
    data["sessions"][0]["credentials"] = CREDENTIALS
    with pytest.raises(RecordInvalid) as refused:
        record_from_data(data)
    assert str(refused.value) == (
        "record: session of IC › credentials: only a conference's report on its own session "
        "records this; body 'IC' is not a conference, or the record is of a joint meeting "
        "($.sessions[0].credentials)")


def test_the_record_keeps_them_as_given() -> None:
    data = record_to_data(cosp(credentials=CREDENTIALS, resolutions_and_decisions=ADOPTED))
    session = data["sessions"][0]
    assert session["credentials"] == CREDENTIALS
    assert [(a["kind"], a["number"]) for a in session["resolutions_and_decisions"]["items"]] == \
        [("resolution", "11/1"), ("resolution", "11/2"), ("decision", "11/1")]
    assert "credentials" not in record_to_data(cosp())["sessions"][0]


def test_check_lists_each_gap_with_its_paragraph() -> None:
    from sessional.check import run_checks

    record = cosp(credentials={"adopted_at_meeting": 9, "adopted_on": "2025-12-19"},
                  resolutions_and_decisions={"status": "unknown"})
    found = {(f.path, f.paragraph, f.message) for f in run_checks(record, "en")
             if "credentials" in f.path or "resolutions" in f.path}
    conference = ("Conference of the States Parties to the United Nations Convention against "
                  "Corruption")
    assert found == {  # the chapter's gap is placed under its heading, not a section's
        ("$.sessions[0].resolutions_and_decisions", None,
         f"{conference}: resolutions and decisions adopted: unknown (I. Resolutions and "
         f"decisions adopted by the {conference})"),
        ("$.sessions[0].credentials.symbol", 3,
         f"{conference}: symbol of the report: unknown (paragraph 3)")}
