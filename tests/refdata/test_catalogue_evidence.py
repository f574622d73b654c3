"""Every stock phrase of the six report catalogues says what evidence its wording follows.

Each entry carries a translator comment `#. evidence: …` (the last comment of the entry; it may
run over several `#.` lines). It either cites rows of sources/data/un_phrase_evidence.csv as
`row N "words of the row"` (N is the file's line number, the header being row 1; "…" in the
quotation skips words), or says `none in un_phrase_evidence.csv; <what the wording rests on>`.
Quotations of the seed report (`seed para N "…"`, `seed heading "…"`, `seed title "…"`) must be
in sources/000_af53d38e3a9bfe7d.txt. So no comment can cite words that its source does not have.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from sessional.model import LANGUAGES
from sessional.refdata.phrases import catalog_path

from ..conftest import source_file

NONE = "none in un_phrase_evidence.csv; "
ROW = re.compile(r'\brow (\d+) "([^"]+)"')
SEED = re.compile(r'\bseed (?:para \d+|heading|title) "([^"]+)"')


def rows() -> dict[int, str]:
    """The evidence's sentences by row number (line number in the file; the header is row 1)."""
    with source_file("data/un_phrase_evidence.csv").open(encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    parsed = list(csv.DictReader(lines))
    assert len(parsed) == len(lines) - 1, "a field of un_phrase_evidence.csv spans lines"
    return {number: row["phrase_as_found"] for number, row in enumerate(parsed, start=2)}


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def load(lang: str) -> Catalog:
    with open(catalog_path(lang), "rb") as handle:  # type: ignore[arg-type]
        return read_po(handle, locale=lang)


def evidence(message: Message) -> str | None:
    """The entry's evidence comment, its continuation lines joined."""
    comments = list(message.auto_comments)
    starts = [i for i, line in enumerate(comments) if line.startswith("evidence: ")]
    if not starts:
        return None
    return " ".join(comments[starts[0]:])[len("evidence: "):]


def quoted_in(quote: str, source: str) -> bool:
    """The quotation's words stand in the source in that order ('…' skips words)."""
    at = 0
    for piece in (squeezed(p) for p in quote.split("…")):
        found = source.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def faults(lang: str) -> list[str]:
    evidence_rows = {n: squeezed(text) for n, text in rows().items()}
    seed = squeezed(source_file("000_af53d38e3a9bfe7d.txt").read_text(encoding="utf-8"))
    found: list[str] = []
    for message in load(lang):
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        entry = f"{lang} [{message.context}] {msgid!r}"
        text = evidence(message)
        if text is None:
            found.append(f"{entry}: no '#. evidence:' comment")
            continue
        cited = ROW.findall(text)
        if text.startswith(NONE):
            if len(text) - len(NONE) < 20:
                found.append(f"{entry}: says the evidence is silent but not what it rests on")
        elif not cited:
            found.append(f"{entry}: cites no row (write 'row N \"…\"' or '{NONE}…')")
        for number, quote in cited:
            row = evidence_rows.get(int(number))
            if row is None:
                found.append(f"{entry}: row {number} is not in un_phrase_evidence.csv")
            elif not quoted_in(quote, row):
                found.append(f"{entry}: row {number} does not say {quote!r}")
        for quote in SEED.findall(text):
            if not quoted_in(quote, seed):
                found.append(f"{entry}: the seed report does not say {quote!r}")
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phrase_names_its_evidence_or_says_there_is_none(lang: str) -> None:
    found = faults(lang)
    assert not found, f"{len(found)} entries lack evidence:\n" + "\n".join(found)


def test_the_comments_cite_the_evidence_rows_that_settle_the_catalogue() -> None:
    """A few entries whose wording the evidence decides, written out: the IRG title, the French
    list letter, the Arabic agenda and report verbs."""
    def comment(lang: str, ctx: str, msgid: str) -> str:
        message = load(lang).get(msgid, context=ctx)
        assert message is not None
        return evidence(message) or ""

    assert 'row 89 "Report of the Implementation Review Group on its seventh session, held in ' \
           'Vienna"' in comment("en", "title", "Report of {body} on its {ordinal} session, held "
                                "in {venue} {dates}")
    assert 'row 55 "b) Adoption"' in comment("fr", "label", "({letter})")
    assert 'row 58 "إقرار جدول الأعمال وتنظيم الأعمال"' in comment(
        "ar", "section", "Adoption of the agenda and organization of work")
    assert comment("ru", "grammar", "capitalize-sentences").startswith(NONE)


def test_a_comment_citing_words_a_row_lacks_is_caught() -> None:
    """The checker itself: a quotation is held to the row's words, in order."""
    row = squeezed(rows()[89])
    assert quoted_in("Report of the Implementation Review Group on its seventh session", row)
    assert quoted_in("Report of the … Group on its seventh session", row)
    assert not quoted_in("Report of the Implementation Review Group on its eighth session", row)
    assert not quoted_in("seventh session … Report of the", row)


def test_rewriting_a_catalogue_with_babel_keeps_every_evidence_comment() -> None:
    """A script that rewrites a catalogue (read_po, then write_po, which wraps comments at 76
    columns) keeps each entry's evidence, word for word."""
    before = load("fr")
    out = io.BytesIO()
    write_po(out, before, width=76)
    after = read_po(io.BytesIO(out.getvalue()), locale="fr")
    for message in before:
        if message.id:
            again = after.get(message.id, context=message.context)
            assert again is not None and evidence(again) == evidence(message), message.id
