"""The list of documents each body had before it: its order and the symbols it names."""

from __future__ import annotations

import json

from sessional.compose import Mention, compose_report, plain
from sessional.model import record_from_data

from ..conftest import EXAMPLE


def test_each_symbol_of_the_list_is_a_mention_of_that_document() -> None:
    """Akoma Ntoso refers to each document by its symbol, the one the body lists first
    (the seed's paragraphs 27 and 28), with the path of the record's fact."""
    report = compose_report(record_from_data(json.loads(EXAMPLE.read_text(encoding="utf-8"))),
                            "en")
    found = {p.number: [(m.names, m.text, m.value, m.path) for e in p.entries for m in e.parts
                        if isinstance(m, Mention) and m.names == "document"]
             for p in report.paragraphs if p.number in (27, 28)}
    assert found == {
        27: [("document", "CTOC/COP/WG.3/2017/1-CTOC/COP/WG.2/2017/1",
              "CTOC/COP/WG.3/2017/1-CTOC/COP/WG.2/2017/1", "$.documents.items[0].symbol"),
             ("document", "CTOC/COP/WG.3/2017/2", "CTOC/COP/WG.3/2017/2",
              "$.documents.items[1].symbol"),
             ("document", "CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2",
              "CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2", "$.documents.items[2].symbol")],
        28: [("document", "CTOC/COP/WG.2/2017/1-CTOC/COP/WG.3/2017/1",
              "CTOC/COP/WG.2/2017/1-CTOC/COP/WG.3/2017/1", "$.documents.items[0].symbol"),
             ("document", "CTOC/COP/WG.2/2017/2-CTOC/COP/WG.3/2017/3",
              "CTOC/COP/WG.2/2017/2-CTOC/COP/WG.3/2017/3", "$.documents.items[2].symbol"),
             ("document", "CTOC/COP/WG.2/2017/3", "CTOC/COP/WG.2/2017/3",
              "$.documents.items[3].symbol")]}


def test_documents_are_listed_by_number_not_by_the_digits_of_their_symbols() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["documents"]["items"].insert(0, {"symbol": "CTOC/COP/WG.2/2017/10",
                                          "title": {"en": "Note by the Secretariat"},
                                          "bodies": ["TA"]})
    report = compose_report(record_from_data(data), "en")
    para28 = next(p for p in report.paragraphs if p.number == 28)
    assert [plain(e.parts) for e in para28.entries] == [
        "[…] (CTOC/COP/WG.2/2017/1-CTOC/COP/WG.3/2017/1);",
        "[…] (CTOC/COP/WG.2/2017/2-CTOC/COP/WG.3/2017/3);",
        "[…] (CTOC/COP/WG.2/2017/3);",
        "Note by the Secretariat (CTOC/COP/WG.2/2017/10)."]


Found = dict[int, tuple[str, list[str], tuple[str, ...]]]


def only_technical_assistance_documents(status: str) -> Found:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["documents"]["items"] = [d for d in data["documents"]["items"] if d["bodies"] == ["TA"]]
    data["documents"]["status"] = status
    report = compose_report(record_from_data(data), "en")
    return {p.number: (plain(p.parts), [plain(e.parts) for e in p.entries], p.facts)
            for p in report.paragraphs if p.number is not None and 27 <= p.number <= 29}


def test_a_body_known_to_have_had_no_documents_has_no_list_and_the_next_keeps_its_own() -> None:
    assert only_technical_assistance_documents("complete") == {
        27: ("The Working Group of Government Experts on Technical Assistance had before it the "
             "following documents:", ["[…] (CTOC/COP/WG.2/2017/3)."], ("$.documents.items[0]",)),
        28: ("On 13 October 2017, the two working groups adopted the report on their joint "
             "meeting, as amended.", [], ("$.report.adopted_on",))}


def test_a_body_whose_documents_are_still_to_come_has_a_list_that_is_a_gap() -> None:
    found = only_technical_assistance_documents("partial")
    assert found[27] == ("The Working Group on International Cooperation had before it the "
                         "following documents:", ["[…]"], ("$.documents",))
    assert found[28] == ("The Working Group of Government Experts on Technical Assistance had "
                         "before it the following documents:",
                         ["[…] (CTOC/COP/WG.2/2017/3);", "[…]"], ("$.documents.items[0]",))


def test_each_attendance_paragraph_names_the_list_it_states() -> None:
    report = compose_report(record_from_data(json.loads(EXAMPLE.read_text(encoding="utf-8"))),
                            "en")
    assert {p.number: p.facts for p in report.paragraphs if 22 <= (p.number or 0) <= 26} == {
        22: ("$.attendance.states_parties",),
        23: ("$.attendance.regional_economic_integration_organizations",),
        24: ("$.attendance.signatories",),
        25: ("$.attendance.specialized_agencies",),
        26: ("$.attendance.intergovernmental_organizations",)}


def documentation_gaps(status: str, items: bool = True) -> list[tuple[int | None, str, str]]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["documents"]["status"] = status
    if not items:
        data["documents"]["items"] = []
    report = compose_report(record_from_data(data), "en")
    return sorted({(g.paragraph, g.kind, g.path) for g in report.gaps
                   if g.path.startswith("$.documents")}, key=str)


def test_each_untranslated_title_and_a_list_still_to_come_are_gaps_of_their_own() -> None:
    """The example's titles are in Chinese only (the seed): in English each is a gap with the
    path of that document's title."""
    assert documentation_gaps("partial") == [
        (27, "missing_translation", "$.documents.items[0].title"),
        (27, "missing_translation", "$.documents.items[1].title"),
        (27, "missing_translation", "$.documents.items[2].title"),
        (27, "partial", "$.documents"),
        (28, "missing_translation", "$.documents.items[0].title"),
        (28, "missing_translation", "$.documents.items[2].title"),
        (28, "missing_translation", "$.documents.items[3].title"),
        (28, "partial", "$.documents")]


def test_documents_not_known_at_all_are_an_unknown_gap_for_each_body() -> None:
    assert documentation_gaps("unknown", items=False) == [(27, "unknown", "$.documents"),
                                                         (28, "unknown", "$.documents")]


def test_the_note_of_a_list_of_documents_still_to_come_goes_with_its_gap() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["documents"]["status"] = "partial"
    data["documents"]["note"] = "the seed lists three"
    report = compose_report(record_from_data(data), "en")
    assert [(g.paragraph, g.kind, g.note) for g in report.gaps if g.path == "$.documents"] == [
        (27, "partial", "the seed lists three"), (28, "partial", "the seed lists three")]


def test_the_day_of_adoption_is_a_mention_of_the_report_s_date() -> None:
    """Seed para 29: 2017 年 10 月 13 日, the two working groups adopted the report."""
    report = compose_report(record_from_data(json.loads(EXAMPLE.read_text(encoding="utf-8"))),
                            "en")
    para29 = next(p for p in report.paragraphs if p.number == 29)
    assert plain(para29.parts) == ("On 13 October 2017, the two working groups adopted the "
                                   "report on their joint meeting, as amended.")
    assert [(m.names, m.value, m.path) for m in para29.parts if isinstance(m, Mention)] == [
        ("date", "2017-10-13", "$.report.adopted_on")]
