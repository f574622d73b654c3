"""Statements, agendas, documents and counts that do not agree with the rest of the record."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..model import Unknown
from ..model.wording import counted, words
from .context import Context
from .findings import Finding, found

_SYMBOL = re.compile(r"\b[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.]+){2,}")


def references(c: Context) -> Iterator[Finding]:
    """Keys that name nothing in the record (a statement under an item not on the agenda...)."""
    for path, message in c.faults:
        code = (
            "statements/item-not-on-agenda"
            if path.startswith("$.statements")
            else "agendas/joint-item-mismatch"
            if "joint" in path
            else "record/reference"
        )
        yield Finding(code, "error", message, path, c.paragraph(path))


def speakers_attended(c: Context) -> Iterator[Finding]:
    attendance = c.record.attendance
    present = {
        *attendance.states_parties.items,
        *attendance.signatories.items,
        *attendance.observer_states.items,
    }
    complete = all(
        getattr(attendance, x).status == "complete"
        for x in ("states_parties", "signatories", "observer_states")
    )
    for g, group in enumerate(c.record.statements):
        for i, statement in enumerate(group.statements.items):
            state = statement.delegation.state
            if state and state not in present:
                path = f"$.statements[{g}].statements.items[{i}]"
                said = words("{state} spoke but is not in the attendance lists",
                             state=c.state_names(state)) if complete else \
                    words("{state} spoke but is not in the attendance lists (which are not "
                          "complete)", state=c.state_names(state))
                yield found("statements/speaker-not-attending",
                            "error" if complete else "warning", said, path, c.paragraph(path))


def joint_items_under_both_numbers(c: Context) -> Iterator[Finding]:
    joint_numbers = {(b, n): j.key for j in c.record.joint_items for b, n in j.numbers.items()}
    for g, group in enumerate(c.record.statements):
        refs = {(r.body, r.number) for r in group.items.items}
        for key in {joint_numbers[r] for r in refs if r in joint_numbers}:
            item = next(j for j in c.record.joint_items if j.key == key)
            missing = [b for b, n in item.numbers.items() if (b, n) not in refs]
            if missing:
                path = f"$.statements[{g}].items"
                yield found(
                    "statements/joint-item-one-number",
                    "warning",
                    counted("joint item {key} is reported under {count} body's number only, "
                            "not under {missing}'s", "joint item {key} is reported under "
                            "{count} bodies' numbers only, not under {missing}'s", "count",
                            key=key, count=len(item.numbers) - len(missing),
                            missing=", ".join(missing)),
                    path,
                    c.paragraph(path),
                )


def agenda_titles_and_numbering(c: Context) -> Iterator[Finding]:
    for j in c.record.joint_items:
        titles = {}
        for body, number in j.numbers.items():
            session = c.record.session_of(body)
            item = session.agenda.item(number) if session else None
            if item is not None:
                titles[body] = item.title
        for lang in {lang for t in titles.values() for lang in t}:
            titled = {body: t[lang] for body, t in titles.items() if lang in t}
            if len(set(titled.values())) > 1:
                yield found(
                    "agendas/joint-titles-differ",
                    "warning",
                    words("joint item {key} has different {lang} titles in the agendas: "
                          "{titles}", key=j.key, lang=c.language_names(lang), titles="; ".join(
                              f"{b}: {t}" for b, t in titled.items())),
                    f"$.joint_items[{c.record.joint_items.index(j)}]",
                )
    for s, session in enumerate(c.record.sessions):
        numbers = [int(i.number) for i in session.agenda.items]
        if numbers and numbers != list(range(1, len(numbers) + 1)):
            path = f"$.sessions[{s}].agenda.items"
            yield found(
                "agendas/numbering-gap",
                "warning",
                words("{body}: agenda items numbered {numbers}",
                      body=c.body_names(session.body), numbers=str(numbers)),
                path,
                c.paragraph(path),
            )


def documents(c: Context) -> Iterator[Finding]:
    docs = c.record.documents.items
    for i in range(len(docs)):
        yield from _outside_series(c, i)
        yield from _counterparts_differ(c, i)
    yield from _cited_not_listed(c)


def _outside_series(c: Context, i: int) -> Iterator[Finding]:
    doc = c.record.documents.items[i]
    path = f"$.documents.items[{i}]"
    for key in doc.bodies:
        body = c.record.body(key)
        if body and not any(p.in_series(body.symbol_series) for p in doc.symbol.parts):
            yield found(
                "documents/outside-series",
                "warning",
                words("{symbol} is listed for {key} but none of its symbols is in {key}'s "
                      "series {series}", symbol=str(doc.symbol), key=key,
                      series=str(body.symbol_series)),
                path,
                c.paragraph(path),
            )


def _counterparts_differ(c: Context, i: int) -> Iterator[Finding]:
    """Documents after the `i`th that share a symbol with it but pair it differently."""
    docs = c.record.documents.items
    doc = docs[i]
    path = f"$.documents.items[{i}]"
    for j in range(i + 1, len(docs)):
        shared = {str(p) for p in doc.symbol.parts} & {str(p) for p in docs[j].symbol.parts}
        if shared and str(doc.symbol.parts) != str(docs[j].symbol.parts):
            yield found(
                "documents/joint-counterpart-differs",
                "error",
                words("{symbol} and {other} share {shared} but pair it with different "
                      "symbols", symbol=str(doc.symbol), other=str(docs[j].symbol),
                      shared=", ".join(shared)),
                path,
                c.paragraph(path),
            )


def _cited_not_listed(c: Context) -> Iterator[Finding]:
    listed = {str(p) for d in c.record.documents.items for p in d.symbol.parts}
    narrative = c.record.narrative
    texts = [t for p in narrative.introduction.items for t in p.text.values()]
    texts += [
        t
        for part in (*narrative.recommendations, *narrative.deliberations)
        for p in part.paragraphs.items
        for t in p.text.values()
    ]
    for cited in sorted({m.group(0).rstrip(".") for t in texts for m in _SYMBOL.finditer(t)}):
        if cited not in listed:
            yield found(
                "documents/cited-not-listed",
                "warning",
                words("{symbol} is cited in the text but not in the list of documents",
                      symbol=cited),
                "$.documents",
            )


def counts(c: Context) -> Iterator[Finding]:
    for s, session in enumerate(c.record.sessions):
        held = session.meetings_held
        numbers = [m.number for m in session.meetings.items]
        path = f"$.sessions[{s}].meetings_held"
        if not isinstance(held, Unknown) and numbers and max(numbers) > held:
            yield found(
                "counts/meetings-held",
                "error",
                counted("{body}: {held} meeting held, but meeting {number} is recorded",
                        "{body}: {held} meetings held, but meeting {number} is recorded", "held",
                        body=c.body_names(session.body), held=held, number=max(numbers)),
                path,
                c.paragraph(path),
            )
    yield from _duplicates(c)


def _duplicates(c: Context) -> Iterator[Finding]:
    lists = {
        f"$.attendance.{name}": [
            str(i.key or i.name) if hasattr(i, "key") else i
            for i in getattr(c.record.attendance, name).items
        ]
        for name in type(c.record.attendance).model_fields
    }
    for g, group in enumerate(c.record.statements):
        lists[f"$.statements[{g}].statements"] = [
            s.delegation.state or str(s.delegation.organization)
            for s in group.statements.items
            if not s.delegation.secretariat
        ]
    lists["$.documents"] = [str(d.symbol) for d in c.record.documents.items]
    for path, items in lists.items():
        for value, n in Counter(items).items():
            if n > 1:
                yield found(
                    "counts/duplicate",
                    "error",
                    counted("{value} appears {n} time", "{value} appears {n} times", "n",
                            value=value, n=n),
                    path,
                    c.paragraph(path),
                )
