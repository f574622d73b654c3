"""From service results to API answers."""

from __future__ import annotations

import dataclasses

from ..services import CheckResult, EditResult, RecordView, UserInfo
from .schemas import CheckOut, EditOut, FindingOut, RecordOut, TranslationOut, UserOut


def record_out(view: RecordView) -> RecordOut:
    return RecordOut(key=view.key, revision=view.revision, author=view.author,
                     saved_at=view.saved_at, operation=view.operation, record=view.data)


def edit_out(result: EditResult) -> EditOut:
    return EditOut(key=result.key, revision=result.revision, changed=result.changed,
                   operation=result.operation)


def check_out(result: CheckResult) -> CheckOut:
    return CheckOut(
        record=result.input, language=result.language, errors=result.errors,
        warnings=result.warnings, gaps=result.gaps, words=result.words,
        word_limit=result.word_limit,
        findings=[FindingOut(code=f.code, severity=f.severity, message=f.message, path=f.path,
                             paragraph=f.paragraph) for f in result.findings],
        translation=[TranslationOut.model_validate(dataclasses.asdict(state))
                     for state in result.translation])


def user_out(user: UserInfo) -> UserOut:
    return UserOut(name=user.name, role=user.role, delegation=user.delegation,
                   created_at=user.created_at)
