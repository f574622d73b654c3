"""Who may do what with a list of speakers (the roles of services/access.py).

A delegate asks for the floor for its own delegation and withdraws its own requests; the
secretariat inscribes any delegation, withdraws and reorders requests and records who spoke;
the chair calls the next speaker, times the speeches and ends them; the chair and the
secretariat close and reopen a list; observers read. An admin may do everything.
"""

from __future__ import annotations

from typing import Literal

from ..model.participants import Delegation
from .access import Forbidden, Role, User

FloorAction = Literal["withdraw", "move", "spoke", "call_next", "finish", "close", "reopen",
                      "time"]

MAY: dict[FloorAction, tuple[frozenset[Role], str]] = {
    "withdraw": (frozenset({"admin", "secretariat", "chair", "delegate"}),
                 "withdraw a request for the floor"),
    "move": (frozenset({"admin", "secretariat"}), "reorder the list of speakers"),
    "spoke": (frozenset({"admin", "secretariat"}), "record who spoke"),
    "call_next": (frozenset({"admin", "chair"}), "call the next speaker"),
    "finish": (frozenset({"admin", "chair"}), "end a speech"),
    "time": (frozenset({"admin", "chair"}), "time the speakers"),
    "close": (frozenset({"admin", "chair", "secretariat"}), "close a list of speakers"),
    "reopen": (frozenset({"admin", "chair", "secretariat"}), "reopen a list of speakers"),
}


def may(user: User, action: FloorAction) -> bool:
    """Whether the user's role allows the action (a page shows its controls or refuses)."""
    return user.role in MAY[action][0]


def require_floor_allowed(user: User, action: FloorAction) -> None:
    roles, what = MAY[action]
    user.require(user.role in roles, what)


def require_own(user: User, delegation: Delegation) -> None:
    """A delegate acts for its own delegation only; other roles for any."""
    if user.role == "delegate" and delegation.state != user.delegation:
        raise Forbidden(f"{user.name} (delegate of {user.delegation}) may not ask for "
                        "or withdraw the floor for another delegation")
