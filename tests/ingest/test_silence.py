"""Silence is not "none attended": a category a report never mentions stays unknown; a sentence
that says nobody of a category attended makes it known and empty (issue 11, "prefer unknown to
wrong")."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sessional.cli import app
from sessional.ingest import ingest_text

HERE = Path(__file__).parent
TIP = (HERE / "data" / "wg-tip-2018.en.txt").read_text(encoding="utf-8")
NGO_PARAGRAPH = ("14. The following non-governmental organizations were represented by observers: "
                 "La Strada\nInternational.")


def _category(text: str, name: str) -> tuple[str, list[object]]:
    facts = getattr(ingest_text(text).record.attendance, name)
    return facts.status, [i if isinstance(i, str) else i.key for i in facts.items]


def test_a_category_the_report_never_mentions_is_unknown_not_empty() -> None:
    # wg-tip-2018 lists States parties, observer States, a specialized agency, IGOs and an NGO;
    # it says nothing of signatories, the EU or United Nations Secretariat units
    for name in ("signatories", "regional_economic_integration_organizations",
                 "un_secretariat_units", "un_funds_and_programmes"):
        assert _category(TIP, name) == ("unknown", []), name
    assert _category(TIP, "observer_states") == ("complete", ["SOM"])


def test_a_paragraph_saying_no_ngo_attended_makes_the_category_known_and_empty() -> None:
    assert NGO_PARAGRAPH in TIP
    text = TIP.replace(NGO_PARAGRAPH, "14. No non-governmental organizations were represented "
                       "at the meeting.")
    assert _category(text, "non_governmental_organizations") == ("complete", [])
    assert _category(text, "signatories") == ("unknown", [])  # still not mentioned
    assert _category(text, "intergovernmental_organizations") == (
        "complete", ["au", "interpol"])


@pytest.mark.parametrize(("corpus", "after", "sentence", "category"), [
    ("wg-trafficking-2021.fr.txt", "La Strada International.",
     " Aucun État signataire n’était représenté.", "signatories"),
    ("wg-smuggling-2019.es.txt", None,
     " Ninguna organización no gubernamental estuvo representada.",
     "non_governmental_organizations"),
    ("wg-smuggling-2018.ru.txt", None,
     " Ни одна неправительственная организация не была представлена.",
     "non_governmental_organizations"),
    ("review-named-twice.zh.txt", "国际刑事警察组织和非洲刑警组织。",
     "没有非政府组织派代表出席会议。", "non_governmental_organizations"),
])
def test_a_sentence_after_a_list_saying_none_attended(corpus: str, after: str | None,
                                                      sentence: str, category: str) -> None:
    """The sentence follows the last list of the Attendance section, in the same paragraph."""
    text = (HERE / "corpus" / corpus).read_text(encoding="utf-8")
    assert _category(text, category) == ("unknown", [])  # the report does not say
    if after is None:  # the end of the last attendance paragraph: before the adoption chapter
        paragraphs = text.split("\n\n")
        last = max(i for i, p in enumerate(paragraphs) if p.rstrip().endswith(".")
                   and ("организации" in p or "organizaciones" in p))
        paragraphs[last] = paragraphs[last].rstrip() + sentence
        text = "\n\n".join(paragraphs)
    else:
        assert after in text
        text = text.replace(after, after + sentence, 1)
    assert _category(text, category) == ("complete", [])


def test_a_lead_naming_who_did_not_attend_still_places_no_one() -> None:
    text = TIP.replace(NGO_PARAGRAPH, "14. The following non-governmental organizations were not "
                       "represented: La Strada International.")
    assert _category(text, "non_governmental_organizations") == ("unknown", [])


def test_ingest_says_which_categories_it_left_unknown(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(HERE / "data" / "wg-tip-2018.en.txt"),
                                      "-o", str(tmp_path / "tip.json")])
    assert result.exit_code == 0, result.output
    assert ("attendance not stated, left unknown: signatories, regional economic integration "
            "organizations, United Nations Secretariat units, United Nations funds and "
            "programmes\n") in result.output
