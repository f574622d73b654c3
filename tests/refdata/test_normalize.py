"""Keys under which the spellings of one name meet (UNTERM marks, articles, CJK spaces)."""

from __future__ import annotations

import pytest

from sessional.refdata.normalize import name_key


@pytest.mark.parametrize(("text", "key"), [
    ("Bolivia (Plurinational State of) *", "bolivia(plurinational state of)"),  # UNTERM mark
    ("Autriche (l') [fém.]", "autriche"),  # UNTERM French short name with article and gender
    ("Salvador (el)", "salvador"),
    ("The Netherlands", "netherlands"),
    ("l'Autriche", "autriche"),
    ("Austria.", "austria"),
    ("Iran ( Islamic Republic of )", "iran(islamic republic of)"),
    ("Guinea - Bissau", "guinea-bissau"),
    ("Timor\u2011Leste", "timor-leste"),
    ("Côte d’Ivoire", "côte d'ivoire"),
    ("ＵＳＡ", "usa"),
    ("United States of America", "united states of america"),
    ("伊朗 伊斯兰 共和国", "伊朗伊斯兰共和国"),
])
def test_spellings_of_one_name_meet_under_one_key(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize("pair", ["\u3400 \u3400", "\u9fff \u9fff", "\ufa0e \ufa0e"])
def test_spaces_are_dropped_around_every_cjk_ideograph(pair: str) -> None:
    """From the first of CJK extension A (U+3400) to the last unified ideograph (U+9FFF), and
    the ideographs of the compatibility block that NFKC keeps (U+FA0E)."""
    assert name_key(pair) == pair.replace(" ", "")
