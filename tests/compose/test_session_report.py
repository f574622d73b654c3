"""The report of a session of a Conference of the States Parties (issue 13): its title with the
session's ordinal, the session's chapter and words, its President, no chapter it does not have,
and one placeholder for the attendance still unknown. Expected strings follow the UN documents
cited in the catalogues' translator comments (CAC/COSP/2009/15, CTOC/COP/2018/13, …)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sessional.compose import Heading, Paragraph, Placeholder, Report, compose_report, plain
from sessional.model import Record, record_from_data
from sessional.refdata import body_templates, conventions, place_by_name

from ..conftest import COSP_EXAMPLE, EXAMPLE

VIENNA = {lang: place_by_name("Vienna").names[lang]  # type: ignore[union-attr]
          for lang in ("ar", "zh", "en", "fr", "es", "ru")}
PRESIDENT = {"name": "Ana Pérez", "role": "president", "state": "ESP"}


def cosp(**changes: Any) -> Record:
    data: dict[str, Any] = json.loads(COSP_EXAMPLE.read_text(encoding="utf-8"))
    session = data["sessions"][0]
    for key, value in changes.items():
        if key in {"ordinal", "venue", "meetings_held", "dates"}:
            session[key] = value
        elif key == "status":
            data["report"]["status"] = value
        else:
            data[key] = value
    return record_from_data(data)


def report(lang: str, **changes: Any) -> Report:
    return compose_report(cosp(**changes), lang)  # type: ignore[arg-type]


def headings(r: Report, level: int) -> list[str]:
    return [f"{b.label} {plain(b.parts)}" for b in r.blocks
            if isinstance(b, Heading) and b.level == level]


def test_the_english_title_prints_the_session_and_its_ordinal() -> None:
    assert plain(report("en", status="final").title) == (
        "Report of the Conference of the States Parties to the United Nations Convention "
        "against Corruption on its eleventh session, held in Doha from 15 to 19 December 2025")
    assert plain(report("en").title) == (
        "Draft report of the Conference of the States Parties to the United Nations Convention "
        "against Corruption on its eleventh session, held in Doha from 15 to 19 December 2025")


def test_the_french_and_chinese_titles_follow_the_un_pattern() -> None:
    assert plain(report("fr", status="final").title) == (
        "Rapport de la Conférence des États parties à la Convention des Nations Unies contre la "
        "corruption sur les travaux de sa onzième session, tenue à Doha du 15 au 19 décembre "
        "2025")
    assert plain(report("zh", status="final").title) == (
        "联合国反腐败公约缔约国会议第十一届会议报告 2025 年 12 月 15 日至 19 日在多哈举行")
    assert plain(report("zh").title).startswith("联合国反腐败公约缔约国会议第十一届会议报告草稿 ")


def test_russian_puts_the_body_in_the_genitive_and_vienna_in_the_locative() -> None:
    assert plain(report("ru", status="final", venue=VIENNA).title) == (
        "Доклад Конференции государств – участников Конвенции Организации Объединенных Наций "
        "против коррупции о работе ее одиннадцатой сессии, проведенной в Вене 15-19 декабря "
        "2025 года")


def test_a_case_form_without_a_source_is_a_gap_not_a_guess() -> None:
    """No sourced locative of Доха: the Russian title shows a gap. The record has no Spanish
    name of Doha; the reference data's sourced one (places.csv: CAC/COSP/2009/15 in Spanish)
    stands in for it, and a city without one stays a gap."""
    ru = report("ru").title
    marks = [p for p in ru if isinstance(p, Placeholder)]
    assert [(m.kind, m.path) for m in marks] == [("missing_name", "$.sessions[0].venue")]
    assert "проведенной в […] 15-19 декабря 2025 года" in plain(ru)
    es = plain(report("es").title)
    assert "celebrado en Doha del 15 al 19 de diciembre de 2025" in es
    elsewhere = plain(report("es", venue={"en": "Sharm el-Sheikh"}).title)
    assert "celebrado en […] del 15 al 19 de diciembre de 2025" in elsewhere


@pytest.mark.parametrize(("ordinal", "lang", "expected"), [
    (1, "es", "sobre su primer período de sesiones"),
    (4, "es", "sobre su cuarto período de sesiones"),
    (11, "es", "sobre su 11º período de sesiones"),
    (3, "en", "on its third session"),
    (21, "en", "on its twenty-first session"),
    (9, "fr", "sur les travaux de sa neuvième session"),
    (4, "ru", "о работе ее четвертой сессии"),
    (6, "ar", "عن أعمال دورته السادسة"),
    (11, "ar", "عن أعمال دورته الحادية عشرة"),
    (8, "zh", "第八届会议报告"),
])
def test_the_ordinal_is_written_as_each_language_writes_it(ordinal: int, lang: str,
                                                            expected: str) -> None:
    assert expected in plain(report(lang, ordinal=ordinal).title)


def test_an_unknown_ordinal_is_a_placeholder() -> None:
    title = report("en", ordinal={"status": "unknown"}).title
    assert "on its […] session, held in Doha" in plain(title)


def test_the_chapters_are_those_of_a_session_without_recommendations() -> None:
    en = report("en")
    assert headings(en, 1) == ["I. Introduction", "II. Organization of the session",
                               "III. Adoption of the report"]
    assert headings(en, 2) == ["A. Opening of the session",
                               "B. Adoption of the agenda and organization of work",
                               "C. Attendance", "D. Documentation"]
    assert headings(report("fr"), 1)[1] == "II. Organisation de la session"
    assert headings(report("fr"), 2)[0] == "A. Ouverture de la session"
    assert headings(report("es"), 1)[1] == "II. Organización del período de sesiones"


def test_recommendations_the_record_has_get_their_chapter() -> None:
    text = {"en": "States parties should share good practices."}
    narrative = {"recommendations": [{"body": "COSP", "paragraphs": {
        "status": "complete", "items": [{"text": text, "source_language": "en"}]}}]}
    en = report("en", narrative=narrative)
    assert headings(en, 1)[1] == "II. Recommendations"
    assert "States parties should share good practices." in [plain(p.parts)
                                                             for p in en.paragraphs]


def test_the_session_is_said_held_and_its_president_listed_among_the_officers() -> None:
    en = report("en", officers=[PRESIDENT], meetings_held=8)
    assert plain(en.paragraphs[0].parts) == (
        "The Conference of the States Parties to the United Nations Convention against "
        "Corruption held its eleventh session in Doha from 15 to 19 December 2025, during "
        "which it held eight meetings.")
    assert headings(en, 2)[:2] == ["A. Opening of the session", "B. Election of officers"]
    assert _officers(en) == ["The following officers were elected:",
                             "President: Ana Pérez (Spain)"]
    fr = report("fr", officers=[PRESIDENT], meetings_held=1)
    assert plain(fr.paragraphs[0].parts) == (
        "La Conférence des États parties à la Convention des Nations Unies contre la corruption "
        "a tenu sa onzième session à Doha du 15 au 19 décembre 2025, au cours de laquelle une "
        "séance a été tenue.")
    zh = report("zh", officers=[PRESIDENT], meetings_held=8)
    assert plain(zh.paragraphs[0].parts) == (
        "联合国反腐败公约缔约国会议于 2025 年 12 月 15 日至 19 日在多哈举行了第十一届会议，"
        "其间共举行了八次会议。")


OFFICERS = [
    {"name": "Ana Pérez", "role": "president", "state": "ESP", "gender": "feminine"},
    {"name": "Li Wei", "role": "vice_president", "state": "CHN",
     "name_forms": {"ru": "Ли Вэй", "zh": "李伟"}},
    {"name": "Jean Dupont", "role": "vice_president", "state": "FRA", "gender": "masculine"},
    {"name": "Amina Diallo", "role": "rapporteur", "state": "SEN", "gender": "feminine"}]


def _officers(r: Report) -> list[str]:
    """The paragraph under 'Election of officers' and its lines."""
    at = next(i for i, b in enumerate(r.blocks) if isinstance(b, Heading) and b.level == 2
              and plain(b.parts) in {"Election of officers", "Élection du Bureau",
                                     "Elección de la Mesa", "Выборы должностных лиц",
                                     "انتخاب أعضاء المكتب", "选举主席团成员"})
    paragraph = r.blocks[at + 1]
    assert isinstance(paragraph, Paragraph)
    return [plain(paragraph.parts), *(plain(e.parts) for e in paragraph.entries)]


def test_the_officers_are_listed_by_role_with_the_title_agreeing_in_gender_and_number() -> None:
    nb = "\u00a0"
    assert _officers(report("en", officers=OFFICERS)) == [
        "The following officers were elected:", "President: Ana Pérez (Spain)",
        "Vice-Presidents: Li Wei (China)", "Jean Dupont (France)",
        "Rapporteur: Amina Diallo (Senegal)"]
    assert _officers(report("fr", officers=OFFICERS)) == [
        f"Les membres du Bureau ci-après ont été élus{nb}:", f"Présidente{nb}: Ana Pérez (Espagne)",
        f"Vice-Présidents{nb}: Li Wei (Chine)", "Jean Dupont (France)",
        f"Rapporteuse{nb}: Amina Diallo (Sénégal)"]
    assert _officers(report("es", officers=OFFICERS)) == [
        "Fueron elegidos los siguientes miembros de la Mesa:", "Presidenta: Ana Pérez (España)",
        "Vicepresidentes: Li Wei (China)", "Jean Dupont (Francia)",
        "Relatora: Amina Diallo (Senegal)"]
    assert _officers(report("ar", officers=OFFICERS)) == [
        "انتُخب أعضاء المكتب التالية أسماؤهم:", "الرئيسة: Ana Pérez (إسبانيا)",
        "نائبا الرئيس: Li Wei (الصين)", "Jean Dupont (فرنسا)", "المقررة: Amina Diallo (السنغال)"]
    assert _officers(report("zh", officers=OFFICERS)) == [
        "当选的主席团成员如下：", "主席：Ana Pérez（西班牙）", "副主席：李伟（中国）",
        "Jean Dupont（法国）", "报告员：Amina Diallo（塞内加尔）"]


def test_a_latin_name_in_the_russian_list_of_officers_is_a_gap_and_a_cyrillic_form_is_used(
        ) -> None:
    ru = report("ru", officers=OFFICERS)
    assert _officers(ru) == [
        "Были избраны следующие должностные лица:", "Председатель: […] (Испания)",
        "Заместители Председателя: Ли Вэй (Китай)", "[…] (Франция)", "Докладчик: […] (Сенегал)"]
    assert "$.officers[0].name_forms" in [g.path for g in ru.gaps]


def test_a_single_vice_president_and_a_meeting_report_without_the_section() -> None:
    vice = {"name": "Li Wei", "role": "vice_president", "state": "CHN"}
    record = cosp(officers=[PRESIDENT, vice])
    assert [p.role for p in record.officers] == ["president", "vice_president"]
    en = compose_report(record, "en")
    assert _officers(en)[1:] == ["President: Ana Pérez (Spain)", "Vice-President: Li Wei (China)"]
    assert "Li Wei" not in plain(en.paragraphs[0].parts)
    example = compose_report(record_from_data(json.loads(EXAMPLE.read_text("utf-8"))), "en")
    assert "B. Election of officers" not in headings(example, 2)  # a joint working-group meeting


def test_the_adoption_names_the_session() -> None:
    data = json.loads(COSP_EXAMPLE.read_text(encoding="utf-8"))
    data["report"]["adopted_on"] = "2025-12-19"
    en = compose_report(record_from_data(data), "en")
    assert plain(en.paragraphs[-1].parts) == (
        "On 19 December 2025, the Conference of the States Parties to the United Nations "
        "Convention against Corruption adopted the report on its eleventh session.")
    fr = compose_report(record_from_data(data), "fr")
    assert plain(fr.paragraphs[-1].parts) == (
        "Le 19 décembre 2025, la Conférence des États parties à la Convention des Nations Unies "
        "contre la corruption a adopté le rapport sur les travaux de sa onzième session.")


def attendance_blocks(r: Report) -> list[Paragraph]:
    start = next(i for i, b in enumerate(r.blocks) if isinstance(b, Heading)
                 and plain(b.parts) == "Attendance")
    end = next(i for i, b in enumerate(r.blocks) if i > start and isinstance(b, Heading))
    return [b for b in r.blocks[start + 1:end] if isinstance(b, Paragraph)]


def test_attendance_still_unknown_is_one_placeholder_not_nine() -> None:
    en = report("en")
    blocks = attendance_blocks(en)
    assert [(b.number, plain(b.parts)) for b in blocks] == [(None, "[…]")]
    gaps = [g for g in en.gaps if g.path == "$.attendance"]
    assert len(gaps) == 1 and gaps[0].kind == "unknown"
    assert "signatories" in (gaps[0].note or "")


def test_known_categories_keep_their_sentences_beside_the_one_placeholder() -> None:
    attendance = {"states_parties": {"status": "complete", "items": ["AUT", "QAT"]},
                  "non_governmental_organizations": {"status": "complete", "items": []}}
    blocks = attendance_blocks(report("en", attendance=attendance))
    assert [plain(b.parts) for b in blocks] == [
        "The following States parties to the Convention were represented at the session: "
        "Austria and Qatar.",
        "[…]"]
    assert blocks[1].number is None


def test_a_single_unknown_category_keeps_its_own_sentence_as_in_the_2017_draft() -> None:
    """The 2017 example leaves only the specialized agencies unknown: paragraph 25 stays."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    en = compose_report(record_from_data(data), "en")
    para25 = next(p for p in en.paragraphs if p.number == 25)
    assert plain(para25.parts) == ("The following specialized agencies of the United Nations "
                                   "system were represented by observers: […].")


def test_the_2017_working_groups_still_report_on_their_meeting() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    en = compose_report(record_from_data(data), "en")
    assert headings(en, 1)[3] == "IV. Organization of the meeting"
    assert plain(en.title).startswith("Draft report on the meeting of the Working Group")


def cop_untoc(ordinal: int, start: str, end: str) -> Record:
    """A session of the UNTOC Conference of the Parties, named as the reference data names it."""
    template = body_templates()["cop_untoc"]
    return record_from_data({
        "format": "sessional-record", "schema_version": 1,
        "convention": {"key": "UNTOC", "name": conventions()["UNTOC"].names},
        "bodies": [{"key": "COP", "kind": "conference", "name": template.names,
                    "article": {"en": "the", "fr": "la", "es": "la"},
                    "symbol_series": "CTOC/COP"}],
        "sessions": [{"body": "COP", "ordinal": ordinal, "ordinal_style": "session",
                      "dates": {"start": start, "end": end}, "venue": VIENNA}],
        "report": {"original_language": "en", "status": "final"}})


@pytest.mark.parametrize(("lang", "ordinal", "start", "end", "printed"), [
    ("en", 4, "2008-10-08", "2008-10-17",  # CTOC/COP/2008/19
     "Report of the Conference of the Parties to the United Nations Convention against "
     "Transnational Organized Crime on its fourth session, held in Vienna from 8 to 17 October "
     "2008"),
    ("es", 4, "2008-10-08", "2008-10-17",  # CTOC/COP/2008/19 (ES)
     "Informe de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la "
     "Delincuencia Organizada Transnacional sobre su cuarto período de sesiones, celebrado en "
     "Viena del 8 al 17 de octubre de 2008"),
    ("fr", 9, "2018-10-15", "2018-10-19",  # CTOC/COP/2018/13 (FR)
     "Rapport de la Conférence des Parties à la Convention des Nations Unies contre la "
     "criminalité transnationale organisée sur les travaux de sa neuvième session, tenue à "
     "Vienne du 15 au 19 octobre 2018"),
    ("ru", 4, "2008-10-08", "2008-10-17",  # CTOC/COP/2008/19 (RU), hyphen as printed (row 99)
     "Доклад Конференции участников Конвенции Организации Объединенных Наций против "
     "транснациональной организованной преступности о работе ее четвертой сессии, проведенной "
     "в Вене 8-17 октября 2008 года"),
])
def test_the_untoc_conference_titles_read_as_the_un_printed_them(
        lang: str, ordinal: int, start: str, end: str, printed: str) -> None:
    """Titles of real reports (un_phrase_evidence.csv, rows 10-title-COP) come out word for word."""
    report = compose_report(cop_untoc(ordinal, start, end), lang)  # type: ignore[arg-type]
    assert plain(report.title) == printed
