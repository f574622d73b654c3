"""What the API takes and gives, as OpenAPI describes it."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")

RECORD_KEY = r"^[a-z0-9][a-z0-9-]{0,63}$"
ITEM_NUMBER = r"^\d{1,4}$"
STATE_CODE = r"^[A-Z]{3}$"
ReportFormat = Literal["md", "html", "docx", "pdf"]
ListStatus = Literal["complete", "partial", "unknown"]


class Out(BaseModel):
    pass


class RecordOut(Out):
    key: str
    revision: int = Field(description="Number of the latest revision; name it as base_revision "
                          "when writing")
    author: str
    saved_at: dt.datetime
    operation: dict[str, Any]
    record: dict[str, Any] = Field(description="The record, in the format of GET /api/schema")


class RecordListItem(Out):
    key: str
    title: str
    revision: int
    created_at: dt.datetime
    updated_at: dt.datetime


class RevisionOut(Out):
    number: int
    author: str
    saved_at: dt.datetime
    operation: dict[str, Any]


class EditOut(Out):
    key: str
    revision: int = Field(description="The latest revision after the edit")
    changed: bool = Field(description="False where the edit changed nothing (no new revision)")
    operation: dict[str, Any]


class ChangeOut(Out):
    path: str = Field(description="JSON path of the fact, e.g. $.sessions[0].venue.en")
    kind: Literal["added", "removed", "changed"]
    before: Any = None
    after: Any = None


class ChangesOut(Out):
    key: str
    before: int = Field(description="The older revision (0: nothing, before the first)")
    after: int
    changes: list[ChangeOut]


class Problem(Out):
    detail: str


class ConflictOut(Out):
    detail: str
    current: RecordOut | None = Field(default=None, description="The latest revision")


class FindingOut(Out):
    code: str
    severity: Literal["error", "warning", "gap"]
    message: str
    path: str
    paragraph: int | None


class TallyOut(Out):
    texts: int
    words: int = Field(description="Words of their source texts (Chinese: characters)")


class TranslationOut(Out):
    """One language: texts new (awaiting translation), translated, reviewed, final."""

    language: str
    new: TallyOut
    translated: TallyOut
    reviewed: TallyOut
    final: TallyOut


class CheckOut(Out):
    record: str
    language: str
    errors: int
    warnings: int
    gaps: int
    words: int
    word_limit: int
    findings: list[FindingOut]
    translation: list[TranslationOut] = Field(
        default=[], description="The state of translation, per language")


class UserOut(Out):
    name: str
    role: str
    delegation: str | None
    created_at: dt.datetime | None = None


class SessionOut(Out):
    user: UserOut
    csrf_token: str = Field(description="Send as X-CSRF-Token (or form field csrf_token) with "
                            "every state-changing request made with the session cookie")


class TokenOut(Out):
    token: str = Field(description="Shown once: send as 'Authorization: Bearer TOKEN'")


class RecordIn(BaseModel):
    key: str = Field(pattern=RECORD_KEY, examples=["untoc-wg-2017"])
    record: dict[str, Any] = Field(description="A record (GET /api/schema)")


class ReplaceIn(BaseModel):
    base_revision: int = Field(ge=1, description="The revision the new record was made from")
    record: dict[str, Any]


class RestoreIn(BaseModel):
    base_revision: int = Field(ge=1, description="The latest revision, as the client saw it")


class ValueIn(BaseModel, Generic[T]):
    """An element to add or to put in place of another."""

    base_revision: int | None = Field(
        default=None, ge=1, description="The revision the edit was made on. Required to replace "
        "(the edit is refused if the element changed since); optional to add")
    value: T


class StatusIn(BaseModel):
    base_revision: int = Field(ge=1)
    status: ListStatus
    note: str | None = Field(default=None, max_length=500)


class LoginIn(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1000)


class UserIn(BaseModel):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
    role: Literal["admin", "secretariat", "chair", "delegate", "observer"]
    password: str = Field(min_length=10, max_length=1000)
    delegation: str | None = Field(default=None, pattern=STATE_CODE)


class UserChange(BaseModel):
    disabled: bool | None = Field(default=None, description="True: the user can no longer log "
                                  "in, their sessions end and their tokens stop working")
    password: str | None = Field(default=None, min_length=10, max_length=1000)


class TokenInfo(Out):
    id: int
    label: str
    created_at: dt.datetime


class TokenIn(BaseModel):
    label: str = Field(default="script", min_length=1, max_length=100)
