"""Who may make which small edit of the record (the roles of services/access.py): editors edit
the record; whoever runs the list of speakers changes it; a delegate asks for the floor for its
own delegation and withdraws its own requests."""

from __future__ import annotations

from typing import Any

from ..model.edits import Edit
from .access import Forbidden, User


def require_edit_allowed(user: User, edit: Edit) -> None:
    """Editors edit the record; whoever runs the list of speakers changes it; a delegate asks
    for the floor for their own delegation and withdraws requests (see require_own_request)."""
    if edit.collection != "speakers":
        user.require(user.edits_records, "edit records")
        return
    if user.runs_speakers:
        return
    user.require(user.role == "delegate", "change the list of speakers")
    if edit.action == "add":
        _own_delegation(user, edit.element)
        status = edit.element.get("status", "waiting") if isinstance(edit.element, dict) else None
        if status != "waiting":
            raise Forbidden(f"{user.name} (delegate) may ask for the floor, not set the "
                            f"request's status ({status!r}): a new request is 'waiting'")
    elif edit.action != "remove":
        raise Forbidden(f"{user.name} (delegate) may withdraw a request for the floor, "
                        "not change one")


def require_own_request(user: User, edit: Edit, data: dict[str, Any]) -> None:
    """A delegate withdraws only the requests of their own delegation (checked on the latest
    revision, where the request to withdraw is)."""
    if edit.collection != "speakers" or user.runs_speakers or edit.action != "remove":
        return
    speakers = data.get("speakers", [])
    index = int(edit.key) if edit.key is not None and edit.key.isdigit() else -1
    if 0 <= index < len(speakers):
        _own_delegation(user, speakers[index])


def _own_delegation(user: User, request: Any) -> None:
    delegation = request.get("delegation", {}) if isinstance(request, dict) else {}
    if delegation.get("state") != user.delegation:
        raise Forbidden(f"{user.name} (delegate of {user.delegation}) may not ask for "
                        "or withdraw the floor for another delegation")
