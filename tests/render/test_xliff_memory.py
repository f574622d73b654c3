"""A translation from memory placed over the source's protected pieces (render/xliff.placed),
and the memory's look-up by kind of text and likeness (services/translation_memory.Memory)."""

from __future__ import annotations

from sessional.render.tmx import MemoryUnit
from sessional.render.xliff import Code, Proposal, placed, protect
from sessional.services.translation_memory import Memory

SOURCE = "工作组在 2006 年 10 月 9 日至 18 日举行第 2 次会议，见 CTOC/COP/WG.3/2017/2。"


def _french_date(code: Code) -> str | None:
    return "du 9 au 18 octobre 2006" if code.kind == "dates" else None


def test_each_protected_piece_is_found_in_the_translation_in_its_own_order() -> None:
    pieces = protect(SOURCE)
    found = placed(pieces, "Voir CTOC/COP/WG.3/2017/2 : 2e réunion du 9 au 18 octobre 2006.",
                   _french_date)
    assert found == ("Voir ", Code("3", "symbol", "CTOC/COP/WG.3/2017/2"), " : ",
                     Code("2", "number", "2"), "e réunion ",
                     Code("1", "dates", "2006 年 10 月 9 日至 18 日"), ".")


def test_a_number_inside_a_longer_one_is_not_it() -> None:
    pieces = protect("第 2 次会议")
    assert placed(pieces, "La 2017e réunion", _french_date) is None
    assert placed(pieces, "La réunion n° 2.", _french_date) == (
        "La réunion n° ", Code("1", "number", "2"), ".")


def test_a_translation_that_lost_a_piece_is_not_placed() -> None:
    assert placed(protect(SOURCE), "Voir CTOC/COP/WG.3/2017/2, 2e réunion.", _french_date) \
        is None


def _memory() -> Memory:
    return Memory([
        MemoryUnit("agenda item title", "zh", {"zh": "其他事项", "en": "Other matters"}),
        MemoryUnit("document title", "zh", {"zh": "其他事项", "en": "Miscellaneous"}),
        MemoryUnit(None, "zh", {"zh": "通过报告", "en": "Adoption of the report"}),
        MemoryUnit("agenda item title", "zh", {"zh": "在获得电子证据方面的最新动态",
                                               "en": "Recent developments"}),
        MemoryUnit("agenda item title", "zh", {"zh": "获得证据", "fr": "Obtention de preuves"}),
    ], "zh", "en")


def test_an_exact_match_is_of_the_same_kind_or_of_no_known_kind() -> None:
    memory = _memory()
    assert memory.exact("agenda item title", " 其他事项\n") == "Other matters"
    assert memory.exact("document title", "其他事项") == "Miscellaneous"
    assert memory.exact("body name", "其他事项") is None
    assert memory.exact("body name", "通过报告") == "Adoption of the report"


def test_fuzzy_matches_are_75_alike_or_more_and_never_the_source_itself() -> None:
    memory = _memory()
    assert memory.fuzzy("agenda item title", "在获得电子证据方面的最新发展动态") == [
        Proposal(93, "在获得电子证据方面的最新动态", "Recent developments")]
    assert memory.fuzzy("agenda item title", "在获得证据方面的发展") == []  # 67 alike
    assert memory.fuzzy("agenda item title", "其他事项") == []
    assert memory.fuzzy("document title", "在获得电子证据方面的最新发展动态") == []
