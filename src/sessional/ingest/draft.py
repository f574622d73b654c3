"""The facts found so far, kept as plain data until the record is built from them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Lang

UNKNOWN: dict[str, Any] = {"status": "unknown"}


@dataclass
class BodyDraft:
    key: str
    name: str
    language: str = "en"
    heading_dates: tuple[dt.date, dt.date] | None = None
    venue: str | None = None
    dates: tuple[dt.date, dt.date] | None = None
    stated: list[tuple[tuple[dt.date, dt.date], str]] = field(default_factory=list)
    meetings_held: int | None = None
    meetings: dict[int, dict[str, Any]] = field(default_factory=dict)
    agenda: list[dict[str, Any]] = field(default_factory=list)
    adopted_at: Any = field(default_factory=lambda: dict(UNKNOWN))
    adopted_on: Any = field(default_factory=lambda: dict(UNKNOWN))
    series: str | None = None
    mandate: list[dict[str, str]] = field(default_factory=list)
    previous: list[dict[str, Any]] = field(default_factory=list)
    short_name: str | None = None
    article: str | None = None
    in_deliberations: set[str] = field(default_factory=set)
    agenda_titles: dict[str, str] = field(default_factory=dict)
    kind: str | None = None


@dataclass
class Draft:
    lang: Lang
    bodies: list[BodyDraft] = field(default_factory=list)
    title_status: str = "final"
    symbol: str | None = None
    original_language: Lang | None = None
    attendance: dict[str, Any] = field(default_factory=dict)
    officers: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    statement_paragraphs: list[int | None] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    joint_numbers: list[dict[str, str]] = field(default_factory=list)
    introduction: dict[str, Any] = field(default_factory=lambda: {"items": []})
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    deliberations: list[dict[str, Any]] = field(default_factory=list)
    adopted_on: Any = field(default_factory=lambda: dict(UNKNOWN))
    adopted_as_amended: bool = False
    unclassified: list[dict[str, Any]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    name_forms: list[dict[str, Any]] = field(default_factory=list)
    taken: dict[str, int] = field(default_factory=dict)  # blocks placed, per chapter
    seen: dict[str, int] = field(default_factory=dict)  # blocks read, per chapter

    def body_by_name(self, text: str, context: str | None = None) -> BodyDraft | None:
        """The body a sentence names: its name (with or without its article) or its short
        name, which stands for the body of the subheading above (`context`)."""
        article = re.match(r"^(the|The|le|Le|la|La|el|El|l['’]|L['’])\s*", text.strip())
        bare = text.strip()[article.end():] if article else text.strip()
        key = _squeeze(bare)
        for body in self.bodies:
            if key == _squeeze(body.name):
                if article and not body.article:
                    body.article = article.group(1).lower()
                return body
        if context is not None:
            owner = self.body_by_name(context)
            if owner is not None and len(key) <= len(_squeeze(owner.name)):
                owner.short_name = owner.short_name or bare
                return owner
        if len(self.bodies) == 1 and key and len(key) < 40:
            return self.bodies[0]
        return None

    def add_statement(self, paragraph: int | None, entry: dict[str, Any]) -> int:
        """A group of statements, in the order of the paragraphs that state them (a paragraph
        read in a later stage may stand before one read earlier); its index."""
        at = sum(1 for n in self.statement_paragraphs if (n or 0) <= (paragraph or 0))
        self.statements.insert(at, entry)
        self.statement_paragraphs.insert(at, paragraph)
        return at

    def unclassified_text(self, block: Any, chapter: str | None, reason: str) -> None:
        self.unclassified.append({"position": block.position, "paragraph": block.number,
                                  "section": chapter, "text": full_text(block),
                                  "reason": reason})


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def full_text(block: Any) -> str:
    """A block's text with its lettered or numbered entries, one a line."""
    text: str = block.text
    for entry in block.entries:
        text += "\n" + entry.label + " " + entry.text
        text += "".join("\n" + c.label + " " + c.text for c in entry.children)
    return text
