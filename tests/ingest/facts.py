"""A record's facts as plain data, for comparing records made different ways."""

from __future__ import annotations

import re
from typing import Any

from sessional.model import Lang, Record, Unknown

_CJK_SPACE = re.compile(r"\s*([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s*")


def _plain(text: str | None) -> str | None:
    """Whitespace next to a Chinese character is typography, not text (PDF extraction adds or
    drops it)."""
    return None if text is None else _CJK_SPACE.sub(r"\1", text)


def _value(value: object) -> object:
    if isinstance(value, Unknown):
        return "unknown"
    if hasattr(value, "start") and hasattr(value, "end"):
        return (value.start.isoformat(), value.end.isoformat())  # type: ignore[attr-defined]
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[attr-defined]
    return value


def facts(record: Record, lang: Lang, narrative: bool) -> dict[str, Any]:
    """The facts a report in `lang` states, with bodies named by their position."""
    key = {b.key: i for i, b in enumerate(record.bodies)}
    ordered = lang in {"en", "zh", "ar"}  # fr, es, ru reports list States in their own order

    def order(items: list[Any]) -> list[Any]:
        return items if ordered else sorted(items, key=str)
    joint = {j.key: i for i, j in enumerate(record.joint_items)}

    def text(localized: dict[str, str]) -> str | None:
        return _plain(localized.get(lang))

    out: dict[str, Any] = {
        "bodies": [(text(b.name), b.symbol_series, b.kind) for b in record.bodies],
        "sessions": [{
            "body": key[s.body], "dates": _value(s.dates), "venue": text(s.venue),
            "meetings_held": _value(s.meetings_held), "meetings_status": s.meetings.status,
            "meetings": [(m.number, _value(m.date), m.items) for m in s.meetings.items],
            "adopted": (_value(s.agenda.adopted_at_meeting), _value(s.agenda.adopted_on)),
            "agenda": [(i.number, i.kind, text(i.title), joint.get(i.joint or ""),
                        [(x.letter, text(x.title)) for x in i.sub_items])
                       for i in s.agenda.items],
        } for s in record.sessions],
        "joint": [{key[b]: n for b, n in j.numbers.items()} for j in record.joint_items],
        "attendance": {name: (getattr(record.attendance, name).status,
                              order([i if isinstance(i, str) else (i.key or text(i.name))
                                     for i in getattr(record.attendance, name).items]))
                       for name in type(record.attendance).model_fields},
        "officers": sorted((p.name, p.role, p.state, tuple(key[b] for b in p.bodies), p.items)
                           for p in record.officers),
        "statements": [(g.kind, g.taken_together, g.items.status,
                        [(key.get(r.body or ""), r.number, r.tentative) for r in g.items.items],
                        g.statements.status,
                        order([s.delegation.state or (s.delegation.organization.key
                                                      if s.delegation.organization
                                                      else "secretariat")
                               for s in g.statements.items]))
                       for g in record.statements],
        "documents": (record.documents.status,
                      [(str(d.symbol), text(d.title), [key[b] for b in d.bodies])
                       for d in record.documents.items]),
        "report": (record.report.original_language, record.report.status,
                   _value(record.report.adopted_on), record.report.adopted_as_amended),
    }
    if narrative:
        n = record.narrative
        out["narrative"] = {
            "introduction": (n.introduction.status, [text(p.text) for p in n.introduction.items]),
            "recommendations": [(key[r.body or ""], r.paragraphs.status,
                                 [text(p.text) for p in r.paragraphs.items])
                                for r in n.recommendations],
            "deliberations": [(key.get(d.body or ""), d.item, joint.get(d.joint_item or ""),
                               d.paragraphs.status, [text(p.text) for p in d.paragraphs.items])
                              for d in n.deliberations],
        }
        out["mandates"] = [[str(m) for m in b.mandate] for b in record.bodies]
        out["previous"] = [[(p.ordinal, _value(p.dates)) for p in b.previous_sessions]
                           for b in record.bodies]
    return out


def as_read(stated: dict[str, Any]) -> dict[str, Any]:
    """The facts a reader can take from the text of a report: a category nobody attended is
    left out of the report (as UN reports do), so reading it back leaves it unknown."""
    out = dict(stated)
    out["attendance"] = {name: ("unknown", []) if value == ("complete", []) else value
                         for name, value in stated["attendance"].items()}
    return out

