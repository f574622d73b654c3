"""Users, their API tokens and their web sessions. Secrets are kept only as hashes: passwords
as the hash the caller made, tokens and session ids as SHA-256 digests made by the caller."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from .schema import api_tokens, users, web_sessions
from .utc import as_utc, utcnow


class UserExists(Exception):
    pass


class UserMissing(LookupError):
    pass


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    role: str
    delegation: str | None
    password_hash: str
    created_at: dt.datetime
    disabled: bool


@dataclass(frozen=True)
class TokenRow:
    id: int
    label: str
    created_at: dt.datetime


@dataclass(frozen=True)
class WebSessionRow:
    user: UserRow
    csrf: str
    expires_at: dt.datetime


def _user(row: object) -> UserRow:
    return UserRow(row.id, row.name, row.role, row.delegation,  # type: ignore[attr-defined]
                   row.password_hash, as_utc(row.created_at),  # type: ignore[attr-defined]
                   bool(row.disabled))  # type: ignore[attr-defined]


class UserStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, name: str, role: str, delegation: str | None, password_hash: str) -> UserRow:
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(users).values(
                    name=name, role=role, delegation=delegation, password_hash=password_hash,
                    created_at=utcnow(), disabled=False))
        except IntegrityError:
            raise UserExists(name) from None
        return self.by_name(name)

    def set_password(self, name: str, password_hash: str) -> None:
        with self.engine.begin() as conn:
            self._update(conn, name, password_hash=password_hash)

    def set_disabled(self, name: str, disabled: bool) -> None:
        with self.engine.begin() as conn:
            self._update(conn, name, disabled=disabled)
            if disabled:  # a disabled user's web sessions end at once
                ids = select(users.c.id).where(users.c.name == name).scalar_subquery()
                conn.execute(delete(web_sessions).where(web_sessions.c.user_id == ids))

    def end_sessions_and_tokens(self, name: str, keep_session: str | None = None) -> None:
        """The user's web sessions end (but the one of digest `keep_session`) and their API
        tokens are revoked (a new password)."""
        ids = select(users.c.id).where(users.c.name == name).scalar_subquery()
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(web_sessions.c.user_id == ids,
                                                    web_sessions.c.digest != (keep_session or "")))
            conn.execute(delete(api_tokens).where(api_tokens.c.user_id == ids))

    @staticmethod
    def _update(conn: Connection, name: str, **values: object) -> None:
        if conn.execute(update(users).where(users.c.name == name).values(**values)
                        ).rowcount == 0:
            raise UserMissing(name)

    def by_name(self, name: str) -> UserRow:
        with self.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.name == name)).one_or_none()
        if row is None:
            raise UserMissing(name)
        return _user(row)

    def all(self) -> list[UserRow]:
        with self.engine.connect() as conn:
            return [_user(r) for r in conn.execute(select(users).order_by(users.c.name))]

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(users)) or 0)

    def add_token(self, user_id: int, digest: str, label: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(api_tokens).values(user_id=user_id, digest=digest, label=label,
                                                   created_at=utcnow()))

    def tokens(self, user_id: int) -> list[TokenRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(api_tokens).where(api_tokens.c.user_id == user_id)
                                .order_by(api_tokens.c.id))
            return [TokenRow(r.id, r.label, as_utc(r.created_at)) for r in rows]

    def drop_token(self, user_id: int, token_id: int) -> bool:
        """Revoke one of the user's tokens; False if the user has no token with that id."""
        with self.engine.begin() as conn:
            done = conn.execute(delete(api_tokens).where(api_tokens.c.id == token_id,
                                                         api_tokens.c.user_id == user_id))
        return bool(done.rowcount)

    def by_token(self, digest: str) -> UserRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(users).join(api_tokens, api_tokens.c.user_id == users.c.id)
                               .where(api_tokens.c.digest == digest)).one_or_none()
        return None if row is None else _user(row)

    def add_web_session(self, digest: str, user_id: int, csrf: str,
                        expires_at: dt.datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(web_sessions.c.expires_at <= utcnow()))
            conn.execute(insert(web_sessions).values(digest=digest, user_id=user_id, csrf=csrf,
                                                     created_at=utcnow(), expires_at=expires_at))

    def web_session(self, digest: str) -> WebSessionRow | None:
        """The session with this digest, unless it has expired."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(users, web_sessions.c.csrf, web_sessions.c.expires_at)
                .join(web_sessions, web_sessions.c.user_id == users.c.id)
                .where(web_sessions.c.digest == digest)).one_or_none()
        if row is None or as_utc(row.expires_at) <= utcnow():
            return None
        return WebSessionRow(_user(row), row.csrf, as_utc(row.expires_at))

    def drop_web_session(self, digest: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(web_sessions.c.digest == digest))
