"""The report tree: chapters, numbering, placeholders and gaps, in every language."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from sessional.compose import Heading, Paragraph, Placeholder, compose_report, plain
from sessional.model import LANGUAGES, Record, record_from_data
from sessional.refdata import country
from sessional.render import render_markdown

from ..conftest import EXAMPLE
from ..orders import printed_un_lists, states_parties


def example(**changes: Any) -> Record:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for path, value in changes.items():
        target = data
        keys = path.split("__")
        for key in keys[:-1]:
            target = target[int(key)] if key.isdigit() else target[key]
        target[keys[-1]] = value
    return record_from_data(data)


def attendance_paragraph(lang: str) -> str:
    report = compose_report(example(), lang)  # type: ignore[arg-type]
    para22 = next(p for p in report.paragraphs if p.number == 22)
    assert isinstance(para22.parts[-2], Placeholder)  # the partial list's mark, then "."
    assert para22.parts[-2].kind == "partial"
    return plain(para22.parts)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_attendance_lists_the_example_states_in_the_languages_order(lang: str) -> None:
    # printed with the typographic apostrophe, whatever the reference data's source has
    names = ", ".join(states_parties(lang)).replace("'", "’")
    assert names + " […]." in attendance_paragraph(lang)


@pytest.mark.parametrize(("lang", "name"), [
    ("en", "Côte d’Ivoire"), ("fr", "Côte d’Ivoire"), ("es", "Côte d’Ivoire"),
    ("ru", "Кот-д’Ивуар")])
def test_names_are_printed_with_the_typographic_apostrophe(lang: str, name: str) -> None:
    """As the UN prints them (M49's English "Côte d’Ivoire", UNTERM's Spanish and Russian)."""
    paragraph = attendance_paragraph(lang)
    assert name in paragraph and "'" not in paragraph


def test_the_english_order_is_the_seeds_printed_order(seed_facts: dict[str, Any]) -> None:
    day = example().first_day
    assert [country(c).name("en", day)  # type: ignore[union-attr]
            for c in seed_facts["attendance"]["states_parties"]["iso3"]] == states_parties("en")


@pytest.mark.parametrize("lang", ["zh", "ar"])
def test_chinese_and_arabic_lists_keep_the_seeds_english_order(
        lang: str, seed_facts: dict[str, Any]) -> None:
    text, day = attendance_paragraph(lang), example().first_day
    names = [country(c).name(lang, day)  # type: ignore[union-attr]
             for c in seed_facts["attendance"]["states_parties"]["iso3"]]
    assert len(names) == 76
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)
    assert text.count("، " if lang == "ar" else "、") == 75


@pytest.mark.parametrize("lang", ["zh", "es", "ru", "ar", "fr"])
def test_attendance_order_agrees_with_printed_un_lists(lang: str) -> None:
    """The States both in paragraph 22 and in a list printed by the UN keep the printed order."""
    record = example()
    text, day = attendance_paragraph(lang), record.first_day
    attending = set(record.attendance.states_parties.items)
    for printed in printed_un_lists(lang):
        codes = [country(iso2).iso3 for iso2 in printed]  # type: ignore[union-attr]
        shared = [c for c in codes if c in attending]
        assert len(shared) >= 6
        found = sorted(shared, key=lambda c: text.index(
            country(c).name(lang, day)))  # type: ignore[union-attr, arg-type]
        assert found == shared


def test_paragraphs_are_numbered_continuously_in_every_language() -> None:
    numbers = {lang: [p.number for p in compose_report(example(), lang).paragraphs]  # type: ignore[arg-type]
               for lang in LANGUAGES}
    for lang in LANGUAGES:
        assert numbers[lang] == list(range(1, 30)), lang


def test_gaps_carry_their_paragraph_numbers() -> None:
    report = compose_report(example(), "zh")
    by_path = {g.path: g for g in report.gaps}
    assert by_path["$.sessions[1].meetings_held"].paragraph == 15
    assert by_path["$.statements[0].statements"].paragraph == 16
    assert by_path["$.attendance.states_parties"].paragraph == 22
    assert by_path["$.attendance.specialized_agencies"].paragraph == 25
    recommendations = by_path["$.narrative.recommendations[0].paragraphs"]
    assert recommendations.paragraph is None and recommendations.after == 6


def test_filling_a_placeholder_changes_only_that_paragraph() -> None:
    record = example(sessions__1__meetings_held=6)
    before = {p.number: plain(p.parts) for p in compose_report(example(), "zh").paragraphs}
    after = {p.number: plain(p.parts) for p in compose_report(record, "zh").paragraphs}
    changed = [n for n in before if before[n] != after[n]]
    assert changed == [15]
    assert "共举行了六次会议" in after[15]
    assert "held six meetings" in plain(compose_report(record, "en").paragraphs[14].parts)


def test_narrative_without_the_language_is_marked_awaiting_translation() -> None:
    report = compose_report(example(), "en")
    first = report.paragraphs[0]
    assert first.role == "awaiting_translation"
    assert plain(first.parts) == "[awaiting translation from Chinese]"
    assert plain(first.source).startswith("联合国打击跨国有组织犯罪公约缔约方会议")
    markdown = render_markdown(report)
    assert "1. [awaiting translation from Chinese]\n    <!-- source for translation: " \
        "联合国打击跨国有组织犯罪公约缔约方会议在其第 2/2 号决定中" in markdown
    visible = re.sub(r"<!--.*?-->", "", markdown, flags=re.DOTALL)
    assert not re.search(r"[\u4e00-\u9fff]", visible)  # the Chinese source stays in comments


def test_a_single_body_report_has_no_joint_headings() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["bodies"] = data["bodies"][:1]
    data["sessions"] = data["sessions"][:1]
    data["joint_items"] = []
    for item in data["sessions"][0]["agenda"]["items"]:
        item.pop("joint", None)
    data["statements"] = [g for g in data["statements"]
                          if all(r.get("body") in (None, "IC") for r in g["items"]["items"])]
    data["documents"]["items"] = [d | {"bodies": ["IC"]} for d in data["documents"]["items"]
                                  if "IC" in d["bodies"]]
    data["narrative"]["recommendations"] = data["narrative"]["recommendations"][:1]
    data["officers"][0]["bodies"] = ["IC"]
    data["narrative"]["deliberations"] = [d for d in data["narrative"]["deliberations"]
                                          if d.get("body") == "IC"]
    report = compose_report(record_from_data(data), "en")
    headings = [plain(b.parts) for b in report.blocks if isinstance(b, Heading)]
    assert not any("Joint items" in h for h in headings)
    assert plain(report.paragraphs[-1].parts) == (
        "On 13 October 2017, the Working Group on International Cooperation adopted the report "
        "on its meeting, as amended.")


def test_unknown_dates_and_counts_show_placeholders() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["sessions"][0]["dates"] = {"status": "unknown"}
    data["sessions"][0]["meetings_held"] = {"status": "unknown"}
    report = compose_report(record_from_data(data), "en")
    para14 = plain(report.paragraphs[13].parts)
    assert para14.startswith("The Working Group on International Cooperation met […] and "
                             "held […] meetings.")


def test_french_contractions_and_capitals() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["bodies"][0]["name"]["fr"] = "Groupe de travail sur la coopération internationale"
    data["bodies"][0]["article"]["fr"] = "le"
    report = compose_report(record_from_data(data), "fr")
    para14 = plain(report.paragraphs[13].parts)
    assert para14.startswith("Le Groupe de travail sur la coopération internationale s’est "
                             "réuni du 9 au 13 octobre 2017 et a tenu huit séances.")
    para16 = plain(report.paragraphs[15].parts)
    assert "de l’ordre du jour du Groupe de travail" in para16
    assert not re.search(r"\bde le\b", para16)


def test_arabic_report_is_right_to_left() -> None:
    assert compose_report(example(), "ar").direction == "rtl"
    assert compose_report(example(), "zh").direction == "ltr"
    assert all(isinstance(b, Heading | Paragraph) for b in compose_report(example(), "ar").blocks)


@pytest.mark.parametrize(("lang", "held", "expected"), [
    ("ru", 1, "было проведено одно заседание"),
    ("ru", 3, "было проведено три заседания"),
    ("ru", 8, "было проведено восемь заседаний"),
    ("ru", 21, "было проведено 21 заседание"),
    ("en", 1, "held one meeting"),
    ("fr", 1, "a tenu une séance"),
    ("es", 2, "celebró dos sesiones"),
    ("ar", 1, "وعقد جلسة واحدة"),
    ("ar", 2, "وعقد جلستين"),
    ("ar", 8, "وعقد ثماني جلسات"),
    ("ar", 12, "وعقد 12 جلسة"),
    ("zh", 2, "共举行了两次会议"),
    ("zh", 12, "共举行了十二次会议"),
])
def test_counts_agree_with_their_noun(lang: str, held: int, expected: str) -> None:
    report = compose_report(example(sessions__0__meetings_held=held), lang)  # type: ignore[arg-type]
    assert expected in plain(report.paragraphs[13].parts)


def test_one_signatory_or_several() -> None:
    one = plain(compose_report(example(), "en").paragraphs[23].parts)
    assert one == ("The following State signatory to the Convention was represented by an "
                   "observer: Iran (Islamic Republic of).")
    several = compose_report(example(attendance__signatories={"items": ["IRN", "SLE"]}), "en")
    assert plain(several.paragraphs[23].parts) == (
        "The following States signatories to the Convention were represented by observers: "
        "Iran (Islamic Republic of) and Sierra Leone.")
    zh = compose_report(example(attendance__signatories={"items": ["IRN", "SLE"]}), "zh")
    assert plain(zh.paragraphs[23].parts) == \
        "《公约》的下列签署国派观察员出席了会议：伊朗伊斯兰共和国、塞拉利昂。"
