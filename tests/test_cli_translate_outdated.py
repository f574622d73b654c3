"""A translation whose source has changed since it was made is outdated: `sessional check`
counts it apart, `translate export` hands it to the translator again with the old source and
its translation as a match, and an import updates it without --replace. The record remembers
the source each translation was made from: on import, when a translation is typed in, and
when an edit changes a source and leaves its translations as they were."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

from sessional.model import record_from_data
from sessional.model.edits import Edit
from sessional.model.revise import Version, revise

from .conftest import cli
from .test_cli_translate_import import X, _exported, _filled

PARAGRAPH = "$.narrative.introduction.items[1].text"
NEW_SOURCE = "技术援助问题政府专家工作组是依照第 2/6 号决定成立的。"  # 23 characters, 2 and 6


def _states(record: Path) -> dict[str, dict]:
    code, printed, _ = cli("check", str(record), "--json")
    assert code in (0, 1), printed
    return {row["language"]: row for row in json.loads(printed)["translation"]}


def _translated_then_source_changed(tmp_path: Path) -> tuple[Path, str, str]:
    record, xlf = _exported(tmp_path)
    assert cli("translate", "import", str(record), str(_filled(xlf)))[0] == 0
    data = json.loads(record.read_text("utf-8"))
    text = data["narrative"]["introduction"]["items"][1]["text"]
    old_source, french = text["zh"], text["fr"]
    assert french.startswith("FR 技术援助问题政府专家工作组")  # the filled file: "FR " + source
    text["zh"] = NEW_SOURCE  # the secretariat rewrites the Chinese paragraph
    record.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return record, old_source, french


def test_check_counts_a_translation_of_an_earlier_source_as_outdated(tmp_path: Path) -> None:
    record, _, _ = _translated_then_source_changed(tmp_path)
    fr = _states(record)["fr"]
    assert fr["outdated"] == {"texts": 1, "words": 23 + 2}
    assert fr["translated"]["texts"] == 31
    assert fr["new"] == {"texts": 0, "words": 0}
    assert _states(record)["en"]["outdated"] == {"texts": 0, "words": 0}  # no English yet


def test_the_export_hands_the_outdated_text_over_with_its_old_translation(
        tmp_path: Path) -> None:
    record, old_source, french = _translated_then_source_changed(tmp_path)
    again = tmp_path / "again.fr.xlf"
    code, printed, _ = cli("translate", "export", str(record), "--to", "fr", "-o", str(again))
    assert code == 0, printed
    assert printed == f"{again}: 1 text awaiting fr; 0 filled from memory, 1 more with " \
        "similar translations proposed\n"
    units = ET.parse(again).getroot().findall(".//x:trans-unit", X)
    assert [unit.get("id") for unit in units] == [PARAGRAPH]
    unit = units[0]
    assert "".join(unit.find("x:source", X).itertext()) == NEW_SOURCE
    assert "source has changed since" in "".join(unit.find("x:note", X).itertext())
    assert unit.find("x:target", X) is None  # not pre-filled: the old one is no longer right
    matches = [("".join(alt.find("x:source", X).itertext()),
                "".join(alt.find("x:target", X).itertext()))
               for alt in unit.findall("x:alt-trans", X)]
    assert (old_source, french) in matches


def test_an_import_updates_the_outdated_translation_without_replace(tmp_path: Path) -> None:
    record, _, _ = _translated_then_source_changed(tmp_path)
    again = tmp_path / "again.fr.xlf"
    assert cli("translate", "export", str(record), "--to", "fr", "-o", str(again))[0] == 0
    done = _filled(again, "again.fr.done.xlf")
    code, printed, _ = cli("translate", "import", str(record), str(done))
    assert code == 0, printed
    assert "1 text changed in fr" in printed
    data = json.loads(record.read_text("utf-8"))
    assert data["narrative"]["introduction"]["items"][1]["text"]["fr"] == "FR " + NEW_SOURCE
    assert data["translated_from"][PARAGRAPH] == {"fr": NEW_SOURCE}
    fr = _states(record)["fr"]
    assert fr["outdated"] == {"texts": 0, "words": 0}
    assert fr["translated"]["texts"] == 32


def _one_paragraph(text: dict[str, str]) -> Version:
    record, _ = _exported_data()
    record["narrative"] = {"introduction": {"status": "complete", "items": [
        {"text": text, "source_language": "zh"}]}}
    return Version.of(record)


def _exported_data() -> tuple[dict, None]:
    from sessional import services
    return json.loads(services.example_path().read_text("utf-8")), None


def _replace(version: Version, text: dict[str, str]) -> Version:
    edit = Edit("replace", "paragraphs", {"place": "introduction"}, "0",
                {"text": text, "source_language": "zh"})
    changed = revise(version, edit, None)
    assert changed is not None
    return changed


def test_an_edit_of_the_source_remembers_what_the_translation_was_made_from() -> None:
    path = "$.narrative.introduction.items[0].text"
    eight, nine = "工作组举行了八次会议。", "工作组举行了九次会议。"
    english = "The Working Group held eight meetings."
    version = _replace(_one_paragraph({"zh": eight, "en": english}), {"zh": nine, "en": english})
    assert version.data["translated_from"] == {path: {"en": eight}}
    assert version.record.translated_from == {path: {"en": eight}}
    assert record_from_data(version.data).translated_from == {path: {"en": eight}}
    # the English brought up to date: made from the present source, no longer outdated
    version = _replace(version, {"zh": nine, "en": "The Working Group held nine meetings."})
    assert version.data["translated_from"] == {path: {"en": nine}}
    # the English removed: nothing to remember
    version = _replace(version, {"zh": nine})
    assert "translated_from" not in version.record.model_dump(exclude_defaults=True)
