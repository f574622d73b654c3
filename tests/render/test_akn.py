"""Akoma Ntoso output: valid against the OASIS schema, the same eIds in every language."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from sessional import services
from sessional.compose import compose_report
from sessional.render.akn import AKN, render_akn
from sessional.render.akn_check import problems

EXAMPLE = Path(__file__).parents[2] / "examples" / "untoc-wg-2017.json"
LANGS = ("ar", "zh", "en", "fr", "es", "ru")


def _akn(lang: str) -> bytes:
    record = services.read_record(EXAMPLE)
    return render_akn(compose_report(record, lang), record)  # type: ignore[arg-type]


def _eids(data: bytes) -> list[str]:
    return [e.get("eId") for e in etree.fromstring(data).iter() if e.get("eId")]


def test_every_language_validates_and_carries_the_same_eids() -> None:
    docs = {lang: _akn(lang) for lang in LANGS}
    assert {lang: problems(d) for lang, d in docs.items()} == {lang: [] for lang in LANGS}
    en = _eids(docs["en"])
    assert "chp_4__sec_1__para_14" in en and "chp_3__hcontainer_1__sec_1__para_8" in en
    assert all(_eids(d) == en for d in docs.values())


def test_frbr_names_follow_the_pattern() -> None:
    root = etree.fromstring(_akn("fr"))
    values = [e.get("value") for e in root.iter(f"{{{AKN}}}FRBRthis")]
    assert values == ["/akn/un/doc/report/2017-10-13/draft-ctoc-cop-wg.3/!main",
                      "/akn/un/doc/report/2017-10-13/draft-ctoc-cop-wg.3/fra@/!main",
                      "/akn/un/doc/report/2017-10-13/draft-ctoc-cop-wg.3/fra@/!main.xml"]
    gap = root.find(f".//{{{AKN}}}docNumber/{{{AKN}}}placeholder")
    assert gap is not None and gap.get("{urn:x-sessional:akn:1}path") == "$.report.symbol"


def test_a_missing_eid_or_a_wrong_element_is_refused() -> None:
    good = _akn("en")
    no_eid = good.replace(b' eId="chp_4__sec_1__para_14"', b"", 1)
    wrong = good.replace(b"<docStage>Draft</docStage>", b"<stage>Draft</stage>", 1)
    assert any("<paragraph> has no eId" in p for p in problems(no_eid))
    assert any("stage" in p for p in problems(wrong))


def test_the_states_of_the_record_are_tlc_organizations_with_their_iso_code() -> None:
    refs = etree.fromstring(_akn("en")).find(f".//{{{AKN}}}references")
    assert refs is not None
    iran = refs.find(f"{{{AKN}}}TLCOrganization[@eId='state_irn']")
    assert iran is not None and iran.get("href") == "/akn/un/ontology/organization/state/IRN"


def test_the_names_in_the_text_refer_to_their_entries_with_the_path_of_their_fact() -> None:
    root = etree.fromstring(_akn("fr"))
    path = "{urn:x-sessional:akn:1}path"
    austria = root.find(f".//{{{AKN}}}organization[@refersTo='#state_aut']")
    assert austria is not None
    assert (austria.text, austria.get(path)) == ("Autriche", "$.attendance.states_parties.items[4]")
    chair = root.find(f".//{{{AKN}}}person[@refersTo='#officer_1']")
    assert chair is not None
    assert (chair.text, chair.get("as"), chair.get(path)) == (
        "Thomas Burrows", "#role_chair", "$.officers[0]")
    person = root.find(f".//{{{AKN}}}TLCPerson[@eId='officer_1']")
    assert person is not None and person.get("href") == "/akn/un/ontology/person/thomas-burrows"
    opened = root.find(f".//{{{AKN}}}date[@date='2017-10-09']")
    assert opened is not None and opened.text == "9 octobre 2017"
    symbol = root.find(f".//{{{AKN}}}mainBody//{{{AKN}}}docNumber")
    assert symbol is not None and symbol.get("refersTo") == "#document_1"
    document = root.find(f".//{{{AKN}}}TLCReference[@eId='document_1']")
    assert document is not None and document.get("href") == \
        "/akn/un/doc/symbol/ctoc-cop-wg.3-2017-1-ctoc-cop-wg.2-2017-1"


def test_sessions_venues_and_agenda_items_are_named_by_reference() -> None:
    fr = etree.fromstring(_akn("fr"))
    session = fr.find(f".//{{{AKN}}}preface//{{{AKN}}}session[@refersTo='#session_2']")
    assert session is not None
    assert (session.text, session.get("value")) == ("10-13 octobre 2017", "2017-10-10/2017-10-13")
    event = fr.find(f".//{{{AKN}}}TLCEvent[@eId='session_2']")
    assert event is not None and event.get("href") == \
        "/akn/un/ontology/event/session/ctoc-cop-wg.2/2017-10-10"
    venue = fr.find(f".//{{{AKN}}}location[@refersTo='#venue_1']")
    assert venue is not None and venue.text == "Vienne"
    zh = etree.fromstring(_akn("zh"))
    item = zh.find(f".//{{{AKN}}}concept[@refersTo='#item_2_3']")
    assert item is not None and item.text == \
        "缔约国就《联合国打击跨国有组织犯罪公约》及其各项议定书的实施和相关技术援助提供信息的状况"
    concept = zh.find(f".//{{{AKN}}}TLCConcept[@eId='item_2_3']")
    assert concept is not None and concept.get("href") == \
        "/akn/un/ontology/concept/agenda-item/ctoc-cop-wg.2/3"


def test_statements_paragraphs_are_marked_and_their_speakers_refer_to_their_states() -> None:
    """The four groups of statements of the example are `paragraph class="statements"` (the
    schema allows no `speech` there); the first names its fourteen speakers by reference."""
    for lang in ("ru", "zh"):
        data = _akn(lang)
        assert problems(data) == []
        root = etree.fromstring(data)
        marked = root.findall(f".//{{{AKN}}}paragraph[@class='statements']")
        assert [p.get("eId") for p in marked] == [f"chp_4__sec_2__para_{n}" for n in
                                                  (16, 17, 18, 19)]
        speakers = [o.get("refersTo") for o in marked[0].iter(f"{{{AKN}}}organization")]
        assert sorted(speakers) == [f"#state_{c}" for c in (
            "arg", "can", "col", "deu", "dza", "ecu", "gbr", "mar", "mex", "nga", "pak", "rou",
            "sdn", "usa")]  # in each language's order of names
    other = root.find(f".//{{{AKN}}}paragraph[@eId='chp_4__sec_1__para_15']")
    assert other is not None and other.get("class") is None


def test_a_speech_inside_a_paragraph_is_not_valid_akoma_ntoso() -> None:
    """Why the statements are not `speech`es: the schema refuses one in a paragraph's content
    (and `by` on an inline organization)."""
    good = _akn("en")
    speech = good.replace(b'<p>Under agenda items 2 ', b'<speech by="#state_dza"><p>x</p>'
                          b'</speech><p>Under agenda items 2 ', 1)
    by = good.replace(b'<organization refersTo="#state_dza"',
                      b'<organization by="#state_dza" refersTo="#state_dza"', 1)
    assert speech != good and by != good
    assert any("speech': This element is not expected" in p for p in problems(speech))
    assert any("attribute 'by' is not allowed" in p for p in problems(by))
