"""Refusals in the operator's language: the record's validation faults and the services'
refusals said on a Chinese or Arabic page as in the catalogues, the English message unchanged;
joint items never lose a summary."""

from __future__ import annotations

import gettext
import html
import json
import re

import pytest

from sessional.model import RecordInvalid, record_from_data
from sessional.services import SYSTEM_USER, InputError, Workspace, example_text, explained
from sessional.services.joint import join_items, separate_items
from sessional.web.pages.i18n import translations

from .test_pages import KEY, client, workspace  # noqa: F401  (the fixture)

PATH = "$.attendance.states_parties.items[0]"


def shown(page: str) -> str:
    """The text as a reader sees it: entities decoded, bidirectional isolates dropped."""
    return html.unescape(page).replace("\u2068", "").replace("\u2069", "")


def austria_typed_as_a_code() -> RecordInvalid:
    data = json.loads(example_text())
    data["attendance"]["states_parties"]["items"][0] = "Austria"
    with pytest.raises(RecordInvalid) as refused:
        record_from_data(data)
    return refused.value


def test_a_validation_fault_is_said_in_chinese_and_arabic_and_english_is_unchanged() -> None:
    invalid = austria_typed_as_a_code()
    [fault] = [f for f in explained(invalid.faults, invalid.on) if f.path == PATH]
    assert str(fault) == ("attendance › States parties › entry 1: 'Austria' is not a code of "
                          "the reference data; did you mean AUT (Austria)? "
                          "($.attendance.states_parties.items[0])")
    assert shown(fault.line("zh", translations("zh"))) == (
        "出席情况 › 缔约国 › 第1项：'Austria'不是参考数据中的代码；您是否指AUT（奥地利）？"
        "（$.attendance.states_parties.items[0]）")
    assert shown(fault.line("ar", translations("ar"))) == (
        "الحضور › الدول الأطراف › المُدخل 1: 'Austria' ليس رمزاً في البيانات المرجعية؛ "
        "هل تقصد AUT (النمسا)؟ ($.attendance.states_parties.items[0])")


def test_a_refused_new_meeting_is_explained_in_chinese(workspace: Workspace) -> None:  # noqa: F811
    c, csrf = client(workspace, "sec")
    c.get("/language/zh", follow_redirects=False)
    answer = c.post("/new", data={"csrf_token": csrf, "body": "irg", "key": "irg-2026",
                                  "lang": "en", "start": "2026-10-13", "end": "2026-10-10"})
    assert answer.status_code == 422
    assert "日期：最后一天2026-10-10早于第一天2026-10-13" in shown(answer.text)
    assert "is before the first" not in answer.text


def test_a_mistyped_symbol_is_explained_in_chinese(workspace: Workspace) -> None:  # noqa: F811
    c, csrf = client(workspace, "sec")
    c.get("/language/zh", follow_redirects=False)
    answer = c.post(f"/records/{KEY}/documents", data={
        "csrf_token": csrf, "action": "add", "symbol": "CTOC", "bodies": "IC", "lang": "en"})
    assert answer.status_code == 422
    assert "文号：“CTOC”不是文件文号：文号须包含系列和编号" in shown(answer.text)
    live = c.get("/ui/symbol", params={"text": "CTOC"}).json()
    assert live["symbol"] is None and "文号须包含系列和编号" in shown(live["error"])


def test_items_with_a_summary_are_not_made_joint(workspace: Workspace) -> None:  # noqa: F811
    data = json.loads(example_text())
    summary = {"text": {"en": "The Chair summarized the discussion."}, "source_language": "en"}
    [j1] = [d for d in data["narrative"]["deliberations"] if d.get("joint_item") == "J1"]
    j1["paragraphs"] = {"status": "complete", "items": [summary]}
    workspace.replace(SYSTEM_USER, KEY, 1, data)
    before = workspace.record(SYSTEM_USER, KEY)
    with pytest.raises(InputError, match="IC item 2 has a summary of its own"):
        join_items(workspace, SYSTEM_USER, KEY, "J9", {"IC": "2", "TA": "3"})
    with pytest.raises(InputError, match="joint item 'J1' has a summary of its deliberations"):
        separate_items(workspace, SYSTEM_USER, KEY, "J1")
    with pytest.raises(InputError, match="joint item key 'TA': a body has this key"):
        join_items(workspace, SYSTEM_USER, KEY, "TA", {"IC": "4", "TA": "3"})
    after = workspace.record(SYSTEM_USER, KEY)
    assert after == before  # nothing half-applied


def test_an_empty_summary_goes_with_the_items_made_joint(workspace: Workspace) -> None:  # noqa: F811
    # the example has empty summaries ("unknown") for IC 4 and TA 3
    done = join_items(workspace, SYSTEM_USER, KEY, "J4", {"IC": "4", "TA": "3"})
    assert done.changed
    record = workspace.record(SYSTEM_USER, KEY)
    assert not [d for d in record.narrative.deliberations
                if (d.body, d.item) in (("IC", "4"), ("TA", "3"))]
    assert [d.body for d in record.narrative.deliberations if d.item == "2"] == ["IC"]
    assert record.session_of("IC").agenda.item("4").joint == "J4"


def test_a_joint_item_may_not_take_a_bodys_key() -> None:
    data = json.loads(example_text())
    data["joint_items"][0]["key"] = "TA"
    with pytest.raises(RecordInvalid) as refused:
        record_from_data(data)
    said = [str(f) for f in refused.value.faults if f.path == "$.joint_items[0].key"]
    assert said == ["joint item TA › key: 'TA' is the key of a body; a joint item needs a key "
                    "of its own ($.joint_items[0].key)"]


def test_counts_and_languages_in_findings_are_said_as_each_language_writes_them() -> None:
    from sessional.check.context import Context
    from sessional.model.wording import Number, say, words

    said = words("{count} words in {lang}", count=Number(12345),
                 lang=Context.language_names("zh"))
    assert say(said) == "12,345 words in zh"  # the English message, as before
    english = gettext.NullTranslations()  # the sentence as it is: the slots are under test
    assert shown(say(said, "fr", english)) == "12\u202f345 words in chinois"
    assert shown(say(said, "ru", english)) == "12\u00a0345 words in китайский"
    assert shown(say(said, "zh", english)) == "12,345 words in 中文"


def test_a_control_character_typed_in_a_form_is_refused_in_chinese(
        workspace: Workspace) -> None:  # noqa: F811
    c, csrf = client(workspace, "sec")
    c.get("/language/zh", follow_redirects=False)
    shown_form = c.get(f"/records/{KEY}/report").text.split(
        f'action="/records/{KEY}/report" class="grid">')[1]
    [number] = re.findall(r'name="form_no" value="(\d+)"', shown_form.split("</form>")[0])
    answer = c.post(f"/records/{KEY}/report", data={
        "csrf_token": csrf, "form_no": number, "base_revision": "1", "symbol": "",
        "date": "2017-10-20", "adopted_on": "", "status": "final", "title": "Draft\x0breport",
        "job_number_fr": "V.17-07273 (F)"})
    assert answer.status_code == 422
    assert "第6个字符U+000B (line tabulation)不允许出现在文本中（控制字符中只允许制表符和换行符）" \
        in shown(answer.text)
    assert "is not allowed in text" not in answer.text
    # nothing typed is lost: the form comes back as it was sent
    assert 'name="title" value="Draft\ufffdreport"' in answer.text  # where it was
    assert 'name="date" type="date" value="2017-10-20"' in answer.text
    assert 'name="job_number_fr" dir="ltr" autocomplete="off" value="V.17-07273 (F)"' \
        in answer.text
    assert '<option value="final" selected>' in answer.text
    assert '<option value="draft">' in answer.text


def test_a_record_file_that_is_not_json_is_refused_in_french() -> None:
    from sessional.model import record_from_json
    with pytest.raises(RecordInvalid) as refused:
        record_from_json(b'{"format": }', "r.json")
    [fault] = refused.value.faults
    assert str(fault) == "the record: not JSON: Expecting value at line 1, column 12 ($)"
    assert shown(fault.line("fr", translations("fr"))).endswith(
        "pas du JSON : Expecting value à la ligne 1, colonne 12 ($)")


def test_a_refused_agenda_item_comes_back_as_typed_in_its_own_form(
        workspace: Workspace) -> None:  # noqa: F811
    c, csrf = client(workspace, "sec")
    page = c.get(f"/records/{KEY}/agenda").text
    forms = page.split("<form")
    [ic2] = [f for f in forms if 'id="title-IC-2"' in f]
    [number] = re.findall(r'name="form_no" value="(\d+)"', ic2)
    answer = c.post(f"/records/{KEY}/agenda", data={
        "csrf_token": csrf, "form_no": number, "base_revision": "1", "action": "replace",
        "body": "IC", "old_number": "2", "lang": "zh", "number": "two",
        "title": "新的标题", "kind": "organizational", "sub_items": "(a) 第一\n(b) 第二",
        "joint": ""})
    assert answer.status_code == 422
    refused = answer.text.split("<form")
    [again] = [f for f in refused if 'id="title-IC-2"' in f]
    assert 'name="number" value="two"' in again and 'value="新的标题"' in again
    assert '<option value="organizational" selected>' in again
    assert ">(a) 第一\n(b) 第二</textarea>" in again
    opened = re.findall(r'<details class="edit" open[^>]*>\s*<summary>([^<]+)<', answer.text)
    assert opened == ["Edit item 2"]  # the form sent is shown open, the others folded
    [ic3] = [f for f in refused if 'id="title-IC-3"' in f]
    assert "新的标题" not in ic3 and 'name="number" value="3"' in ic3  # the others as they are
