"""Akoma Ntoso read back: the record's facts from the document's references, never its prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sessional import services
from sessional.compose import compose_report
from sessional.model import record_from_json
from sessional.render.akn import render_akn
from sessional.render.akn_check import problems

from ..conftest import EXAMPLE, cli
from .facts import facts

LANGS = ("ar", "zh", "en", "fr", "es", "ru")


def _akn(lang: str) -> bytes:
    record = record_from_json(EXAMPLE.read_text(encoding="utf-8"))
    return render_akn(compose_report(record, lang), record)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_the_akn_of_each_language_reads_back_into_the_example_facts(lang: str,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / f"report.{lang}.akn.xml"
    path.write_bytes(_akn(lang))
    result = services.ingest_report(path)
    example = record_from_json(EXAMPLE.read_text(encoding="utf-8"))
    assert result.report.language == lang
    assert facts(result.record, lang, True) == facts(example, lang, True)
    a = result.record.attendance  # the gaps come back as gaps
    assert (a.states_parties.status, len(a.states_parties.items), a.states_parties.items[4]) == (
        "partial", 76, "AUT")
    assert (a.specialized_agencies.status, a.specialized_agencies.items) == ("partial", ())
    assert (a.intergovernmental_organizations.status,
            [o.key for o in a.intergovernmental_organizations.items]) == ("partial", ["gcc_ciccd"])
    assert result.record.sessions[1].meetings_held.status == "unknown"  # type: ignore[union-attr]
    assert (result.report.unclassified, result.report.warnings) == ([], [])


def test_the_file_is_known_by_its_root_element_not_its_name(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(_akn("zh"))
    code, out, err = cli("ingest", str(path))
    assert code == 0, err
    assert json.loads(out)["sessions"][0]["venue"]["zh"] == "维也纳"
    assert "read a zh report: 29 numbered paragraphs" in err


def test_a_state_is_the_iso_code_its_reference_carries(tmp_path: Path) -> None:
    """The attendance list is rebuilt from the references: change the reference, change the
    fact (and not the text, which still says Austria)."""
    path = tmp_path / "report.akn.xml"
    path.write_bytes(_akn("en").replace(b"organization/state/AUT", b"organization/state/AUS"))
    parties = services.ingest_report(path).record.attendance.states_parties.items
    assert parties[3:6] == ("ARG", "AUS", "BOL")


def test_a_name_in_the_text_that_contradicts_its_fact_is_a_warning(tmp_path: Path) -> None:
    """Someone edits the list in the text to point Austria at Bolivia: the reader says where,
    and keeps the fact."""
    data = _akn("en")
    mention = b'refersTo="#state_aut" sessional:path="$.attendance.states_parties.items[4]"'
    line = data[:data.index(mention)].count(b"\n") + 1
    path = tmp_path / "edited.akn.xml"
    path.write_bytes(data.replace(mention, mention.replace(b"state_aut", b"state_bol")))
    result = services.ingest_report(path)
    assert result.record.attendance.states_parties.items[4] == "AUT"
    assert result.report.warnings == [
        f"{path}, line {line}: the text names 'Austria' (BOL) where the facts hold AUT "
        "($.attendance.states_parties.items[4]); the facts are kept"]


def test_a_fact_pointing_at_no_reference_is_refused_with_its_line(tmp_path: Path) -> None:
    data = _akn("en")
    path = tmp_path / "report.akn.xml"
    path.write_bytes(data.replace(b'refersTo="#state_bol"', b'refersTo="#state_xyz"'))
    code, _, err = cli("ingest", str(path))
    line = data[:data.index(b'refersTo="#state_bol"')].count(b"\n") + 1
    assert code == 2
    assert f"report.akn.xml, line {line}: refersTo '#state_xyz' names no entry of " \
           "<references>" in err


FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <doc name="report">
    <meta>
      <identification source="#indigo">
        <FRBRWork>
          <FRBRthis value="/akn/un/doc/report/2020-05-04/x-1/!main"/>
          <FRBRuri value="/akn/un/doc/report/2020-05-04/x-1"/>
          <FRBRdate date="2020-05-04" name="issuance"/>
          <FRBRauthor href="#indigo"/>
          <FRBRcountry value="un"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/un/doc/report/2020-05-04/x-1/eng@/!main"/>
          <FRBRuri value="/akn/un/doc/report/2020-05-04/x-1/eng@"/>
          <FRBRdate date="2020-05-04" name="issuance"/>
          <FRBRauthor href="#indigo"/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="/akn/un/doc/report/2020-05-04/x-1/eng@/!main.xml"/>
          <FRBRuri value="/akn/un/doc/report/2020-05-04/x-1/eng@/!main.xml"/>
          <FRBRdate date="2020-05-04" name="generation"/>
          <FRBRauthor href="#indigo"/>
        </FRBRManifestation>
      </identification>
      <references source="#indigo">
        <TLCOrganization eId="indigo" href="/akn/un/ontology/organization/indigo" showAs="Indigo"/>
        <TLCOrganization eId="aut" href="/akn/un/ontology/organization/state/AUT" showAs="Austria"/>
      </references>
    </meta>
    <mainBody>
      <p>The representative of <organization refersTo="#aut">Austria</organization> spoke.</p>
    </mainBody>
  </doc>
</akomaNtoso>
"""


def test_an_akn_doc_from_another_tool_gives_no_invented_facts(tmp_path: Path) -> None:
    """A valid AKN `doc` naming Austria by reference, with no body, session or list of
    participants: no record is made up from it, and Austria is reported as not placed."""
    assert problems(FOREIGN.encode()) == []
    path = tmp_path / "indigo.xml"
    path.write_text(FOREIGN, encoding="utf-8")
    code, out, err = cli("ingest", str(path))
    assert (code, out) == (2, "")
    assert "an Akoma Ntoso <doc> without sessional's facts gives no record: it states no body " \
           "with a name and a symbol series" in " ".join(err.split())
    assert "read: FRBRlanguage eng; FRBRdate 2020-05-04 (issuance); FRBRcountry un;" in \
        " ".join(err.split())
    assert "not placed: line 33: 'Austria' names the State AUT (#aut), which no fact " \
           "places" in " ".join(err.split())


def test_malformed_xml_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.akn.xml"
    path.write_text('<?xml version="1.0"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/'
                    'legaldocml/ns/akn/3.0">\n  <doc name="report"><meta>\n</doc>\n',
                    encoding="utf-8")
    code, out, err = cli("ingest", str(path))
    assert (code, out) == (2, "")
    assert "broken.akn.xml, line 4: not well-formed XML (Opening and ending tag mismatch" in \
        " ".join(err.split())


def test_xml_that_is_not_akoma_ntoso_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"/>\n',
                    encoding="utf-8")
    code, _, err = cli("ingest", str(path))
    assert code == 2
    assert "the root element is <html> in http://www.w3.org/1999/xhtml, not Akoma Ntoso" in \
        " ".join(err.split())


def test_a_doctype_and_its_external_entity_are_refused_unread(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    data = _akn("fr").replace(b"<akomaNtoso", f'<!DOCTYPE akomaNtoso [<!ENTITY s SYSTEM '
                              f'"{secret.as_uri()}">]>\n<akomaNtoso'.encode(), 1)
    data = data.replace(b"<sessional:fact path=\"$.sessions[0].venue.en\">Vienna<",
                        b"<sessional:fact path=\"$.sessions[0].venue.en\">&s;<", 1)
    path = tmp_path / "report.akn.xml"
    path.write_bytes(data)
    code, out, err = cli("ingest", str(path))
    assert "TOP-SECRET" not in out + err
    assert (code, out) == (2, "")
    assert "report.akn.xml, line 1: a DOCTYPE is refused" in err


@pytest.mark.parametrize(("fact", "said"), [
    (b'<sessional:fact path="$.x' + b".a" * 5000 + b'">v</sessional:fact>',
     "a path 5001 steps deep; a record is at most 64 deep"),
    (b'<sessional:fact path="$.y" value="' + b"[" * 100000 + b']"/>',
     "value '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' is not a JSON value"),
    (b'<sessional:fact path="$.sessions[9].body" refersTo="#body_ic"/>',
     "$.sessions[9].body: comes before the facts it follows"),
])
def test_hostile_facts_are_refused_in_one_line(fact: bytes, said: str, tmp_path: Path) -> None:
    data = _akn("en")
    first = b'<sessional:fact path="$.format"'
    line = data[:data.index(first)].count(b"\n") + 1
    path = tmp_path / "hostile.akn.xml"
    path.write_bytes(data.replace(first, fact + b"\n" + first, 1))
    code, out, err = cli("ingest", str(path))
    assert (code, out) == (2, "")
    assert f"hostile.akn.xml, line {line}: {said}" in " ".join(err.split())


def test_session_dates_in_the_text_that_contradict_the_facts_are_a_warning(
        tmp_path: Path) -> None:
    data = _akn("zh")
    said = b'refersTo="#session_2" value="2017-10-10/2017-10-13"'
    line = data[:data.index(said)].count(b"\n") + 1
    path = tmp_path / "edited.akn.xml"
    path.write_bytes(data.replace(said, said.replace(b"10-10/", b"10-11/")))
    result = services.ingest_report(path)
    assert result.report.warnings == [
        f"{path}, line {line}: the text dates the session '2017 年 10 月 10 日至 13 日' "
        "2017-10-11/2017-10-13 where the facts hold 2017-10-10/2017-10-13 "
        "($.sessions[1].dates); the facts are kept"]


def test_lang_must_be_the_language_the_akn_states(tmp_path: Path) -> None:
    """--lang is held against FRBRlanguage: the same language reads, another is refused (the
    record is not turned into a French one), and a document stating none takes --lang."""
    path = tmp_path / "report.en.akn.xml"
    path.write_bytes(_akn("en"))
    assert cli("ingest", str(path), "--lang", "en")[0] == 0
    code, out, err = cli("ingest", str(path), "--lang", "fr")
    assert (code, out) == (2, "")
    assert f"{path}: --lang fr, but the document is in en (its FRBRlanguage): give --lang en " \
           "or auto" in " ".join(err.split())
    unstated = tmp_path / "unstated.akn.xml"
    unstated.write_bytes(_akn("zh").replace(b'<FRBRlanguage language="zho"/>', b""))
    assert services.ingest_report(unstated, "zh").report.language == "zh"
    assert services.ingest_report(unstated).report.language == "unknown"
