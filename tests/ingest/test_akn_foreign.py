"""Akoma Ntoso written by other tools: read for what its metadata and references state, never
for its prose (the two documents in data/ were written by hand, as Indigo would)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sessional import services
from sessional.render.akn_check import problems

from ..conftest import COSP_EXAMPLE, cli

DATA = Path(__file__).parent / "data"
DOC = DATA / "foreign-doc.akn.xml"
DEBATE = DATA / "foreign-debate.akn.xml"


def test_both_documents_are_valid_akoma_ntoso() -> None:
    assert problems(DOC.read_bytes(), "doc") == []
    assert problems(DEBATE.read_bytes(), "debateReport") == []


def test_a_doc_gives_its_body_symbol_dates_and_language() -> None:
    result = services.ingest_report(DOC)
    record = result.record
    assert [(b.key, b.symbol_series, b.name["fr"]) for b in record.bodies] == [
        ("COSP", "CAC/COSP", "Conférence des États parties à la Convention des Nations Unies "
                             "contre la corruption")]
    assert (str(record.report.symbol), record.report.original_language,
            str(record.report.date)) == ("CAC/COSP/2023/15", "fr", "2023-12-20")
    session = record.sessions[0]
    assert (session.body, str(session.dates.start), str(session.dates.end)) == (  # type: ignore[union-attr]
        "COSP", "2023-12-11", "2023-12-15")
    assert record.report.title == {"fr": "Rapport de la Conférence des États parties sur les "
                                         "travaux de sa dixième session"}
    assert record.statements == () and record.attendance.states_parties.status == "unknown"
    assert result.report.language == "fr"
    assert [(u["position"], u["reason"]) for u in result.report.unclassified] == [
        (46, "names the State EGY (#egy), which no fact places")]


def test_a_debate_report_gives_who_spoke_under_which_item() -> None:
    result = services.ingest_report(DEBATE)
    record = result.record
    assert [(b.key, b.symbol_series) for b in record.bodies] == [("TA", "CTOC/COP/WG.2")]
    assert [i.number for i in record.sessions[0].agenda.items] == ["2"]
    (group,) = record.statements
    assert [(i.body, i.number) for i in group.items.items] == [("TA", "2")]
    assert [(s.delegation.state, s.delegation.organization.key if s.delegation.organization
             else None, s.on_behalf_of) for s in group.statements.items] == [
        ("EGY", None, "Group of 77 and China"), ("AUT", None, None), (None, "eu", None),
        ("MEX", None, None)]  # Mexico: named in the speaker's line of Ms. Ivanova's speech
    assert (str(record.report.date), record.report.original_language) == ("2018-07-02", "en")
    assert [(u["position"], u["reason"]) for u in result.report.unclassified] == [
        (70, "a <speech> by #atlantis, which names no State or organization the reference data "
             "knows"),
        (77, "AUT speaks under no agenda item its references state"),
        (67, "names /akn/un/ontology/person/ivanova (#ivanova), which no fact places")]


def test_a_body_the_data_does_not_know_is_the_name_stated_with_its_symbols_series(
        tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8").replace(
        "Conférence des États parties à la Convention des Nations Unies contre la corruption",
        "Groupe de travail sur la prévention").replace(
        "CAC/COSP/2023/15", "CAC/COSP/WG.4/2023/3")
    path = tmp_path / "other.akn.xml"
    path.write_text(text, encoding="utf-8")
    record = services.ingest_report(path).record
    assert [(b.key, b.symbol_series, b.name) for b in record.bodies] == [
        ("B1", "CAC/COSP/WG.4", {"fr": "Groupe de travail sur la prévention"})]


def test_a_body_named_without_a_series_gives_no_record_but_says_what_was_read(
        tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8").replace(
        "Conférence des États parties à la Convention des Nations Unies contre la corruption",
        "Groupe de travail sur la prévention").replace(
        "<docNumber>CAC/COSP/2023/15</docNumber>", "<docNumber>n° 15</docNumber>")
    path = tmp_path / "unnumbered.akn.xml"
    path.write_text(text, encoding="utf-8")
    code, out, err = cli("ingest", str(path))
    said = " ".join(err.split())
    assert (code, out) == (2, "")
    assert "states no body with a name and a symbol series" in said
    assert "read: FRBRlanguage fra; FRBRdate 2023-12-20 (issuance); FRBRcountry un; docNumber " \
           "'n° 15' (not a UN document symbol); FRBRnumber 'cac-cosp-2023-15' (not a UN " \
           "document symbol); docDate 2023-12-20; docTitle 'Rapport de la Conférence des États " \
           "parties sur les travaux de sa dixième session'; body 'Groupe de travail sur la " \
           "prévention'; " \
           "session 2023-12-11/2023-12-15" in said


def test_the_cli_writes_the_record_of_a_debate_report(tmp_path: Path) -> None:
    out_path = tmp_path / "record.json"
    code, said, err = cli("ingest", str(DEBATE), "-o", str(out_path))
    assert code == 0, err
    assert "read a en report: 0 numbered paragraphs, 8 blocks" in said  # 2 sections, 6 speeches
    assert "unclassified line 70 (statements): a <speech> by #atlantis" in said
    data = json.loads(out_path.read_text(encoding="utf-8"))
    assert [s["delegation"] for s in data["statements"][0]["statements"]["items"]] == [
        {"state": "EGY"}, {"state": "AUT"}, {"organization": {"key": "eu"}}, {"state": "MEX"}]


def test_lang_gives_the_language_of_a_document_stating_none(tmp_path: Path) -> None:
    path = tmp_path / "nolang.akn.xml"
    path.write_text(DOC.read_text(encoding="utf-8").replace(
        '<FRBRlanguage language="fra"/>', ""), encoding="utf-8")
    code, _, err = cli("ingest", str(path))
    assert code == 2
    assert "gives no record: it states no FRBRlanguage (give --lang)" in " ".join(err.split())
    record = services.ingest_report(path, "fr").record
    assert (record.report.original_language, record.bodies[0].key) == ("fr", "COSP")
    code, _, err = cli("ingest", str(DOC), "--lang", "es")
    assert code == 2 and "--lang es, but the document is in fr" in err
    path.write_text(DOC.read_text(encoding="utf-8").replace('language="fra"', 'language="ita"'),
                    encoding="utf-8")
    code, _, err = cli("ingest", str(path))
    assert code == 2
    assert "gives no record: its FRBRlanguage, 'ita', is none of the six languages" in \
        " ".join(err.split())


@pytest.mark.parametrize(("stated", "said"), [
    ('value="2023-12-15/2023-12-11"', "the last day (2023-12-11) is before the first day "
                                      "(2023-12-15)"),
    ('value="2023-02-30/2023-03-01"', "'2023-02-30' is not a date"),
])
def test_session_dates_the_model_refuses_are_refused_in_one_line(stated: str, said: str,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "dates.akn.xml"
    path.write_text(DOC.read_text(encoding="utf-8").replace(
        'value="2023-12-11/2023-12-15"', stated), encoding="utf-8")
    code, out, err = cli("ingest", str(path))
    assert (code, out) == (2, "")
    assert f"{path}: not a report (the facts of the document do not make a record: " in err
    assert said in err and "Traceback" not in err


def test_sessionals_own_akn_without_its_facts_reads_as_any_other_tools(tmp_path: Path) -> None:
    """With `<proprietary>` removed, the AKN of the COSP example states its body (the author),
    its session's dates and its title, and nothing of its prose is read."""
    from lxml import etree

    from sessional.compose import compose_report
    from sessional.model import record_from_json
    from sessional.render.akn import render_akn

    record = record_from_json(COSP_EXAMPLE.read_text(encoding="utf-8"))
    root = etree.fromstring(render_akn(compose_report(record, "es"), record))
    for facts in root.iter("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}proprietary"):
        facts.getparent().remove(facts)
    path = tmp_path / "stripped.akn.xml"
    path.write_bytes(etree.tostring(root))
    back = services.ingest_report(path).record
    assert [(b.key, b.symbol_series) for b in back.bodies] == [("COSP", "CAC/COSP")]
    assert (str(back.sessions[0].dates.start), str(back.sessions[0].dates.end)) == (  # type: ignore[union-attr]
        "2025-12-15", "2025-12-19")
    assert back.report.original_language == "es" and list(back.report.title) == ["es"]
    assert back.attendance.states_parties.status == "unknown" and back.officers == ()
