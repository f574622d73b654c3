"""Sending one edit from a form: saved (303 back to the page), refused with the faults shown
beside the form (422, the input kept), or stale: someone else changed the same thing since
the page was loaded (409, both versions shown; nothing is applied silently)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.responses import Response

from ...model import RecordInvalid
from ...model.conflicts import element_of
from ...model.edits import Edit
from ...services import Conflict, InputError
from .base import Page, call, fault_lines, see_other

Again = Callable[[list[str]], Awaitable[Response]]


def base_of(page: Page) -> int | None:
    text = page.field("base_revision")
    return int(text) if text.isdigit() else None


def flat(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """A JSON value as rows of (field, value), for showing two versions side by side."""
    if isinstance(value, dict):
        rows: list[tuple[str, str]] = []
        for name, inner in value.items():
            rows += flat(inner, f"{prefix}.{name}" if prefix else str(name))
        return rows
    if isinstance(value, list):
        rows = []
        for i, inner in enumerate(value):
            rows += flat(inner, f"{prefix}[{i + 1}]")
        return rows or [(prefix, "—")]
    if value is None:
        return [(prefix or "value", "—")]
    return [(prefix or "value", value if isinstance(value, str) else json.dumps(value))]


def side_by_side(yours: Any, theirs: Any) -> list[tuple[str, str, str, bool]]:
    mine, other = dict(flat(yours)), dict(flat(theirs))
    fields = list(dict.fromkeys([*mine, *other]))
    return [(f, mine.get(f, "—"), other.get(f, "—"), mine.get(f) != other.get(f))
            for f in fields]


async def send(page: Page, key: str, edit: Edit, back: str, again: Again,
               base: int | None = None) -> Response:
    try:
        result = await call(page, lambda: page.ws.edit(page.me, key, edit, base))
    except Conflict as err:
        current = err.current
        theirs = element_of(edit, current.data) if current is not None else None
        return conflict_page(page, key, page.say(err.words) or str(err), back, edit.element,
                             theirs, current)
    except (InputError, RecordInvalid) as err:
        return await again(fault_lines(err, page))
    return see_other(f"{back}?saved={result.revision}")


def conflict_page(page: Page, key: str, message: str, back: str, yours: Any, theirs: Any,
                  current: Any) -> Response:
    """Both versions side by side (409); the form's fields kept to apply it to the latest."""
    return page.render(
        "conflict.html", status=409, key=key, message=message, back=back,
        rows=side_by_side(yours, theirs), current=current,
        resend=[(k, v) for k, values in page.lists.items() if k not in {
            "base_revision", "csrf_token"} for v in values])
