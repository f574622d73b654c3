"""The language-neutral report tree that every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..model import Lang

GapKind = Literal["unknown", "partial", "tentative", "missing_translation", "missing_name"]


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Mention(Text):
    """Text that names a fact of the record: a State or an organization (`value` its ISO code
    or key), a person (`value` the role held), a date (`value` in ISO 8601) or a document
    (`value` its symbol), a session (`value` its dates, start/end), a venue, or an agenda item
    (`value` its number), with the fact's JSON path. Every format prints it as text; Akoma
    Ntoso makes it an inline reference (`<organization refersTo=…>`)."""

    names: Literal["state", "organization", "person", "date", "document", "session",
                   "location", "agenda_item"] = "state"  # not `kind`: that marks a gap
    value: str = ""
    path: str = ""


@dataclass(frozen=True)
class Placeholder:
    """A visible mark where a fact is not yet known (`[…]`, `[……]`) or text awaits translation."""

    text: str
    kind: GapKind
    path: str
    note: str | None = None


Inline = Text | Placeholder
Parts = tuple[Inline, ...]


@dataclass(frozen=True)
class ListEntry:
    label: str
    parts: Parts
    children: tuple[ListEntry, ...] = ()


@dataclass(frozen=True)
class Heading:
    level: int
    label: str
    parts: Parts


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph (number None for a placeholder that takes no number), with an
    optional list under it (agenda items, documents). `source` keeps the original-language text
    of a paragraph awaiting translation, for reviewers; it is not printed in the body."""

    number: int | None
    parts: Parts
    entries: tuple[ListEntry, ...] = ()
    role: Literal["body", "gap", "awaiting_translation"] = "body"
    source: Parts = ()
    facts: tuple[str, ...] = ()  # JSON paths of the record facts the paragraph states


Block = Heading | Paragraph


@dataclass(frozen=True)
class Gap:
    """A fact the report could not state, with the paragraph it stands in (or follows)."""

    paragraph: int | None
    after: int | None
    kind: GapKind
    path: str
    note: str | None
    where: str


@dataclass(frozen=True)
class Masthead:
    symbol: Parts  # the document's symbol, or its placeholder (a gap) where it is unknown
    distribution: str
    date: Parts  # the date of issue as the masthead writes it, or its placeholder
    original: str
    draft: str | None
    language: str | None = None  # the language of a translation, above "Original:"
    organization: str = ""  # "United Nations", at the head of page 1 opposite the symbol
    job_number: Parts = ()  # this language version's job number (or its placeholder): page 1 foot

    def lines(self) -> tuple[Parts, ...]:
        """The lines under the symbol, in the UN's order: distribution, date of issue, the
        language of a translation, the original language (every format prints these)."""
        return tuple(x if isinstance(x, tuple) else (Text(x),)
                     for x in (self.distribution, self.date, self.language, self.original) if x)


@dataclass(frozen=True)
class Report:
    lang: Lang
    direction: Literal["ltr", "rtl"]
    masthead: Masthead
    heading_lines: tuple[Parts, ...]
    title: Parts
    blocks: tuple[Block, ...]
    gaps: tuple[Gap, ...] = field(default=())
    source_label: str = "Source text"  # the label of a paragraph's source text, in the language

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph) and b.number is not None)


def merged(parts: Parts) -> Parts:
    """Each mention made one text with the texts beside it: the parts as they were before
    mentions were marked, for the formats that do not mark them (one run in DOCX, one string
    in PDF)."""
    out: list[Inline] = []
    joined = False  # whether out[-1] holds a mention
    for part in parts:
        mention = isinstance(part, Mention)
        if isinstance(part, Text) and out and isinstance(out[-1], Text) and (mention or joined):
            out[-1] = Text(out[-1].text + part.text)
            joined = mention
        else:
            out.append(Text(part.text) if mention else part)
            joined = mention
    return tuple(out)


def plain(parts: Parts) -> str:
    return "".join(p.text for p in parts)
