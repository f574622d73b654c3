"""Translation memory: every text a record has in two languages or more, and every unit of a
TMX file, looked up by its source (whitespace made single, same kind of text) when a record is
exported for translation.

The look-up is exact through a dictionary, and fuzzy through rapidfuzz's Indel ratio (the
share of characters two texts have in common, in order) over the sources of the same kind
whose length could reach the cut-off at all: a ratio of 75 needs the shorter text to be at
least 0.6 of the longer, so the sources sorted by length are cut to that slice by bisection
before rapidfuzz compares them (its C loop, with the cut-off, stops early on a hopeless one)."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from ..model import LANGUAGES, Lang
from ..render.tmx import MemoryUnit
from ..render.xliff import Proposal

CUTOFF = 75  # the least ratio of a fuzzy match offered to the translator
PROPOSALS = 3  # at most this many fuzzy matches per unit
SHORTEST = CUTOFF / (200 - CUTOFF)  # 0.6: the least length ratio that can reach CUTOFF


def normalised(text: str) -> str:
    return " ".join(text.split())


def texts_of(data: Any, path: str = "$") -> Iterator[tuple[str, dict[str, str]]]:
    """Every text of record JSON data (an object of language codes and strings) and its path."""
    if isinstance(data, dict):
        if data and set(data) <= set(LANGUAGES) and all(isinstance(v, str) for v in
                                                         data.values()):
            yield path, data
            return
        for key, value in data.items():
            if not (path == "$" and key == "translation_state"):  # states, not texts
                yield from texts_of(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from texts_of(value, f"{path}[{index}]")


@dataclass
class _Shelf:
    """The sources of one kind of text, shortest first, with their translations."""

    lengths: list[int]
    sources: list[str]
    targets: list[str]


class Memory:
    """The memory's translations from `source` into `target`, looked up by source text."""

    def __init__(self, units: Iterable[MemoryUnit], source: Lang, target: Lang) -> None:
        self._exact: dict[tuple[str | None, str], str] = {}
        rows: dict[str | None, set[tuple[int, str, str]]] = {}
        for unit in units:
            text, translation = unit.texts.get(source), unit.texts.get(target)
            if text and translation:
                key = normalised(text)
                self._exact.setdefault((unit.kind, key), translation)
                rows.setdefault(unit.kind, set()).add((len(key), key, translation))
        self._shelves = {kind: _Shelf(*map(list, zip(*sorted(found), strict=True)))
                         for kind, found in rows.items()}

    def exact(self, kind: str, text: str) -> str | None:
        """The translation of this very source, of the same kind (or of no known kind)."""
        key = normalised(text)
        return self._exact.get((kind, key)) or self._exact.get((None, key))

    def fuzzy(self, kind: str, text: str) -> list[Proposal]:
        """The best translations of other sources at least CUTOFF alike, best first."""
        key = normalised(text)
        found: list[Proposal] = []
        for shelf in filter(None, (self._shelves.get(kind), self._shelves.get(None))):
            low = bisect.bisect_left(shelf.lengths, math.ceil(len(key) * SHORTEST))
            high = bisect.bisect_right(shelf.lengths, math.floor(len(key) / SHORTEST))
            for _, score, at in process.extract(key, shelf.sources[low:high],
                                                scorer=fuzz.ratio, score_cutoff=CUTOFF,
                                                limit=PROPOSALS + 1):
                if shelf.sources[low + at] != key:
                    found.append(Proposal(round(score), shelf.sources[low + at],
                                          shelf.targets[low + at]))
        return sorted(found, key=lambda p: -p.quality)[:PROPOSALS]
