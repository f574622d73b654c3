"""A real CAT tool reads our files (issue 15): Debian's OmegaT 3.6, headless, translates the
example's French XLIFF from a TMX of ours, and `translate import` puts its target file back into
the record, so that the French report shows those paragraphs in French.

scripts/setup.sh installs OmegaT; a machine without it fails this test, it does not skip it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from sessional import services

from .conftest import cli

INTRO_2 = "$.narrative.introduction.items[1].text"
DELIBERATION_1 = "$.narrative.deliberations[0].paragraphs.items[0].text"
FRENCH = {  # last year's translations, in a record of their own
    INTRO_2: "Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a été "
             "créé en application de la décision 2/6 de la Conférence des Parties. Dans sa "
             "décision 4/3, la Conférence a décidé que le Groupe serait un élément permanent de "
             "la Conférence. Le Groupe a tenu sa neuvième réunion du 17 au 19 octobre 2016, "
             "pendant la huitième session de la Conférence.",
    DELIBERATION_1: "Au titre de ce point de l'ordre du jour, les orateurs ont fait part de "
                    "leurs vues et de leur expérience du transfert des procédures pénales.",
}
PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>zh</source_lang>
    <target_lang>fr</target_lang>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""
PREFERENCES = """<?xml version="1.0" encoding="UTF-8" ?>
<omegat>
  <preference version="1.0">
    <ext_tmx_show_level2>true</ext_tmx_show_level2>
    <ext_tmx_use_slash>true</ext_tmx_use_slash>
  </preference>
</omegat>
"""
"""OmegaT reads a TMX's <ph> as tags only with these two (Options, "TMX level 2" and "use
slash"); without them a memory with placeholders matches no segment of ours."""


def _french_memory(tmp_path: Path) -> Path:
    data = json.loads(services.example_path().read_text(encoding="utf-8"))
    data["narrative"]["introduction"]["items"][1]["text"]["fr"] = FRENCH[INTRO_2]
    data["narrative"]["deliberations"][0]["paragraphs"]["items"][0]["text"]["fr"] = \
        FRENCH[DELIBERATION_1]
    data["sessions"][0]["agenda"]["items"][0]["title"]["fr"] = "Questions d'organisation"
    record = tmp_path / "last-year.json"
    record.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return record


def _project(tmp_path: Path, record: Path) -> Path:
    project = tmp_path / "omegat-project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT, "utf-8")
    code, printed, err = cli("translate", "memory", "export", str(_french_memory(tmp_path)),
                             "--from", "zh", "--to", "fr",
                             "-o", str(project / "tm" / "auto" / "last-year.tmx"))
    assert (code, err) == (0, ""), printed
    code, printed, err = cli("translate", "export", str(record), "--to", "fr", "--copy-source",
                             "-o", str(project / "source" / "wg.fr.xlf"))
    assert (code, err) == (0, ""), printed
    return project


def test_omegat_translates_our_xliff_from_our_tmx_and_import_reads_it_back(
        tmp_path: Path) -> None:
    omegat = shutil.which("omegat")
    assert omegat, "OmegaT is not installed: run scripts/setup.sh (Debian package omegat)"
    record = tmp_path / "wg.json"
    shutil.copy(services.example_path(), record)
    project = _project(tmp_path, record)
    settings = tmp_path / "omegat-settings"
    settings.mkdir()
    (settings / "omegat.prefs").write_text(PREFERENCES, "utf-8")
    run = subprocess.run([omegat, "--mode=console-translate", "--disable-project-locking",
                          "--no-team", f"--config-dir={settings}", str(project)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    translated = project / "target" / "wg.fr.xlf"
    code, printed, err = cli("translate", "import", str(record), str(translated))
    assert (code, err) == (0, "")
    assert "4 texts changed in fr, 0 already there, 28 left untranslated" in printed

    out = tmp_path / "report"
    code, printed, _ = cli("render", str(record), "--lang", "fr", "--format", "md",
                           "-o", str(out), "--json")
    assert code == 0
    awaiting = {gap["path"] for gap in json.loads(printed)["gaps"]["fr"]
                if gap["kind"] == "missing_translation"}
    assert INTRO_2 not in awaiting and DELIBERATION_1 not in awaiting
    assert "$.narrative.introduction.items[0].text" in awaiting  # not in the memory
    report = (out / "report.fr.md").read_text(encoding="utf-8")  # apostrophes typeset: ’
    assert "\n2. Le Groupe de travail d’experts gouvernementaux sur l’assistance technique a " \
        "été créé en application de la décision 2/6 de la Conférence des Parties." in report
    assert "Le Groupe a tenu sa neuvième réunion du 17 au 19 octobre 2016, pendant" in report
    assert "\n9. Au titre de ce point de l’ordre du jour, les orateurs ont fait part" in report
    assert report.count("1. Questions d’organisation") == 2  # both meetings' agendas
