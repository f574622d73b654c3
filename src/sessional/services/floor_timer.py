"""The chair's speaking time on a list of speakers: a limit per list, started and stopped by
the chair, counted down on every screen. It lives in the server's memory, not in the record:
after a restart each list's timer is back at its limit, stopped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

DEFAULT_LIMIT = 180  # seconds, until the chair sets another for the list
TimerAction = Literal["start", "stop", "reset"]


@dataclass
class Timer:
    limit: int = DEFAULT_LIMIT
    left: float = DEFAULT_LIMIT  # seconds left at `at` (a server time.time())
    at: float = 0.0
    running: bool = False

    def remaining(self, now: float) -> float:
        return max(self.left - (now - self.at), 0.0) if self.running else self.left

    def changed(self, action: TimerAction, now: float, limit: int | None = None) -> Timer:
        """Start (resuming what was left, or from the limit once it ran out), stop, or reset
        to the limit (a new speaker); a new `limit` starts the count again from it."""
        left = self.remaining(now)
        if limit is not None and limit != self.limit:
            left = limit
        limit = limit if limit is not None else self.limit
        if action == "reset":
            return Timer(limit, limit, now, False)
        if action == "start":
            return Timer(limit, left if left > 0 else limit, now, True)
        return Timer(limit, left, now, False)

    def shown(self) -> dict[str, Any]:
        return {"limit": self.limit, "left": round(self.left, 3), "at": round(self.at, 3),
                "running": self.running}


def place_key(place: dict[str, Any]) -> str:
    """A list's place as JSON (`{"item": {"body", "number"}, "meeting"}`) as one string."""
    item = place.get("item") or {}
    return f"{item.get('body') or ''}/{item.get('number') or ''}/{place.get('meeting') or ''}"
