"""`translate export --terms F.tbx`: the reference data's official names in the exported
sources, with their target-language names from the reference data only, as TBX-Basic, and a
note on each unit naming its own.

A sentence naming Austria (奥地利) and the International Maritime Organization (国际海事组织,
whose French name the reference data lacks) is added to the example's first introduction
paragraph."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

from sessional import services

from .conftest import cli
from .test_cli_translate_import import INTRO_1, NS, X

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PLANTED = "奥地利和国际海事组织的代表出席了会议。"


def _export(tmp_path: Path, *options: str) -> tuple[Path, str]:
    record = tmp_path / "wg.json"
    shutil.copy(services.example_path(), record)
    data = json.loads(record.read_text("utf-8"))
    data["narrative"]["introduction"]["items"][0]["text"]["zh"] += PLANTED
    record.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    xlf = tmp_path / "wg.fr.xlf"
    code, printed, err = cli("translate", "export", str(record), "--to", "fr", "-o", str(xlf),
                             *options)
    assert (code, err) == (0, ""), printed
    return xlf, printed


def _entries(tbx: Path) -> dict[str, dict[str, str]]:
    """termEntry id -> {language: term}."""
    root = ET.parse(tbx).getroot()
    assert (root.tag, root.get("type"), root.get(XML_LANG)) == ("martif", "TBX-Basic", "zh")
    return {entry.get("id") or "": {lang.get(XML_LANG) or "": lang.findtext("tig/term") or ""
                                    for lang in entry.iterfind("langSet")}
            for entry in root.iterfind("text/body/termEntry")}


def _terms_notes(xlf: Path) -> dict[str, str]:
    return {unit.get("id") or "": note.text or ""
            for unit in ET.parse(xlf).getroot().iter(f"{{{NS}}}trans-unit")
            for note in unit.iterfind("x:note", X) if note.get("from") == "sessional-terms"}


def test_a_state_in_a_chinese_paragraph_gets_its_french_name(tmp_path: Path) -> None:
    tbx = tmp_path / "terms.tbx"
    xlf, printed = _export(tmp_path, "--terms", str(tbx))
    assert f"{tbx}: 6 official names with their fr name" in printed
    entries = _entries(tbx)
    assert entries["state:AUT"] == {"zh": "奥地利", "fr": "Autriche"}
    assert entries["place:vienna"] == {"zh": "维也纳", "fr": "Vienne"}
    assert entries["organization:unodc"] == {
        "zh": "联合国毒品和犯罪问题办公室",
        "fr": "Office des Nations Unies contre la drogue et le crime"}
    assert entries["body:cop_untoc"]["fr"] == ("Conférence des Parties à la Convention des "
                                               "Nations Unies contre la criminalité "
                                               "transnationale organisée")
    notes = _terms_notes(xlf)
    assert "奥地利 = Autriche (State)" in notes[INTRO_1]
    assert notes[INTRO_1].startswith(
        "联合国打击跨国有组织犯罪公约缔约方会议 = Conférence des Parties")


def test_a_name_the_reference_data_lacks_in_french_is_left_out(tmp_path: Path) -> None:
    tbx = tmp_path / "terms.tbx"
    xlf, _ = _export(tmp_path, "--terms", str(tbx))
    entries = _entries(tbx)
    assert "organization:imo" not in entries  # 国际海事组织: no French name in the data
    assert "body:wg_international_cooperation" not in entries  # 国际合作工作组: neither
    assert not any("国际海事组织" in names.values() for names in entries.values())
    assert "国际海事组织" not in _terms_notes(xlf)[INTRO_1]
    assert "$.bodies[0].name" not in _terms_notes(xlf)  # its only name lacks French


def test_without_terms_the_export_has_no_terms_notes(tmp_path: Path) -> None:
    xlf, printed = _export(tmp_path)
    assert _terms_notes(xlf) == {}
    assert "official names" not in printed
