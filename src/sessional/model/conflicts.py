"""What a colliding edit touches, as the latest revision has it: shown beside the user's own
version, so that nothing is applied behind anyone's back and nothing typed is lost."""

from __future__ import annotations

import copy
from typing import Any

from .edits import Data, Edit, EditTargetMissing, _items, _locate, collection


def element_of(edit: Edit, data: Data) -> Any:
    """What `edit` touches as `data` has it now (None where it is not there): shown beside the
    user's own version when the edit collides."""
    kind = collection(edit.collection)
    try:
        holder = kind.holder(copy.deepcopy(data), edit.scope)  # holders fill in defaults
    except (EditTargetMissing, KeyError):
        return None
    items = _items(holder, kind.fact_list)
    if edit.action == "set_status":
        return holder[0].get(holder[1], {}).get("status")
    if edit.action == "add" and kind.key_of is not None:
        key = kind.key_of(edit.element)
        return next((i for i in items if kind.key_of(i) == key), None)
    index = _locate(kind, edit, items)
    return None if index is None else items[index]
