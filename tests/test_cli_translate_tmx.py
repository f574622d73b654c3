"""`sessional translate memory export` and `import` (issue 15, item 3): the memory as TMX 1.4b
and back, a .tmx given to `translate export --memory` read as memory."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from .conftest import cli
from .test_cli_translate_memory import record_2018, targets_of, translated_2017

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OMEGAT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" creationtoolversion="3.6.0_10" segtype="paragraph"
    o-tmf="OmegaT TMX" adminlang="EN-US" srclang="ZH-CN" datatype="plaintext"></header>
  <body>
    <tu><tuv lang="ZH-CN"><seg>其他事项</seg></tuv>
        <tuv lang="EN-US"><seg>Other matters</seg></tuv></tu>
    <tu><tuv lang="ZH-CN"><seg>通过报告</seg></tuv><tuv lang="DE"><seg>Annahme</seg></tuv></tu>
    <tu><tuv lang="ZH-CN"><seg>会议开幕</seg></tuv>
        <tuv lang="EN-US"><seg>Opening of the <bpt i="1">&lt;b&gt;</bpt>meeting<ept i="1"
          >&lt;/b&gt;</ept></seg></tuv></tu>
  </body>
</tmx>
"""


def test_memory_export_writes_each_translated_text_as_a_tmx_unit(tmp_path: Path) -> None:
    record = translated_2017(tmp_path)
    tmx = tmp_path / "wg.tmx"
    code, printed, err = cli("translate", "memory", "export", str(record), "--from", "zh",
                             "--to", "en", "-o", str(tmx))
    assert (code, err) == (0, "")
    assert printed == f"{tmx}: 15 translation units from 1 record\n"  # 9 titles, 6 names
    root = ET.parse(tmx).getroot()
    assert (root.get("version"), root.find("header").get("srclang")) == ("1.4", "zh")
    units = {tu.find("tuv/seg").text: tu for tu in root.iter("tu")}
    opening = units["会议开幕"]
    assert opening.findtext("prop[@type='x-sessional-kind']") == "agenda sub-item title"
    assert [(tuv.get(XML_LANG), tuv.findtext("seg")) for tuv in opening.findall("tuv")] == [
        ("zh", "会议开幕"), ("en", "Opening of the meeting")]
    questionnaires = next(tu for seg, tu in units.items() if seg and seg.startswith("依照"))
    placeholders = [[(ph.get("x"), ph.text) for ph in tuv.iter("ph")]
                    for tuv in questionnaires.findall("tuv")]
    assert placeholders == [[("1", "8/2")], [("1", "8/2")]]


def test_a_tmx_given_as_memory_fills_the_export_of_another_record(tmp_path: Path) -> None:
    tmx = tmp_path / "wg.tmx"
    assert cli("translate", "memory", "export", str(translated_2017(tmp_path)),
               "-o", str(tmx))[0] == 0
    record = record_2018(tmp_path)
    xlf = tmp_path / "wg-2018.en.xlf"
    code, printed, _ = cli("translate", "export", str(record), "--to", "en",
                           "--memory", str(tmx), "-o", str(xlf))
    assert code == 0
    assert "30 texts awaiting en; 14 filled from memory, 1 more" in printed
    assert targets_of(xlf)["$.sessions[1].agenda.items[3].title"] == \
        ("translated", "exact-match", "Other matters")


def test_memory_import_keeps_the_six_languages_of_another_tools_tmx(tmp_path: Path) -> None:
    theirs = tmp_path / "omegat.tmx"
    theirs.write_text(OMEGAT_TMX, "utf-8")
    ours = tmp_path / "memory.tmx"
    code, printed, err = cli("translate", "memory", "import", str(theirs), "-o", str(ours))
    assert (code, err) == (0, "")
    assert printed == (f"{ours}: 2 translation units added of the 3 read, 1 left out (fewer "
                       "than two of the languages, or there already); 2 in all\n")
    segs = [[(tuv.get(XML_LANG), tuv.findtext("seg")) for tuv in tu.findall("tuv")]
            for tu in ET.parse(ours).getroot().iter("tu")]
    assert segs == [[("zh", "其他事项"), ("en", "Other matters")],
                    [("zh", "会议开幕"), ("en", "Opening of the meeting")]]
    xlf = tmp_path / "wg-2018.en.xlf"
    assert cli("translate", "export", str(record_2018(tmp_path)), "--to", "en",
               "--memory", str(ours), "-o", str(xlf))[0] == 0
    assert targets_of(xlf)["$.sessions[0].agenda.items[0].sub_items[0].title"] == \
        ("translated", "exact-match", "Opening of the meeting")


def test_a_tmx_declaring_entities_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]>'
                   "<tmx><body><tu><tuv lang='en'><seg>&a;</seg></tuv></tu></body></tmx>",
                   "utf-8")
    code, _, err = cli("translate", "memory", "import", str(bad), "-o", str(tmp_path / "o.tmx"))
    assert code == 2
    assert f"{bad}: refused, it declares entities" in err
    assert not (tmp_path / "o.tmx").exists()


def test_a_file_that_is_no_tmx_is_refused_naming_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx>\n<body>\n<tu></body></tmx>", "utf-8")
    code, _, err = cli("translate", "export", str(record_2018(tmp_path)), "--to", "en",
                       "--memory", str(bad), "-o", str(tmp_path / "x.xlf"))
    assert code == 2
    assert f"{bad}, line 3, column" in err and "not well-formed XML" in err


def test_memory_import_adds_to_the_memory_it_writes_to(tmp_path: Path) -> None:
    theirs = tmp_path / "omegat.tmx"  # 通过报告 "Adoption of the report" is ours already
    theirs.write_text(OMEGAT_TMX.replace('<tuv lang="DE"><seg>Annahme</seg></tuv>',
                                         '<tuv lang="EN-GB"><seg>Adoption of the report, as '
                                         "amended</seg></tuv>"), "utf-8")
    ours = tmp_path / "memory.tmx"
    assert cli("translate", "memory", "export", str(translated_2017(tmp_path)),
               "--from", "zh", "--to", "en", "-o", str(ours))[0] == 0
    code, printed, _ = cli("translate", "memory", "import", str(theirs), "-o", str(ours))
    assert code == 0  # "其他事项" and "会议开幕" are ours already, in the same words
    assert printed == (f"{ours}: 1 translation unit added of the 3 read, 2 left out (fewer "
                       "than two of the languages, or there already); 16 in all\n")
    segs = [[tuv.findtext("seg") for tuv in tu.findall("tuv")]
            for tu in ET.parse(ours).getroot().iter("tu")]
    assert segs[0] == ["联合国打击跨国有组织犯罪公约",
                       "United Nations Convention against Transnational Organized Crime"]
    assert segs[-1] == ["通过报告", "Adoption of the report, as amended"]
    assert [s for s in segs if s[0] == "其他事项"] == [["其他事项", "Other matters"]]


def test_a_folder_given_as_memory_is_read_for_its_records_and_tmx(tmp_path: Path) -> None:
    folder = tmp_path / "memory"
    folder.mkdir()
    translated_2017(folder)
    xlf = tmp_path / "wg-2018.en.xlf"
    code, printed, _ = cli("translate", "export", str(record_2018(tmp_path)), "--to", "en",
                           "--memory", str(folder), "-o", str(xlf))
    assert code == 0
    assert "14 filled from memory" in printed
