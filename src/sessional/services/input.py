"""Input the user gave: the error that names what is wrong with it, and the limits on it.

Apart from the records (`records`), so that a command can check its options and the limits
before the record model is loaded: `render` starts its PDF compilers first."""

from __future__ import annotations

import os

from ..model.limits import Limits, LimitSettingInvalid, limits_from
from ..model.wording import Words, say


class InputError(Exception):
    """Input the user gave that cannot be used; the message names the file, line or field.
    Given as `words`, it is said in the operator's language on a page (English elsewhere)."""

    def __init__(self, message: str | Words) -> None:
        self.words = message if isinstance(message, Words) else None
        super().__init__(say(message) if isinstance(message, Words) else message)


class NotFound(LookupError):
    """What the user named (a record, a revision, a user, a token) does not exist."""


def input_limits() -> Limits:
    """The limits on untrusted input, as set in the environment (SESSIONAL_MAX_...)."""
    try:
        return limits_from(os.environ)
    except LimitSettingInvalid as err:
        raise InputError(str(err)) from None
