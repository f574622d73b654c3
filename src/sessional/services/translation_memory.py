"""Translation memory: every text a record has in two languages or more, and every unit of a
TMX file, looked up by its source (whitespace made single, same kind of text) when a record is
exported for translation.

The look-up is exact through a dictionary. The fuzzy look-up scores with rapidfuzz's Indel
ratio (the share of characters two texts have in common, in order), but not against the whole
memory: an index of character grams (2 characters for Chinese, 3 for the alphabetic scripts;
each source padded at both ends) names, for each gram, the sources holding it, in order of
length. A look-up takes of each of the text's grams the slice of its list in the length window
(a ratio of 75 needs the shorter text to be at least 0.6 of the longer), reads the rarest
slices, as many as fit in BUDGET entries (the rarest always), counts the grams each source
shares with the text, keeps the SHORTLIST sharing most and of those the CANDIDATES sharing most
for their own number of grams (Dice's coefficient); only those are scored. Its cost per unit
grows with the entries read until BUDGET caps it, not with the memory.

The index of a kind of text costs about as much to build as INDEX_AFTER scans of its window
(both grow with the memory), so it is built only once that many look-ups have been made by
scanning: an export of a few units does not pay for it, and a large one pays at most twice
what it would knowing its size in advance.

Why it seldom misses a match at CUTOFF or above: such a source has three quarters of its
characters, in order, in common with the text, so it holds most of the text's grams, rare ones
included; it is left out only if CANDIDATES other sources share more of them for their size,
and those are then mostly matches themselves, of which only PROPOSALS are kept. The q-gram
bound (an inserted or deleted character breaks at most q grams) guarantees nothing at 75 for
short texts, so recall is measured instead against `Memory.scanned`, the scoring of the whole
window, kept for that and as the benchmark's baseline: tests/services/
test_translation_memory_index.py asserts 99 % of its matches found on 4,000 titles drawn from
45 words (from 30 words: 98.6 %). Its weak spot: short texts of a few words in other orders
hold the same grams (from 12 words: 70 %)."""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import chain
from operator import itemgetter

from rapidfuzz import fuzz, process

from ..model import Lang
from ..render.tmx import MemoryUnit
from ..render.xliff import Proposal

CUTOFF = 75  # the least ratio of a fuzzy match offered to the translator
PROPOSALS = 3  # at most this many fuzzy matches per unit
SHORTEST = CUTOFF / (200 - CUTOFF)  # 0.6: the least length ratio that can reach CUTOFF
CANDIDATES = 50  # sources scored per look-up, those sharing most grams with the text
SHORTLIST = 4 * CANDIDATES  # sources sharing most grams, ranked then by Dice's coefficient
BUDGET = 20_000  # entries of the index read per look-up, the rarest grams' first
INDEX_AFTER = 100  # look-ups by scan before a kind's index is built, about its cost (benchmark)
GRAM = {"zh": 2}  # characters per gram in a source language; 3 in the others
EDGE = "\x02", "\x03"  # padding, so a text's first and last characters make grams of their own


def normalised(text: str) -> str:
    return " ".join(text.split())


def grams(text: str, size: int) -> set[str]:
    """The text's character grams of `size`, padded at both ends."""
    padded = f"{EDGE[0]}{text}{EDGE[1]}"
    return {padded[at:at + size] for at in range(len(padded) - size + 1)}


class _Shelf:
    """The sources of one kind of text, shortest first, with their translations, and once
    built the index of their grams: each gram and the positions of the sources holding it."""

    def __init__(self, rows: Iterable[tuple[int, str, str]], size: int) -> None:
        self.size = size
        self.lengths: list[int] = []
        self.sources: list[str] = []
        self.targets: list[str] = []
        for length, source, target in sorted(rows):
            self.lengths.append(length)
            self.sources.append(source)
            self.targets.append(target)
        self.scans = 0  # look-ups made by scanning the window, before the index
        self.counts: list[int] = []  # how many grams each source has
        self.postings: dict[str, list[int]] | None = None

    def index(self) -> dict[str, list[int]]:
        if self.postings is None:
            postings: defaultdict[str, list[int]] = defaultdict(list)
            for at, source in enumerate(self.sources):
                held = grams(source, self.size)
                self.counts.append(len(held))
                for gram in held:
                    postings[gram].append(at)
            self.postings = dict(postings)
        return self.postings

    def fuzzy(self, key: str) -> list[Proposal]:
        """The window scanned for the first INDEX_AFTER look-ups, the index's candidates
        scored after."""
        if self.postings is None and self.scans < INDEX_AFTER:
            self.scans += 1
            return self.matches(key, range(*self.window(key)))
        return self.matches(key, self.candidates(key))

    def window(self, key: str) -> tuple[int, int]:
        """The positions of the sources whose length lets them reach CUTOFF with `key`."""
        return (bisect.bisect_left(self.lengths, math.ceil(len(key) * SHORTEST)),
                bisect.bisect_right(self.lengths, math.floor(len(key) / SHORTEST)))

    def candidates(self, key: str) -> list[int]:
        """The positions, in order, of the CANDIDATES sources of the window most like the
        text by its rarest grams: of the SHORTLIST sharing most of them, those sharing most
        for their own number of grams (Dice's coefficient). A gram's list is in the order of
        the sources, so the window is a slice of it."""
        held = grams(key, self.size)
        low, high = self.window(key)
        found = sorted(filter(None, (held_by[bisect.bisect_left(held_by, low):
                                             bisect.bisect_left(held_by, high)]
                                     for held_by in map(self.index().get, held) if held_by)),
                       key=len)
        shared = Counter(chain.from_iterable(found[:_fitting(list(map(len, found)))]))
        most = sorted(shared.items(), key=itemgetter(1), reverse=True)[:SHORTLIST]
        counts, size = self.counts, len(held)
        alike = sorted(((n / (size + counts[at]), at) for at, n in most), reverse=True)
        return sorted(at for _, at in alike[:CANDIDATES])

    def matches(self, key: str, positions: range | list[int]) -> list[Proposal]:
        """Those of the sources at `positions` at least CUTOFF alike, other than `key` itself."""
        texts = (self.sources[positions.start:positions.stop] if isinstance(positions, range)
                 else [self.sources[at] for at in positions])
        return [Proposal(round(score), texts[n], self.targets[positions[n]])
                for _, score, n in process.extract(key, texts, scorer=fuzz.ratio,
                                                   score_cutoff=CUTOFF, limit=PROPOSALS + 1)
                if texts[n] != key]


def _fitting(lengths: list[int]) -> int:
    """How many of the lists (rarest first) are read: as many as fit in BUDGET, at least one."""
    read = 0
    for count, length in enumerate(lengths):
        read += length
        if read > BUDGET:
            return max(count, 1)
    return len(lengths)


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
        size = GRAM.get(source, 3)
        self._shelves = {kind: _Shelf(found, size) for kind, found in rows.items()}

    def exact(self, kind: str, text: str) -> str | None:
        """The translation of this very source, of the same kind (or of no known kind)."""
        key = normalised(text)
        return self._exact.get((kind, key)) or self._exact.get((None, key))

    def fuzzy(self, kind: str, text: str) -> list[Proposal]:
        """The best translations of other sources at least CUTOFF alike, best first."""
        key = normalised(text)
        return _best(shelf.fuzzy(key) for shelf in self._of(kind))

    def scanned(self, kind: str, text: str) -> list[Proposal]:
        """What `fuzzy` finds, by scoring every source of the length window (its cost grows
        with the memory): the measure of the index's recall."""
        key = normalised(text)
        return _best(shelf.matches(key, range(*shelf.window(key))) for shelf in self._of(kind))

    def index(self) -> Memory:
        """The memory with the index of every kind of text built now, not after INDEX_AFTER
        look-ups."""
        for shelf in self._shelves.values():
            shelf.index()
        return self

    def _of(self, kind: str) -> list[_Shelf]:
        return list(filter(None, (self._shelves.get(kind), self._shelves.get(None))))


def _best(found: Iterable[list[Proposal]]) -> list[Proposal]:
    return sorted(chain.from_iterable(found), key=lambda p: -p.quality)[:PROPOSALS]
