"""The state of translation: `translate import` records each unit's state from the XLIFF
(translated, signed-off or approved="yes" -> reviewed, final), and `sessional check` counts per
language the texts and words new (awaiting), translated, reviewed and final.

The words are counted here, independently, from the exported file's sources: the example's
texts awaiting French are all Chinese, and a Chinese word is a Chinese character (a run of
Latin letters or digits, such as 2/2 or WG.3, one more)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

from sessional import services

from .conftest import cli
from .test_cli_translate_import import NS, X, _exported, _filled

AWAITING_FR_TEXTS = 32
AWAITING_FR_WORDS = 2315  # the sources' Chinese characters and Latin/digit runs, counted below
STATE = {"$.bodies[0].name": "signed-off", "$.bodies[1].name": "final"}
APPROVED = "$.documents.items[0].title"


def _hand_count(xlf: Path) -> tuple[int, int]:
    """Units and words of an exported file, counted from its sources as a translator would:
    each CJK ideograph one word, each enclosed numeral (㈡, a list's "(b)") one word, each run
    of ASCII letters or digits one word."""
    sources = ["".join(source.itertext()) for source in
               ET.parse(xlf).getroot().iterfind(".//x:trans-unit/x:source", X)]
    words = sum(len(re.findall(r"[\u4e00-\u9fff\u3200-\u32ff]|[A-Za-z0-9]+", text))
                for text in sources)
    return len(sources), words


def _states(record: Path) -> dict[str, dict]:
    code, printed, _ = cli("check", str(record), "--json")
    assert code in (0, 1), printed
    return {row["language"]: row for row in json.loads(printed)["translation"]}


def test_check_counts_the_texts_and_words_awaiting_french(tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    assert _hand_count(xlf) == (AWAITING_FR_TEXTS, AWAITING_FR_WORDS)
    fr = _states(record)["fr"]
    assert fr["new"] == {"texts": AWAITING_FR_TEXTS, "words": AWAITING_FR_WORDS}
    assert fr["translated"] == fr["reviewed"] == fr["final"] == {"texts": 0, "words": 0}
    printed = cli("check", str(record))[1]
    line = next(row for row in printed.splitlines() if row.startswith("  fr "))
    assert line.split() == ["fr", "32", "/", "2,315", "0", "/", "0", "0", "/", "0", "0", "/", "0",
                            "0", "/", "0"]


def test_an_import_records_each_units_state_and_check_counts_them(tmp_path: Path) -> None:
    def stated(unit_id: str, target: ET.Element) -> None:
        if unit_id in STATE:
            target.set("state", STATE[unit_id])

    record, xlf = _exported(tmp_path)
    done = _filled(xlf, edit=stated)
    tree = ET.parse(done)
    for unit in tree.getroot().iter(f"{{{NS}}}trans-unit"):
        if unit.get("id") == APPROVED:
            unit.set("approved", "yes")
    tree.write(done, encoding="utf-8", xml_declaration=True)
    assert cli("translate", "import", str(record), str(done))[0] == 0
    data = json.loads(record.read_text("utf-8"))
    assert data["translation_state"]["$.bodies[0].name"] == {"fr": "reviewed"}
    assert data["translation_state"]["$.bodies[1].name"] == {"fr": "final"}
    assert data["translation_state"][APPROVED] == {"fr": "reviewed"}
    assert data["translation_state"]["$.narrative.introduction.items[0].text"] == \
        {"fr": "translated"}
    fr = _states(record)["fr"]
    # 国际合作工作组 7, 临时议程和说明 7, 技术援助问题政府专家工作组 13 characters
    assert fr["new"] == {"texts": 0, "words": 0}
    assert fr["reviewed"] == {"texts": 2, "words": 7 + 7}
    assert fr["final"] == {"texts": 1, "words": 13}
    assert fr["translated"] == {"texts": 29, "words": AWAITING_FR_WORDS - 27}


def test_the_same_file_again_changes_nothing_and_a_new_state_is_recorded(
        tmp_path: Path) -> None:
    record, xlf = _exported(tmp_path)
    done = _filled(xlf)
    assert cli("translate", "import", str(record), str(done))[0] == 0
    once = record.read_bytes()
    code, printed, _ = cli("translate", "import", str(record), str(done))
    assert code == 0
    assert "0 texts changed in fr, 32 already there" in printed
    assert record.read_bytes() == once
    final = done.with_name("final.xlf")
    final.write_text(done.read_text("utf-8").replace('state="translated"', 'state="final"'),
                     "utf-8")
    code, printed, _ = cli("translate", "import", str(record), str(final))
    assert code == 0
    assert "32 texts changed in fr, 0 already there" in printed
    fr = _states(record)["fr"]
    assert fr["final"] == {"texts": 32, "words": AWAITING_FR_WORDS}
    assert fr["translated"] == {"texts": 0, "words": 0}


def test_a_record_without_states_counts_its_translations_as_translated(tmp_path: Path) -> None:
    record = tmp_path / "wg.json"
    shutil.copy(services.example_path(), record)
    data = json.loads(record.read_text("utf-8"))
    assert "translation_state" not in data
    data["bodies"][0]["name"]["fr"] = "Groupe de travail sur la coopération internationale"
    record.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    fr = _states(record)["fr"]
    assert fr["translated"] == {"texts": 1, "words": 7}
    assert fr["new"] == {"texts": AWAITING_FR_TEXTS - 1, "words": AWAITING_FR_WORDS - 7}
