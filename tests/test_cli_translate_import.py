"""`sessional translate import`: the translators' XLIFF back into the record, all or nothing.

The example is exported into French, every target filled here ("FR " before the source, the
<ph> placeholders kept), imported, and the French report rendered; every refusal leaves the
record file as it was, byte for byte."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

from sessional import services

from .conftest import cli

NS = "urn:oasis:names:tc:xliff:document:1.2"
X = {"x": NS}
Filler = Callable[[str, ET.Element], None]  # (unit id, its target) -> changes the target
INTRO_1 = "$.narrative.introduction.items[0].text"
AWAITING_FR = "[traduction en attente"  # the fr catalogue's "[awaiting translation from …]"


def _exported(tmp_path: Path, change: Callable[[dict], None] | None = None) -> tuple[Path, Path]:
    record = tmp_path / "wg.json"
    shutil.copy(services.example_path(), record)
    if change is not None:
        data = json.loads(record.read_text(encoding="utf-8"))
        change(data)
        record.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    xlf = tmp_path / "wg.fr.xlf"
    code, printed, _ = cli("translate", "export", str(record), "--to", "fr", "-o", str(xlf))
    assert code == 0, printed
    return record, xlf


def _filled(xlf: Path, name: str = "wg.fr.done.xlf", edit: Filler | None = None) -> Path:
    """The file with every target written: "FR " and the source, placeholders and all."""
    ET.register_namespace("", NS)
    tree = ET.parse(xlf)
    for unit in tree.getroot().iter(f"{{{NS}}}trans-unit"):
        source = unit.find("x:source", X)
        assert source is not None
        target = copy.deepcopy(source)
        target.tag = f"{{{NS}}}target"
        target.set("state", "translated")
        target.text = "FR " + (target.text or "")
        unit.insert(1, target)
        if edit is not None:
            edit(unit.get("id") or "", target)
    done = xlf.with_name(name)
    tree.write(done, encoding="utf-8", xml_declaration=True)
    return done


def _french_report(record: Path, out: Path) -> tuple[str, set[str]]:
    """The French report in Markdown, and the paths of the texts it marks as awaiting French."""
    code, printed, _ = cli("render", str(record), "--lang", "fr", "--format", "md",
                           "-o", str(out), "--json")
    assert code == 0
    awaiting = {gap["path"] for gap in json.loads(printed)["gaps"]["fr"]
                if gap["kind"] == "missing_translation"}
    return (out / "report.fr.md").read_text(encoding="utf-8"), awaiting


def test_round_trip_leaves_nothing_awaiting_french(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    before, awaiting = _french_report(record, tmp_path / "before")
    assert AWAITING_FR in before and len(awaiting) == 32
    code, printed, err = cli("translate", "import", str(record), str(_filled(xlf)))
    assert (code, err) == (0, "")
    assert "32 texts changed in fr, 0 already there, 0 left untranslated; written to" in printed
    after, awaiting = _french_report(record, tmp_path / "after")
    assert AWAITING_FR not in after
    assert awaiting == set()
    assert "\n1. FR 联合国打击跨国有组织犯罪公约缔约方会议在其第 2/2 号决定中决定设立" in after
    data = json.loads(record.read_text(encoding="utf-8"))
    assert "工作组在 du 9 au 18 octobre 2006于维也纳举行" in \
        data["narrative"]["introduction"]["items"][0]["text"]["fr"]  # the date as French has it
    assert data["bodies"][0]["name"] == {
        "zh": "国际合作工作组", "en": "Working Group on International Cooperation",
        "fr": "FR 国际合作工作组"}
    assert data["documents"]["items"][2]["title"]["fr"] == (
        "FR 秘书处依照公约缔约方会议第 8/2号决议编写的调查表草案，"
        "用于审议《联合国打击跨国有组织犯罪公约》实施情况")


def test_a_second_import_changes_nothing(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    done = _filled(xlf)
    assert cli("translate", "import", str(record), str(done))[0] == 0
    once = record.read_bytes()
    code, printed, _ = cli("translate", "import", str(record), str(done))
    assert code == 0
    assert printed.strip() == (f"{done}: 0 texts changed in fr, 32 already there, 0 left "
                               f"untranslated; {record} left as it was")
    assert record.read_bytes() == once
    again = tmp_path / "nothing.xlf"  # nothing awaits French now: a file of no unit
    assert cli("translate", "export", str(record), "--to", "fr", "-o", str(again))[1] == \
        f"{again}: 0 texts awaiting fr\n"
    assert "0 texts changed in fr, 0 already there, 0 left untranslated" in \
        cli("translate", "import", str(record), str(again))[1]
    assert record.read_bytes() == once


def test_empty_targets_and_targets_still_to_do_stay_untranslated(tmp_path: Path) -> None:
    def leave_some(unit_id: str, target: ET.Element) -> None:
        if unit_id.startswith("$.documents."):
            target.text, target[:] = "", []
        elif unit_id == "$.bodies[1].name":
            target.set("state", "needs-translation")

    record, xlf = _exported(tmp_path)
    data = json.loads(record.read_text(encoding="utf-8"))  # an untranslated source edited:
    data["documents"]["items"][0]["title"]["zh"] = "临时议程及说明"  # nothing of it is imported
    record.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    code, printed, _ = cli("translate", "import", str(record), str(_filled(xlf, edit=leave_some)))
    assert code == 0
    assert "27 texts changed in fr, 0 already there, 5 left untranslated" in printed
    data = json.loads(record.read_text(encoding="utf-8"))
    assert "fr" not in data["documents"]["items"][0]["title"]
    assert "fr" not in data["bodies"][1]["name"]
    assert data["bodies"][0]["name"]["fr"] == "FR 国际合作工作组"


def test_output_option_leaves_the_record_as_it_was(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    original = record.read_bytes()
    out = tmp_path / "wg.fr.json"
    code, printed, _ = cli("translate", "import", str(record), str(_filled(xlf)), "-o", str(out))
    assert code == 0 and f"written to {out}" in printed
    assert record.read_bytes() == original
    assert json.loads(out.read_text("utf-8"))["bodies"][1]["name"]["fr"] == \
        "FR 技术援助问题政府专家工作组"


def _refused(record: Path, xlf: Path, *options: str) -> str:
    """The error of an import that must be refused; the record file is checked unchanged."""
    before = record.read_bytes()
    code, printed, err = cli("translate", "import", str(record), str(xlf), *options)
    assert (code, printed) == (2, "")
    assert record.read_bytes() == before
    return err


def test_a_file_of_another_record_is_refused(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    other = tmp_path / "other.xlf"
    other.write_text(_filled(xlf).read_text("utf-8").replace(":2017-10-09", ":2018-05-28"),
                     "utf-8")
    assert _refused(record, other) == (
        f"error: {other} was exported from another record "
        "(sessional-record:CTOC/COP/WG.3+CTOC/COP/WG.2:2018-05-28), not from this one "
        "(sessional-record:CTOC/COP/WG.3+CTOC/COP/WG.2:2017-10-09); nothing was imported\n")


def test_sources_edited_since_the_export_are_refused_and_listed(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    done = _filled(xlf)
    data = json.loads(record.read_text(encoding="utf-8"))
    data["narrative"]["introduction"]["items"][1]["text"]["zh"] += "（修改）"
    data["bodies"][0]["name"]["zh"] = "国际合作问题工作组"
    record.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert _refused(record, done) == (
        f"error: {done}: the source of 2 units changed in the record since the export; export "
        "again; nothing was imported:\n"
        "  $.narrative.introduction.items[1].text (zh)\n"
        "    in the file:   …016 年 10 月 17 日至 19 日举行了第九次会议。\n"
        "    in the record: …016 年 10 月 17 日至 19 日举行了第九次会议。（修改）\n"
        "  $.bodies[0].name (zh)\n"
        "    in the file:   国际合作工作组\n"
        "    in the record: 国际合作问题工作组\n")


def test_a_target_that_lost_or_changed_a_number_is_refused(tmp_path: Path) -> None:
    def break_numbers(unit_id: str, target: ET.Element) -> None:
        if unit_id == INTRO_1:
            target[0].text = "2/3"  # <ph id="1"> 2/2
            target[2].tail = (target[2].tail or "") + (target[3].tail or "")  # drop 2014
            target.remove(target[3])

    record, xlf = _exported(tmp_path)
    done = _filled(xlf, edit=break_numbers)
    assert _refused(record, done) == (
        f"error: {done}: 2 protected placeholders lost or changed in the targets; nothing was "
        "imported:\n"
        f'  {INTRO_1}: <ph id="1"> is 2/3 in the target, 2/2 in the source (number)\n'
        f'  {INTRO_1}: <ph id="4"> 2014 (number) is missing from the target\n')


def test_a_target_that_dropped_a_document_symbol_is_refused(tmp_path: Path) -> None:
    def with_symbol(data: dict) -> None:
        data["documents"]["items"][0]["title"]["zh"] = "临时议程和说明（CTOC/COP/WG.3/2017/1）"

    def drop_symbol(unit_id: str, target: ET.Element) -> None:
        if unit_id == "$.documents.items[0].title":
            target.text, target[:] = "FR 临时议程和说明（）", []

    record, xlf = _exported(tmp_path, with_symbol)
    done = _filled(xlf, edit=drop_symbol)
    assert _refused(record, done).endswith(
        '  $.documents.items[0].title: <ph id="1"> CTOC/COP/WG.3/2017/1 (symbol) is missing '
        "from the target\n")


def test_a_unit_the_record_does_not_have_is_refused(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    done = _filled(xlf)
    done.write_text(done.read_text("utf-8").replace("documents.items[3]", "documents.items[9]"),
                    "utf-8")
    assert _refused(record, done) == (
        f"error: {done}: 1 unit naming no text of the record; nothing was imported:\n"
        "  $.documents.items[9].title\n")


def test_a_file_for_another_language_is_refused(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    done = _filled(xlf)
    assert _refused(record, done, "--to", "es") == (
        f"error: {done}: the file is a translation into fr, not into es (--to); nothing was "
        "imported\n")
    assert _refused(record, done, "--to", "de") == \
        "error: --to: 'de' is not one of ar zh en fr es ru\n"
    german = tmp_path / "de.xlf"
    german.write_text(done.read_text("utf-8").replace('target-language="fr"',
                                                      'target-language="de"'), "utf-8")
    assert "target-language 'de' is not one of ar zh en fr es ru" in _refused(record, german)


def test_a_target_in_another_language_than_its_file_is_refused(tmp_path: Path) -> None:
    def in_spanish(unit_id: str, target: ET.Element) -> None:
        if unit_id == "$.bodies[0].name":
            target.set("{http://www.w3.org/XML/1998/namespace}lang", "es")

    record, xlf = _exported(tmp_path)
    assert "trans-unit $.bodies[0].name: the target's xml:lang 'es' is not the file's " \
        "target-language 'fr'" in _refused(record, _filled(xlf, edit=in_spanish))


def test_malformed_xml_is_refused_with_its_line(tmp_path: Path) -> None:
    record, _ = _exported(tmp_path)
    broken = tmp_path / "broken.xlf"
    broken.write_text('<?xml version="1.0"?>\n'
                      f'<xliff xmlns="{NS}" version="1.2">\n'
                      ' <file original="r" source-language="zh" target-language="fr">\n'
                      '  <body><trans-unit id="$.bodies[0].name"><source>a < b</source>\n',
                      "utf-8")
    assert _refused(record, broken) == (
        f"error: {broken}, line 4, column 54: not well-formed XML (not well-formed "
        "(invalid token))\n")


def test_entities_are_never_expanded(tmp_path: Path) -> None:
    record, _ = _exported(tmp_path)
    bomb = tmp_path / "bomb.xlf"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
                    f'<xliff xmlns="{NS}" version="1.2">&b;</xliff>\n', "utf-8")
    assert _refused(record, bomb) == (
        f"error: {bomb}: refused, it declares a DTD or entities (DTDForbidden)\n")


def test_a_different_french_text_is_kept_unless_replace_is_given(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    done = _filled(xlf)
    data = json.loads(record.read_text(encoding="utf-8"))
    data["bodies"][0]["name"]["fr"] = "Groupe de travail sur la coopération internationale"
    record.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert _refused(record, done) == (
        f"error: {done}: 1 text with another fr version in the record already; give --replace "
        "to put the file's in their place; nothing was imported:\n"
        "  $.bodies[0].name\n"
        "    in the file:   FR 国际合作工作组\n"
        "    in the record: Groupe de travail sur la coopération internationale\n")
    code, printed, _ = cli("translate", "import", str(record), str(done), "--replace")
    assert code == 0 and "32 texts changed in fr" in printed
    assert json.loads(record.read_text("utf-8"))["bodies"][0]["name"]["fr"] == \
        "FR 国际合作工作组"


def test_a_protected_date_is_written_as_the_translation_writes_dates() -> None:
    from sessional.services.translation_dates import date_in

    assert date_in("2006 年 10 月 9 日至 18 日", "fr") == "du 9 au 18 octobre 2006"
    assert date_in("2016 年 10 月 19 日至 11 月 2 日", "en") == \
        "from 19 October to 2 November 2016"
    assert date_in("2017 年 10 月 9 日", "es") == "9 de octubre de 2017"
    assert date_in("9 October 2017", "zh") == "2017 年 10 月 9 日"
    assert date_in("2017 年 2 月 30 日", "fr") == "2017 年 2 月 30 日"  # no such day: as it was
    assert date_in("2017 年 10 月 13 日至 9 日", "fr") == "2017 年 10 月 13 日至 9 日"


def test_the_record_rewritten_in_place_keeps_its_permissions_and_leaves_no_other_file(
        tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    done = _filled(xlf)
    record.chmod(0o640)
    assert cli("translate", "import", str(record), str(done))[0] == 0
    assert record.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wg.fr.done.xlf", "wg.fr.xlf",
                                                          "wg.json"]
