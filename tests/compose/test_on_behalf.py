"""A State that spoke for a group is named with it, as each language writes it: "Algeria (on
behalf of the Group of 77 and China)", "阿尔及利亚（代表77国集团和中国）"; a group the reference
data does not name in the language is a gap, never our translation."""

from __future__ import annotations

import json

import pytest

from sessional.compose import compose_report
from sessional.model import record_from_data
from sessional.render import RENDERERS

from ..conftest import EXAMPLE


def _paragraph_16(lang: str, **groups: str) -> tuple[str, list[tuple[str, str | None]]]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    items = data["statements"][0]["statements"]["items"]
    for statement in items:
        if statement["delegation"]["state"] in groups:
            statement["on_behalf_of"] = groups[statement["delegation"]["state"]]
    report = compose_report(record_from_data(data), lang)  # type: ignore[arg-type]
    md = str(RENDERERS["md"](report))
    start = md.index("16.")
    gaps = [(g.path, g.note) for g in report.gaps if g.path.endswith(".on_behalf_of")]
    return md[start:md.index("\n", start)], gaps


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Algeria (on behalf of the Group of 77 and China), Argentina, Canada"),
    ("zh", "阿尔及利亚（代表77国集团和中国）、阿根廷、加拿大"),
    ("fr", "Algérie (au nom du Groupe des 77 et de la Chine), Allemagne"),
    ("es", "Argelia (en nombre del Grupo de los 77 y China), Argentina"),
    ("ru", "Алжир (от имени Группы 77 и Китая), Аргентина"),
])
def test_a_state_speaking_for_a_group_is_named_with_it(lang: str, expected: str) -> None:
    text, gaps = _paragraph_16(lang, DZA="Group of 77 and China")
    assert expected in text
    assert gaps == []


def test_the_group_may_be_named_in_any_language_with_its_article() -> None:
    text, _ = _paragraph_16("en", DEU="l’Union européenne et ses États membres")
    assert "Germany (on behalf of the European Union and its member States)" in text


def test_a_group_without_a_name_in_the_language_is_a_gap() -> None:
    text, gaps = _paragraph_16("fr", ARG="Group of Eastern European States")
    assert "Argentine (au nom […])" in text
    assert gaps == [("$.statements[0].statements.items[1].on_behalf_of",
                     "on behalf of 'Group of Eastern European States': no fr name in the "
                     "reference data")]
    english, gaps = _paragraph_16("en", ARG="Group of Eastern European States")
    assert "Argentina (on behalf of the Group of Eastern European States)" in english
    assert gaps == []


@pytest.mark.parametrize(("lang", "group"), [("en", "Group of 77 and China"),
                                             ("zh", "77国集团和中国")])
def test_the_group_reads_back_from_the_report(lang: str, group: str) -> None:
    from sessional.ingest import ingest_text

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["statements"][0]["statements"]["items"][0]["on_behalf_of"] = "Group of 77 and China"
    md = str(RENDERERS["md"](compose_report(record_from_data(data), lang)))  # type: ignore[arg-type]
    first = ingest_text(md).record.statements[0].statements.items[0]
    assert (first.delegation.state, first.on_behalf_of) == ("DZA", group)


def test_a_group_the_reference_data_does_not_know_is_a_gap_of_a_missing_translation() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["statements"][0]["statements"]["items"][1]["on_behalf_of"] = "Friends of the Chair"
    report = compose_report(record_from_data(data), "fr")
    assert [(g.kind, g.path, g.note) for g in report.gaps if g.path.endswith(".on_behalf_of")] \
        == [("missing_translation", "$.statements[0].statements.items[1].on_behalf_of",
             "on behalf of 'Friends of the Chair': no fr name in the reference data")]
