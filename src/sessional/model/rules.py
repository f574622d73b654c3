"""The rules the record's own validators state (pydantic custom errors): error type -> the
English template the error was raised with; its context fills the slots."""

from __future__ import annotations

from collections.abc import Mapping

from .bodies import END_BEFORE_START
from .facts import UNKNOWN_WITH_ITEMS
from .narrative import NO_SOURCE_TEXT, ONE_OWNER
from .participants import KEY_OR_NAME, ONE_KIND
from .sessions import REPEATED
from .symbols import NOT_A_SYMBOL

RULES: Mapping[str, str] = {
    "date_range": END_BEFORE_START,
    "fact_list_status": UNKNOWN_WITH_ITEMS,
    "document_symbol": NOT_A_SYMBOL,
    "narrative_source": NO_SOURCE_TEXT,
    "narrative_owner": ONE_OWNER,
    "organization_named": KEY_OR_NAME,
    "delegation_kind": ONE_KIND,
    "item_numbers_repeated": REPEATED,
}
