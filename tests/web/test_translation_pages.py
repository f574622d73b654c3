"""Translation on the record's page: the state of translation per language, in the operator's
language (the figures as `sessional check` gives them, tests/test_cli_translate_state.py); the
XLIFF of a language to download, and a translated one to upload: a new revision, or a 422 page
naming the units, in the operator's language, with nothing applied."""

from __future__ import annotations

import copy
import html
import re
import warnings
from pathlib import Path
from xml.etree import ElementTree as ET

from sessional.services import SYSTEM_USER, Workspace

from ..test_cli_translate_import import INTRO_1, X, _filled
from . import test_pages
from .test_pages import KEY, client

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient
    from httpx import Response

workspace = test_pages.workspace  # the example in a workspace, one user per role


def _row(page: str, lang: str) -> list[str]:
    row = re.search(rf'<tr id="translation-{lang}">(.*?)</tr>', page, re.S)
    assert row is not None
    return re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row.group(1))


def test_the_record_page_shows_the_state_of_translation(workspace: Workspace) -> None:
    c, _ = client(workspace, "sec")
    c.get("/language/fr", follow_redirects=False)
    page = c.get(f"/records/{KEY}").text
    assert "État de la traduction" in page and "Nouveaux (en attente de traduction)" in page
    # languages named and numbers written as a French reader writes them
    assert _row(page, "fr") == ["français", "32 / 2\u202f315", "0 / 0", "0 / 0", "0 / 0", "0 / 0"]
    assert _row(page, "en") == ["anglais", "30 / 2\u202f295", "0 / 0", "10 / 71", "0 / 0", "0 / 0"]
    c.get("/language/zh", follow_redirects=False)
    page = c.get(f"/records/{KEY}").text
    assert "翻译状态" in page and "已审校" in page
    assert _row(page, "zh") == ["中文", "0 / 0", "0 / 0", "0 / 0", "0 / 0", "0 / 0"]


def _download(c: TestClient, tmp_path: Path, query: str) -> Path:
    answer = c.get(f"/records/{KEY}/translation?{query}")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/x-xliff+xml"
    xlf = tmp_path / "wg.fr.xlf"
    xlf.write_bytes(answer.content)
    return xlf


def _upload(c: TestClient, csrf: str, xlf: Path, **fields: str) -> Response:
    return c.post(f"/records/{KEY}/translation", data={"csrf_token": csrf, **fields},
                  files={"xliff": (xlf.name, xlf.read_bytes(), "application/x-xliff+xml")},
                  follow_redirects=False)


def _said(page: str) -> str:
    """The page's text as read: tags, bidirectional isolates and escapes gone."""
    return html.unescape(re.sub(r"<[^>]+>|[\u2068\u2069]", "", page))


def test_the_xliff_for_a_language_is_downloaded_from_the_record_page(
        workspace: Workspace, tmp_path: Path) -> None:
    c, _ = client(workspace, "obs")  # reading is enough to download
    page = c.get(f"/records/{KEY}").text
    assert f'action="/records/{KEY}/translation"' in page
    xlf = _download(c, tmp_path, "to=fr&from=zh")
    root = ET.parse(xlf).getroot()
    assert len(root.findall(".//x:trans-unit", X)) == 32
    assert {f.get("target-language") for f in root.iterfind("x:file", X)} == {"fr"}
    assert c.get(f"/records/{KEY}/translation?to=en&from=ar").status_code == 200
    c.get("/language/es", follow_redirects=False)
    wrong = c.get(f"/records/{KEY}/translation?to=fr&from=fr")
    assert wrong.status_code == 422
    assert "Elija el idioma al que traducir" in wrong.text


def test_an_uploaded_translation_makes_a_new_revision_once(workspace: Workspace,
                                                           tmp_path: Path) -> None:
    c, csrf = client(workspace, "sec")
    before = workspace.latest_revision(SYSTEM_USER, KEY)
    done = _filled(_download(c, tmp_path, "to=fr"))
    answer = _upload(c, csrf, done)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/records/{KEY}?saved={before + 1}"
    assert workspace.latest_revision(SYSTEM_USER, KEY) == before + 1
    data = workspace.view(SYSTEM_USER, KEY).data
    assert data["bodies"][0]["name"]["fr"] == "FR 国际合作工作组"
    assert data["translation_state"]["$.bodies[0].name"] == {"fr": "translated"}
    c.get("/language/fr", follow_redirects=False)
    page = c.get(f"/records/{KEY}").text
    assert _row(page, "fr") == ["français", "0 / 0", "0 / 0", "32 / 2\u202f315", "0 / 0", "0 / 0"]
    again = _upload(c, csrf, done)  # the same file: nothing new, no revision
    assert again.headers["location"] == f"/records/{KEY}?unchanged={before + 1}"
    assert workspace.latest_revision(SYSTEM_USER, KEY) == before + 1
    assert "Le fichier n’apporte rien de nouveau ; le dossier reste à la révision" in \
        c.get(again.headers["location"]).text


def test_a_source_rewritten_on_the_narrative_page_leaves_its_translation_outdated(
        workspace: Workspace, tmp_path: Path) -> None:
    c, csrf = client(workspace, "sec")
    assert _upload(c, csrf, _filled(_download(c, tmp_path, "to=fr"))).status_code == 303
    rewritten = "联合国打击跨国有组织犯罪公约缔约方会议设立了国际合作工作组。"  # 29 characters
    revision = str(workspace.latest_revision(SYSTEM_USER, KEY))
    answer = c.post(f"/records/{KEY}/narrative", data={
        "csrf_token": csrf, "base_revision": revision, "action": "translate",
        "place": "introduction", "index": "0", "lang": "zh", "text": rewritten},
        follow_redirects=False)
    assert answer.status_code == 303, answer.text
    data = workspace.view(SYSTEM_USER, KEY).data
    assert data["narrative"]["introduction"]["items"][0]["text"]["fr"].startswith("FR ")
    c.get("/language/fr", follow_redirects=False)
    page = c.get(f"/records/{KEY}").text
    assert "Périmés (le texte source a changé depuis)" in page
    # new, outdated (the rewritten paragraph, its 29 characters), translated, reviewed, final
    assert _row(page, "fr")[1:3] == ["0 / 0", "1 / 29"]
    assert _row(page, "fr")[3].startswith("31 / ")
    # beside the translation, the translator sees the source it was made from
    narrative = c.get(f"/records/{KEY}/narrative?to=fr").text
    notes = re.findall(r'<div class="outdated" role="note">(.*?)</div>', narrative, re.S)
    assert len(notes) == 1
    assert "Périmée : traduite d’une version antérieure du texte source :" in notes[0]
    assert "在其第 2/2 号决定中决定设立一个不限成员名额工作组" in notes[0]  # the old Chinese


def _drop_2014(unit_id: str, target: ET.Element) -> None:
    if unit_id == INTRO_1:  # <ph id="4"> 2014 taken out of the target
        target[2].tail = (target[2].tail or "") + (target[3].tail or "")
        target.remove(target[3])


def test_a_refused_upload_is_a_page_in_the_users_language_naming_the_unit(
        workspace: Workspace, tmp_path: Path) -> None:
    c, csrf = client(workspace, "sec")
    before = workspace.latest_revision(SYSTEM_USER, KEY)
    bad = _filled(_download(c, tmp_path, "to=fr"), "wg.fr.bad.xlf", _drop_2014)
    c.get("/language/zh", follow_redirects=False)
    answer = _upload(c, csrf, bad)
    assert answer.status_code == 422
    said = _said(answer.text)
    assert "wg.fr.bad.xlf：译文中有 1 个受保护的占位符丢失或被更改；未导入任何内容" in said
    assert f'{INTRO_1}：译文中缺少 <ph id="4"> 2014（number）' in said
    c.get("/language/fr", follow_redirects=False)
    bad = bad.rename(tmp_path / "C:\\Users\\t\\wg.fr.bad.xlf")  # as some browsers name it
    said = _said(_upload(c, csrf, bad).text)
    assert "wg.fr.bad.xlf : 1 balise protégée perdue ou modifiée dans les traductions ; rien " \
        "n’a été importé" in said
    assert f'{INTRO_1} : <ph id="4"> 2014 (number) manque dans la traduction' in said
    assert "Users" not in said
    assert workspace.latest_revision(SYSTEM_USER, KEY) == before  # nothing applied
    assert "fr" not in workspace.view(SYSTEM_USER, KEY).data["bodies"][0]["name"]


def test_an_observer_cannot_upload_and_an_empty_form_is_refused(workspace: Workspace,
                                                                tmp_path: Path) -> None:
    c, csrf = client(workspace, "obs")
    xlf = _filled(_download(c, tmp_path, "to=fr"))
    assert _upload(c, csrf, xlf).status_code == 403
    c, csrf = client(workspace, "sec")
    c.get("/language/ru", follow_redirects=False)
    empty = c.post(f"/records/{KEY}/translation", data={"csrf_token": csrf},
                   follow_redirects=False)
    assert empty.status_code == 422
    assert "Выберите переведенный файл XLIFF для загрузки." in empty.text


def test_the_download_is_prefilled_from_the_other_records_of_the_store(
        workspace: Workspace, tmp_path: Path) -> None:
    other = copy.deepcopy(workspace.view(SYSTEM_USER, KEY).data)
    other["bodies"][0]["name"]["fr"] = "Groupe de travail sur la coopération internationale"
    workspace.create(SYSTEM_USER, "wg-2017-fr", other)
    c, _ = client(workspace, "sec")
    root = ET.parse(_download(c, tmp_path, "to=fr")).getroot()
    targets = {unit.get("id"): unit.find("x:target", X)
               for unit in root.iterfind(".//x:trans-unit", X)}
    body = targets["$.bodies[0].name"]
    assert body is not None and body.text == "Groupe de travail sur la coopération internationale"
    assert body.get("state") == "translated"
    assert targets["$.bodies[1].name"] is None  # the other record has no French for it either
