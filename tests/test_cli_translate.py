"""`sessional translate export`: the texts the French report marks as missing translation, as
XLIFF 1.2 trans-units with symbols, dates and numbers protected."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from sessional import services

from .conftest import cli

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
IDS = [  # the paths `sessional check --lang fr` lists as missing translation, in report order
    *(f"$.narrative.introduction.items[{i}].text" for i in range(5)),
    "$.bodies[0].name", "$.bodies[1].name", "$.sessions[0].agenda.items[1].title",
    *(f"$.narrative.deliberations[0].paragraphs.items[{i}].text" for i in range(5)),
    "$.sessions[0].agenda.items[0].title", "$.sessions[0].agenda.items[0].sub_items[0].title",
    "$.sessions[0].agenda.items[0].sub_items[1].title",
    *(f"$.sessions[0].agenda.items[{i}].title" for i in range(2, 7)),
    "$.sessions[1].agenda.items[0].title", "$.sessions[1].agenda.items[0].sub_items[0].title",
    "$.sessions[1].agenda.items[0].sub_items[1].title",
    *(f"$.sessions[1].agenda.items[{i}].title" for i in range(1, 5)),
    *(f"$.documents.items[{i}].title" for i in range(4)),
]


def test_export_lists_every_text_awaiting_french(tmp_path: Path) -> None:
    out = tmp_path / "wg.fr.xlf"
    code, printed, err = cli("translate", "export", str(services.example_path()),
                             "--to", "fr", "--from", "zh", "-o", str(out))
    assert (code, err) == (0, "")
    assert "32 texts awaiting fr" in printed
    root = ET.parse(out).getroot()
    file = root.find("x:file", NS)
    assert file is not None
    assert (file.get("source-language"), file.get("target-language")) == ("zh", "fr")
    assert file.get("original") == "sessional-record:CTOC/COP/WG.3+CTOC/COP/WG.2:2017-10-09"
    units = root.findall(".//x:trans-unit", NS)
    assert [u.get("id") for u in units] == IDS
    first = units[0]
    assert first.findtext("x:note", namespaces=NS) == \
        "introduction paragraph; chapter I. Introduction; paragraph 1"
    source = first.find("x:source", NS)
    assert source is not None
    assert (source.text or "").startswith("联合国打击跨国有组织犯罪公约缔约方会议在其第 ")
    protected = [(ph.get("ctype"), ph.text) for ph in source.findall("x:ph", NS)]
    assert protected[:4] == [("x-number", "2/2"), ("x-number", "3/2"),
                             ("x-dates", "2006 年 10 月 9 日至 18 日"), ("x-number", "2014")]
    shown = [ph.get("equiv-text") for ph in source.findall("x:ph", NS)]  # what import writes
    assert shown[:4] == [None, None, "du 9 au 18 octobre 2006", None]


def test_export_protects_a_document_symbol(tmp_path: Path) -> None:
    from sessional.render.xliff import Code, protect

    assert protect("见 CTOC/COP/WG.3/2017/1。") == (
        "见 ", Code("1", "symbol", "CTOC/COP/WG.3/2017/1"), "。")


def test_export_refuses_an_unknown_language(tmp_path: Path) -> None:
    code, _, err = cli("translate", "export", str(services.example_path()),
                       "--to", "de", "-o", str(tmp_path / "x.xlf"))
    assert code == 2
    assert "--to: 'de' is not one of" in err


def test_export_keeps_the_spaces_of_a_source_that_starts_and_ends_with_a_placeholder() -> None:
    from sessional.render.xliff import Unit, xliff

    written = xliff("r", "fr", [Unit("$.documents.items[0].title", "zh",
                                     "2017 年 10 月 9 日 CTOC/COP/WG.3/2017/1", "document title")],
                    "zh")
    source = ET.fromstring(written).find(".//x:source", NS)
    assert source is not None
    assert "".join(source.itertext()) == "2017 年 10 月 9 日 CTOC/COP/WG.3/2017/1"


def test_copy_source_gives_each_unit_a_target_that_imports_as_untranslated(
        tmp_path: Path) -> None:
    """OmegaT's XLIFF filter translates the <target> and skips a unit without one."""
    out = tmp_path / "wg.fr.xlf"
    assert cli("translate", "export", str(services.example_path()), "--to", "fr",
               "--copy-source", "-o", str(out))[0] == 0
    units = ET.parse(out).getroot().findall(".//x:trans-unit", NS)
    assert len(units) == 32
    for unit in units:
        source, target = unit.find("x:source", NS), unit.find("x:target", NS)
        assert source is not None and target is not None
        assert (target.get("state"), target.get("{http://www.w3.org/XML/1998/namespace}lang")) \
            == (None, "fr")
        assert ET.tostring(target).replace(b"target", b"source").split(b">", 1)[1] == \
            ET.tostring(source).split(b">", 1)[1]  # the same text and placeholders
    record = tmp_path / "wg.json"
    record.write_bytes(services.example_path().read_bytes())
    code, printed, _ = cli("translate", "import", str(record), str(out))
    assert (code, printed.split(";")[0]) == (
        0, f"{out}: 0 texts changed in fr, 0 already there, 32 left untranslated")
