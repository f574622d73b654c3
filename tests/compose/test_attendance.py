"""Attendance paragraphs: each category of participant gets its sentence, partial lists a mark."""

from __future__ import annotations

import json
from typing import Any

from sessional.compose import Placeholder, compose_report, plain
from sessional.model import record_from_data

from ..conftest import EXAMPLE


def paragraphs(lang: str, **attendance: Any) -> dict[int, str]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"].update(attendance)
    report = compose_report(record_from_data(data), lang)  # type: ignore[arg-type]
    return {p.number: plain(p.parts) for p in report.paragraphs if p.number is not None}


def test_funds_and_programmes_that_attended_get_their_paragraph() -> None:
    funds = {"items": [{"key": "undp"}, {"key": "unicef"}]}
    en = paragraphs("en", un_funds_and_programmes=funds)
    assert en[25] == ("The following United Nations funds and programmes were represented by "
                      "observers: United Nations Children's Fund and United Nations Development "
                      "Programme.")
    assert en[26].startswith("The following specialized agencies")
    assert len(en) == 30  # one paragraph more than the example's 29
    fr = paragraphs("fr", un_funds_and_programmes=funds)
    assert fr[25] == ("Les fonds et programmes des Nations Unies suivants étaient représentés "
                      "par des observateurs\u00a0: Fonds des Nations Unies pour l’enfance et "
                      "Programme des Nations Unies pour le développement.")


def test_no_funds_and_programmes_paragraph_when_none_attended() -> None:
    en = paragraphs("en")
    assert len(en) == 29
    assert not any("funds and programmes" in text for text in en.values())


def test_a_partial_list_of_one_signatory_keeps_its_mark() -> None:
    partial = {"status": "partial", "items": ["IRN"]}
    assert paragraphs("en", signatories=partial)[24] == (
        "The following signatory States to the Convention were represented by observers: "
        "Iran (Islamic Republic of) […].")
    assert paragraphs("zh", signatories=partial)[24] == \
        "《公约》的下列签署国派观察员出席了会议：伊朗伊斯兰共和国[……]。"
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attendance"]["signatories"] = partial
    para24 = compose_report(record_from_data(data), "en").paragraphs[23]
    marks = [p for p in para24.parts if isinstance(p, Placeholder)]
    assert [(m.kind, m.path) for m in marks] == [("partial", "$.attendance.signatories")]
