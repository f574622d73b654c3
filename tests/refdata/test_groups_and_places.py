"""Groups a delegation speaks for, bodies by their symbol series, places and names in a
grammatical case: the curated rows (refdata/curated/*.csv) as a user's record names them."""

from __future__ import annotations

import pytest

from sessional.refdata.bodies import body_by_series, name_case, place_by_name
from sessional.refdata.groups import group_named
from sessional.refdata.treaties import untoc_participants


@pytest.mark.parametrize("text", [
    "Group of 77 and China", "the Group of 77 and China", "Group of  77 and China",
    "group of 77 and china", "du Groupe des 77 et de la Chine", "Groupe des 77 et la Chine",
    "Группы 77 и Китая", "77国集团和中国", "The Group of 77 and China",
    "el Grupo de los 77 y China",
])
def test_a_group_is_found_by_any_of_its_names_with_or_without_its_article(text: str) -> None:
    group = group_named(text)
    assert group is not None and group.key == "g77_china"
    assert group.on_behalf["fr"] == "du Groupe des 77 et de la Chine"


def test_a_group_written_with_a_straight_apostrophe_is_the_same_group() -> None:
    """curated/groups.csv writes 'Groupe des États d’Afrique' with a typographic apostrophe."""
    for text in ("Groupe des États d'Afrique", "du Groupe des États d’Afrique",
                 "l'Union européenne"):
        assert group_named(text) is not None, text
    assert group_named("Groupe des États d'Afrique").key == "african_states"  # type: ignore[union-attr]


def test_no_group_for_a_name_of_none() -> None:
    assert group_named("Group of 78") is None
    assert group_named("") is None


def test_a_body_by_the_series_of_its_documents() -> None:
    cosp = body_by_series("CAC/COSP")
    assert cosp is not None and cosp.key == "cosp_uncac"
    assert body_by_series("CTOC/COP/WG.2").key == "wg_technical_assistance"  # type: ignore[union-attr]
    assert body_by_series("CAC/COSP/WG.9") is None


def test_a_place_by_its_name_in_any_language_and_its_russian_locative() -> None:
    for text in ("Vienna", "  vienne ", "Вена", "维也纳"):
        vienna = place_by_name(text)
        assert vienna is not None and vienna.key == "vienna"
    assert place_by_name("Vienna").name("es") == "Viena"  # type: ignore[union-attr]
    assert place_by_name("Salzburg") is None
    assert name_case("vienna", "ru", "locative") == "Вене"  # "в Вене"
    assert name_case("vienna", "ru", "dative") is None


def test_the_untoc_participants_are_those_of_its_list() -> None:
    participants = untoc_participants()
    assert len(participants) == 188  # the rows of sources/data/untoc_status.csv
    assert participants["JPN"].name_en == "Japan"
