"""Each ingest stage on its own."""

from __future__ import annotations

from sessional.ingest.normalize import normalize
from sessional.ingest.segment import join, segment
from sessional.ingest.structure import heading_title, place
from sessional.ingest.values import parse_items, parse_number, parse_range


def texts(raw: str) -> list[str]:
    return [line.text.strip() for line in normalize(raw)]


def test_normalize_drops_page_furniture_and_keeps_content() -> None:
    raw = ("CTOC/COP/WG.3/2017/4\nfirst line\n\n   2\n\fCTOC/COP/WG.3/2017/4\nV.17-07234 (C)\n"
           "second line\nheld\n12\nmeetings\r\n")
    assert texts(raw) == ["CTOC/COP/WG.3/2017/4", "first line", "second line", "held", "12",
                          "meetings", ""]


def test_normalize_drops_our_markdowns_foot_of_page_1_only() -> None:
    text = ("United Nations · Distr.: General\n\n[…] <!-- foot of page 1, left: job number -->"
            "\n\n**Working Group**\n\n1. Text [……] <!-- a comment -->\n")
    assert [line.text for line in normalize(text)] == [
        "United Nations · Distr.: General", "", "**Working Group**", "", "1. Text [……]", ""]


def test_normalize_full_width_digits_and_brackets() -> None:
    assert texts("２０１７ 年 １０ 月［……］") == ["2017 年 10 月[……]"]


def test_double_spaced_pdf_text_is_undoubled() -> None:
    raw = "\n\n".join(["1. 第一行", "第二行", "第三行", "第四行", "第五行"]) + "\n \n2. 下一段"
    blocks = segment(normalize(raw))
    assert [(b.number, b.text) for b in blocks] == [(1, "第一行第二行第三行第四行第五行"),
                                                    (2, "下一段")]


def test_join_follows_each_script() -> None:
    assert join("于 2016", "年 10 月") == "于 2016 年 10 月"
    assert join("国际合", "作工作组") == "国际合作工作组"
    assert join("CTOC/COP/", "WG.2/2017/2") == "CTOC/COP/WG.2/2017/2"
    assert join("Con-", "vention") == "Convention"
    assert join("the", "Convention") == "the Convention"


def test_segment_paragraphs_entries_and_headings() -> None:
    raw = ("C. Adoption\n20. The Group adopted the following agenda:\n    1. Matters:\n"
           "        (a) Opening;\n\n        (b) Adoption.\n    2. Other.\n21. Next paragraph.\n")
    blocks = segment(normalize(raw), lambda t: t.startswith("C. "))
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph"]
    agenda = blocks[1]
    assert [(e.label, e.text, [(c.label, c.text) for c in e.children]) for e in agenda.entries] \
        == [("1.", "Matters:", [("(a)", "Opening;"), ("(b)", "Adoption.")]), ("2.", "Other.", [])]


def test_arabic_paragraph_numbers_as_un_arabic_documents_print_them() -> None:
    raw = ("1 - افتتحت الدورة.\n\n2 - وحضرها ممثلو الدول.\n\n٣ - واعتمد التقرير.\n"
           "4- نص آخر.\n")
    blocks = segment(normalize(raw))
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("paragraph", 1, "افتتحت الدورة."), ("paragraph", 2, "وحضرها ممثلو الدول."),
        ("paragraph", 3, "واعتمد التقرير."), ("paragraph", 4, "نص آخر.")]


def test_structure_finds_chapters_and_sections_by_their_titles() -> None:
    assert heading_title("IV. Organization of the meeting", "en") == "Organization of the meeting"
    assert heading_title("四. 会议安排", "zh") == "Organization of the meeting"
    assert heading_title("رابعاً- تنظيم الاجتماع", "ar") == "Organization of the meeting"
    assert heading_title("IV. Something else", "en") is None
    blocks = segment(normalize("I. Introduction\n\n1. Text.\n\nIV. Organization of the meeting\n"
                               "\nA. Opening of the meeting\n\n2. More text.\n"),
                     lambda t: heading_title(t, "en") is not None)
    placed = place(blocks, "en", [])
    assert [(p.chapter, p.section) for p in placed if p.block.kind == "paragraph"] == [
        ("introduction", None), ("organization", "opening")]


def test_values() -> None:
    assert parse_range("du 29 septembre au 3 octobre 2017", "fr") is not None
    assert parse_number("huit", "fr", "count-rule-set") == 8
    assert parse_number("1-м", "ru", "ordinal-rule-set") == 1
    assert parse_items("2 [to 4]", "en") == ([("2", False), ("3", True), ("4", True)], True)
    assert parse_items("nothing", "en") is None
