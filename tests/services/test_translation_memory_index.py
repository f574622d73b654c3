"""The fuzzy look-up through the index of character grams (services/translation_memory) finds
what scoring the whole length window finds: 99 % of those matches on generated memories of
English and Chinese titles, the match of a text whose grams are common to the whole memory, and
the same proposals before and after a kind of text is indexed (after INDEX_AFTER look-ups)."""

from __future__ import annotations

import random

import pytest

from sessional.render.tmx import MemoryUnit
from sessional.render.xliff import Proposal
from sessional.services import translation_memory
from sessional.services.translation_memory import Memory

KIND = "agenda item title"
VOCABULARY = ("report adoption agenda organization work session meeting working group "
              "international cooperation criminal matters mutual legal assistance extradition "
              "evidence electronic central authorities practices challenges review implementation "
              "convention protocol trafficking persons smuggling migrants firearms technical "
              "assistance recommendations conference parties secretariat questionnaire "
              "other provisional draft election officers opening closing")
WORDS = VOCABULARY.split()  # 46 words, "assistance" twice
HANZI = ("会议工作组国际合作刑事事项司法协助引渡证据电子中央机关良好做法挑战审议实施公约议定书"
         "贩运人口偷运移民枪支技术援助建议缔约方秘书处调查表其他临时草案选举主席团开幕闭幕报告通过议程安排")


def _titles(rng: random.Random, count: int, piece: list[str], low: int, high: int,
            joint: str) -> list[str]:
    found: set[str] = set()
    while len(found) < count:
        found.add(joint.join(rng.choices(piece, k=rng.randint(low, high))))
    return sorted(found)


def _edited(rng: random.Random, title: str, piece: list[str], joint: str) -> str:
    """The title with one of its pieces replaced, dropped or doubled."""
    parts = title.split(joint) if joint else list(title)
    at = rng.randrange(len(parts))
    change = rng.randrange(3)
    if change == 0:
        parts[at] = rng.choice(piece)
    elif change == 1 and len(parts) > 2:
        del parts[at]
    else:
        parts.insert(at, rng.choice(piece))
    return joint.join(parts)


def _recall(source: str, piece: list[str], low: int, high: int, joint: str) -> tuple[int, int]:
    """(matches the window scan finds, of them those the index finds) over 300 edited titles."""
    rng = random.Random(15)
    titles = _titles(rng, 4000, piece, low, high, joint)
    memory = Memory([MemoryUnit(KIND, source, {source: t, "fr": f"titre {n}"})
                     for n, t in enumerate(titles)], source, "fr").index()  # type: ignore[arg-type]
    scanned = found = 0
    for title in rng.sample(titles, 300):
        text = _edited(rng, title, piece, joint)
        wanted = memory.scanned(KIND, text)
        got = memory.fuzzy(KIND, text)
        scanned += len(wanted)
        found += sum(proposal in got for proposal in wanted)
    return scanned, found


@pytest.mark.parametrize(("source", "piece", "low", "high", "joint"), [
    ("en", WORDS, 3, 10, " "),  # 3-grams
    ("zh", list(HANZI), 6, 30, ""),  # 2-grams
])
def test_the_index_finds_99_percent_of_what_the_scan_finds(
        source: str, piece: list[str], low: int, high: int, joint: str) -> None:
    scanned, found = _recall(source, piece, low, high, joint)
    assert scanned >= 280  # nearly every edited title still matches its original
    assert found >= 0.99 * scanned


def test_a_title_of_common_grams_is_found_by_its_rarest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translation_memory, "BUDGET", 100)  # a tenth of what holds "report"
    rng = random.Random(15)
    titles = [f"report {''.join(rng.choices('abcdefghijklmnopqrstuvwxyz', k=24))}"
              for _ in range(1000)]
    memory = Memory([MemoryUnit(KIND, "en", {"en": t, "fr": f"rapport {n}"})
                     for n, t in enumerate(titles)], "en", "fr").index()
    text = titles[417][:20] + "-" + titles[417][21:]  # one letter of 31 changed
    assert memory.fuzzy(KIND, text) == [Proposal(97, titles[417], "rapport 417")]


def test_a_kind_looked_up_often_is_indexed_and_proposes_the_same() -> None:
    memory = Memory([MemoryUnit(KIND, "zh", {"zh": "在获得电子证据方面的最新动态",
                                             "en": "Recent developments"}),
                     MemoryUnit(KIND, "zh", {"zh": "其他事项", "en": "Other matters"})],
                    "zh", "en")
    wanted = [Proposal(93, "在获得电子证据方面的最新动态", "Recent developments")]
    found = [memory.fuzzy(KIND, "在获得电子证据方面的最新发展动态")
             for _ in range(translation_memory.INDEX_AFTER + 2)]
    assert found[0] == wanted  # by scanning the window
    assert found[-1] == wanted  # through the index built after INDEX_AFTER look-ups
