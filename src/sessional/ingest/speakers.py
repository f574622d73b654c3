"""Stage 4b: lists of speakers in sentences the phrase grammar did not read.

"Under agenda item 2, statements were made by representatives of the following States parties:
…" (the body not named), "The following States made statements under agenda item 3: …". A list
is a list of speakers when its lead holds a `statements` cue; it needs the agenda item
(`slot:items`) in the same sentence, or a list of the same paragraph before it ("Statements were
also made by …"). Only one body's report, or the body the sentence names, is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .attendance import delegation, read_names
from .draft import Draft
from .slots import cue_patterns, sentence_body
from .values import parse_items

if TYPE_CHECKING:
    from .lists import FoundList


def place_speakers(draft: Draft, found: FoundList, sentence: str, paragraph: int | None,
                   before: list[dict[str, Any]]) -> str:
    """Record the speakers of the sentence; the reason they were not recorded, or ''.
    `before`: the statements recorded from this paragraph so far (one list, or none)."""
    body = sentence_body(draft, sentence)
    if body is None:
        return "statements of which body not read"
    items = None
    for pattern in cue_patterns(draft.lang, "items"):
        if hit := pattern.search(sentence):
            items = parse_items(hit["items"], draft.lang)
            break
    if items is None and not before:
        return "statements under no agenda item read"
    names = read_names(draft, found.text, found.kind, "$.statements", paragraph)
    speakers = [delegation(n, found.kind) for n in names if n.code]
    status = "complete" if all(n.code for n in names) else "partial"
    if items is None:
        group = before[-1]["statements"]
        group["items"] += speakers
        group["status"] = "partial" if status == "partial" else group["status"]
        return ""
    numbers, together = items
    entry = {"kind": "statement", "taken_together": together,
             "items": {"items": [{"number": n, "body": body.key, **({"tentative": True} if t
                                                                     else {})}
                                 for n, t in numbers]},
             "statements": {"status": status, "items": speakers}}
    draft.add_statement(paragraph, entry)
    before.append(entry)
    return ""
