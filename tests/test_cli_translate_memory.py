"""Translation memory (issue 15, item 3): the 2017 example's agenda titles translated into
English once are pre-filled in the export of the next year's meeting of the same working group;
a title reworded since comes with the old translation as a proposal (<alt-trans>)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

from sessional import services

from .conftest import cli

NS = "urn:oasis:names:tc:xliff:document:1.2"
X = {"x": NS}
TITLES = {  # the agenda of the 2017 meeting of the Working Group on International Cooperation
    "组织事项": "Organizational matters",
    "会议开幕": "Opening of the meeting",
    "通过议程和工作安排": "Adoption of the agenda and organization of work",
    "移交刑事诉讼作为一种独立的刑事事项国际合作形式，这方面的实际考虑因素、良好做法和挑战":
        "Transfer of criminal proceedings as a distinct form of international cooperation in "
        "criminal matters: practical considerations, good practices and challenges",
    "中央机关之间双边磋商的良好做法，包括筹备、案件跟踪、培训和参与":
        "Good practices in bilateral consultations between central authorities, including "
        "preparation, follow-up of cases, training and participation",
    "在获得电子证据方面的最新动态": "Recent developments in obtaining electronic evidence",
    "依照公约缔约方会议第 8/2 号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况":
        "Development of questionnaires for the review of the implementation of the United "
        "Nations Convention against Transnational Organized Crime, pursuant to resolution 8/2 "
        "of the Conference of the Parties to the Convention",
    "其他事项": "Other matters",
    "通过报告": "Adoption of the report",
}
REWORDED = "在获得电子证据方面的最新发展动态"  # 2018: "latest developments" said otherwise


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path


def translated_2017(tmp_path: Path) -> Path:
    """The example with its first session's agenda titles translated into English, imported
    through an XLIFF file the way a translator's would come back."""
    record = tmp_path / "wg-2017.json"
    shutil.copy(services.example_path(), record)
    xlf = tmp_path / "wg-2017.en.xlf"
    assert cli("translate", "export", str(record), "--to", "en", "-o", str(xlf))[0] == 0
    ET.register_namespace("", NS)
    tree = ET.parse(xlf)
    for unit in tree.getroot().iter(f"{{{NS}}}trans-unit"):
        source = unit.find("x:source", X)
        assert source is not None
        if not (unit.get("id") or "").startswith("$.sessions[0].agenda."):
            continue
        english = TITLES["".join(source.itertext())]
        target = ET.Element(f"{{{NS}}}target", state="translated")
        before, _, after = english.partition("8/2")
        target.text = before
        for ph in source.findall("x:ph", X):  # only the 8/2 of item 5 has one
            kept = ET.SubElement(target, f"{{{NS}}}ph", ph.attrib)
            kept.text, kept.tail = ph.text, after
        unit.insert(1, target)
    done = tmp_path / "wg-2017.en.done.xlf"
    tree.write(done, encoding="utf-8", xml_declaration=True)
    code, printed, err = cli("translate", "import", str(record), str(done))
    assert (code, err) == (0, ""), printed
    assert "9 texts changed in en" in printed
    return record


def record_2018(tmp_path: Path) -> Path:
    """The next meeting of the same working groups: the example a year on, one title reworded."""
    data = json.loads(services.example_path().read_text(encoding="utf-8"))
    for session, (start, end) in zip(data["sessions"], (("2018-10-08", "2018-10-12"),
                                                        ("2018-10-09", "2018-10-12")),
                                     strict=True):
        session["dates"] = {"start": start, "end": end}
        session.pop("stated_dates", None)
        for meeting in session.get("meetings", {}).get("items", []):
            meeting["date"] = start
    data["sessions"][0]["agenda"]["items"][3]["title"] = {"zh": REWORDED}
    return _write(tmp_path / "wg-2018.json", data)


def targets_of(xlf: Path) -> dict[str, tuple[str | None, str | None, str]]:
    """Each unit's (target state, state-qualifier, target text with placeholders' text)."""
    found = {}
    for unit in ET.parse(xlf).getroot().iter(f"{{{NS}}}trans-unit"):
        target = unit.find("x:target", X)
        if target is not None:
            found[unit.get("id") or ""] = (target.get("state"), target.get("state-qualifier"),
                                           "".join(target.itertext()))
    return found


def test_titles_translated_in_2017_are_filled_in_the_2018_export(tmp_path: Path) -> None:
    memory = translated_2017(tmp_path)
    record = record_2018(tmp_path)
    xlf = tmp_path / "wg-2018.en.xlf"
    code, printed, err = cli("translate", "export", str(record), "--to", "en",
                             "--memory", str(memory), "-o", str(xlf))
    assert (code, err) == (0, "")
    assert printed == (f"{xlf}: 30 texts awaiting en; 14 filled from memory, 1 more with "
                       "similar translations proposed\n")
    targets = targets_of(xlf)
    assert targets["$.sessions[0].agenda.items[0].title"] == \
        ("translated", "exact-match", "Organizational matters")
    assert targets["$.sessions[1].agenda.items[0].sub_items[1].title"] == \
        ("translated", "exact-match", "Adoption of the agenda and organization of work")
    assert targets["$.sessions[1].agenda.items[1].title"][2].endswith(
        "pursuant to resolution 8/2 of the Conference of the Parties to the Convention")
    assert "$.sessions[0].agenda.items[3].title" not in targets  # reworded: not the same
    assert "$.sessions[1].agenda.items[2].title" not in targets  # never translated
    assert "$.narrative.introduction.items[0].text" not in targets  # another kind of text


def _exported_2018_with_memory(tmp_path: Path) -> tuple[Path, Path]:
    """The 2018 record and its English export, filled from the 2017 translations."""
    memory = translated_2017(tmp_path)
    record = record_2018(tmp_path)
    xlf = tmp_path / "wg-2018.en.xlf"
    assert cli("translate", "export", str(record), "--to", "en",
               "--memory", str(memory), "-o", str(xlf))[0] == 0
    return record, xlf


def test_a_reworded_title_gets_the_old_translation_as_a_proposal(tmp_path: Path) -> None:
    _, xlf = _exported_2018_with_memory(tmp_path)
    unit = next(u for u in ET.parse(xlf).getroot().iter(f"{{{NS}}}trans-unit")
                if u.get("id") == "$.sessions[0].agenda.items[3].title")
    alternatives = unit.findall("x:alt-trans", X)
    assert [(a.get("match-quality"), a.findtext("x:source", namespaces=X),
             a.findtext("x:target", namespaces=X)) for a in alternatives] == [
        ("93", "在获得电子证据方面的最新动态",
         "Recent developments in obtaining electronic evidence")]


def test_the_filled_file_imports_back_as_it_is(tmp_path: Path) -> None:
    record, xlf = _exported_2018_with_memory(tmp_path)
    code, printed, _ = cli("translate", "import", str(record), str(xlf))
    assert code == 0
    assert "14 texts changed in en, 0 already there, 16 left untranslated" in printed
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["sessions"][1]["agenda"]["items"][4]["title"]["en"] == "Adoption of the report"


def test_a_record_is_its_own_memory(tmp_path: Path) -> None:
    record = translated_2017(tmp_path)  # the second session shares six of its titles
    xlf = tmp_path / "again.xlf"
    code, printed, _ = cli("translate", "export", str(record), "--to", "en", "-o", str(xlf))
    assert code == 0
    assert printed == f"{xlf}: 21 texts awaiting en; 6 filled from memory, 0 more with " \
        "similar translations proposed\n"


def test_a_memory_file_that_is_no_record_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "memory.json"
    bad.write_text("{", "utf-8")
    code, _, err = cli("translate", "export", str(services.example_path()), "--to", "en",
                       "--memory", str(bad), "-o", str(tmp_path / "x.xlf"))
    assert code == 2
    assert str(bad) in err
    assert not (tmp_path / "x.xlf").exists()


def test_a_translation_without_the_sources_number_is_proposed_not_filled(
        tmp_path: Path) -> None:
    data = json.loads(services.example_path().read_text(encoding="utf-8"))
    title = data["sessions"][1]["agenda"]["items"][1]["title"]  # "依照…第 8/2 号决议…"
    title["en"] = "Development of questionnaires, pursuant to a resolution of the Conference"
    memory = _write(tmp_path / "memory.json", data)
    xlf = tmp_path / "wg.en.xlf"
    assert cli("translate", "export", str(services.example_path()), "--to", "en",
               "--memory", str(memory), "-o", str(xlf))[0] == 0
    unit = next(u for u in ET.parse(xlf).getroot().iter(f"{{{NS}}}trans-unit")
                if u.get("id") == "$.sessions[0].agenda.items[4].title")
    assert unit.find("x:target", X) is None
    assert [(a.get("match-quality"), a.findtext("x:target", namespaces=X))
            for a in unit.findall("x:alt-trans", X)] == [
        ("100", "Development of questionnaires, pursuant to a resolution of the Conference")]
