"""A record changed by a function of the model (the use cases of the list of speakers,
services/floor.py), committed as one revision of the latest one by the workspace's writer."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from ..model import Record, RecordInvalid, record_to_data
from ..model.references import reference_faults
from ..model.revise import Version
from ..store import Change, Latest
from .access import User
from .results import EditResult
from .revisions import dumps, require_base
from .workspace import Workspace


async def revise_async(ws: Workspace, user: User, key: str, operation: dict[str, Any],
                       make: Callable[[Record], Record], base: int | None = None,
                       part: Callable[[dict[str, Any]], Any] | None = None) -> EditResult:
    """The latest revision's record changed by `make` (a function of the model, which may
    refuse), committed as one revision unless nothing changed. A change that leaves the
    record a cross-reference fault it did not have (an agenda item it lacks) is refused,
    and so is one whose `part` of the data changed since revision `base`."""
    def change(latest: Latest) -> Change | None:
        version = ws.version(latest.revision)
        require_base(latest, version.data, base, part)
        record = make(version.record)
        if record == version.record:
            return None
        faults = frozenset(reference_faults(record))
        added = sorted(faults - version.faults, key=lambda f: f.path)
        if added:
            raise RecordInvalid("record", added, record.first_day)
        data = record_to_data(record)
        text = dumps(data)
        ws.keep(latest.revision.record, text, Version(data, record, faults))
        return Change(text, operation)

    future = ws.writer.submit(key, user.name, change)
    with contextlib.suppress(Exception):  # settle names the refusal
        await asyncio.wrap_future(future)
    return ws.settle(key, future)
