"""Users and what their roles allow; passwords (argon2), API tokens and web sessions.

admin: everything, users included; secretariat: edits records; chair: runs the list of speakers;
delegate: bound to one delegation, may ask for the floor for it only; observer: reads.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass
from functools import cache
from typing import Literal, get_args

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .. import refdata
from ..model.wording import marked, words
from ..store import TokenRow, UserExists, UserMissing, UserRow, UserStore
from .records import InputError, NotFound

Role = Literal["admin", "secretariat", "chair", "delegate", "observer"]
ROLES: tuple[Role, ...] = get_args(Role)
USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
SESSION_LIFETIME = dt.timedelta(hours=12)
MIN_PASSWORD = 10
SHORT_PASSWORD = marked("password: at least {limit} characters")

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown names (made once, when first needed: making it
    costs a fifth of a second that commands without log-ins need not pay)."""
    return _hasher.hash("not a password of anyone")


class Forbidden(Exception):
    """The user's role does not allow this."""


class NotAuthenticated(Exception):
    """No user, or a wrong name, password, token or session."""


class TooManyAttempts(NotAuthenticated):
    """Too many wrong passwords for one name from one place, for many names from one place or
    with one password, or too many log-ins at once: wait `retry_after` seconds."""

    def __init__(self, retry_after: int, reason: str = "too many wrong passwords") -> None:
        super().__init__(f"{reason}; try again in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    delegation: str | None = None

    @property
    def edits_records(self) -> bool:
        return self.role in ("admin", "secretariat")

    @property
    def runs_speakers(self) -> bool:
        return self.role in ("admin", "secretariat", "chair")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def require(self, allowed: bool, what: str) -> None:
        if not allowed:
            raise Forbidden(f"{self.name} ({self.role}) may not {what}")


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    delegation: str | None
    created_at: dt.datetime


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _from_row(row: UserRow) -> User:
    return User(row.name, row.role, row.delegation)  # type: ignore[arg-type]


FAILURE_WINDOW = 300.0  # seconds over which wrong passwords are counted
MAX_FAILURES = 10  # wrong passwords for one name from one address
MAX_FAILURES_PER_ADDRESS = 100  # wrong passwords from one address, whatever the names
MAX_NAMES_PER_PASSWORD = 5  # names one wrong password was tried for (a password spray)
MAX_COUNTED = 50_000  # names and passwords counted before counts older than the window go
_SPRAY_KEY = secrets.token_bytes(32)  # passwords are counted by a keyed digest, never kept


class Accounts:
    def __init__(self, users: UserStore) -> None:
        self._users = users
        self._failures: dict[tuple[str, str], list[float]] = {}  # (name, address): times
        self._by_address: dict[str, list[float]] = {}
        self._by_password: dict[str, dict[str, float]] = {}  # password digest: name: time

    def add(self, name: str, role: str, password: str, delegation: str | None = None) -> User:
        if not USER_NAME.match(name):
            raise InputError(words("user name '{name}': letters, digits and . _ @ - only, at "
                                   "most 64, starting with a letter or digit", name=name))
        if role not in ROLES:
            raise InputError(f"--role {role!r}: one of {', '.join(ROLES)}")
        if (role == "delegate") != (delegation is not None):
            raise InputError("--delegation: a delegate is bound to one delegation (ISO 3166 "
                             "alpha-3 code); other roles have none")
        if delegation is not None:
            delegation = delegation.upper()
            if refdata.country(delegation) is None:
                raise InputError(f"--delegation {delegation!r}: no State or area with that code")
        if len(password) < MIN_PASSWORD:
            raise InputError(words(SHORT_PASSWORD, limit=MIN_PASSWORD))
        try:
            row = self._users.add(name, role, delegation, _hasher.hash(password))
        except UserExists:
            raise InputError(words("user '{name}' exists already", name=name)) from None
        return _from_row(row)

    def users(self) -> list[UserInfo]:
        return [UserInfo(r.name, r.role, r.delegation, r.created_at) for r in self._users.all()]

    def any(self) -> bool:
        return self._users.count() > 0

    def _row(self, name: str) -> UserRow:
        try:
            return self._users.by_name(name)
        except UserMissing:
            raise NotFound(f"no user {name!r}") from None

    def set_password(self, name: str, password: str, keep_session: str | None = None) -> None:
        """A new password ends the user's web sessions and revokes their API tokens, at once;
        `keep_session` (the session of the user changing their own password) stays open."""
        if len(password) < MIN_PASSWORD:
            raise InputError(words(SHORT_PASSWORD, limit=MIN_PASSWORD))
        self._row(name)
        self._users.set_password(name, _hasher.hash(password))
        self._users.end_sessions_and_tokens(
            name, _digest(keep_session) if keep_session else None)

    def set_disabled(self, name: str, disabled: bool) -> None:
        """A disabled user can no longer log in; their sessions end and their tokens stop
        working at once, in every process (each request looks its token up in the database)."""
        self._row(name)
        self._users.set_disabled(name, disabled)

    def tokens(self, name: str) -> list[TokenRow]:
        return self._users.tokens(self._row(name).id)

    def revoke_token(self, name: str, token_id: int) -> None:
        if not self._users.drop_token(self._row(name).id, token_id):
            raise NotFound(f"{name} has no token {token_id}")

    def authenticate(self, name: str, password: str, source: str = "") -> User:
        """The user with this name and password. `source` (the client's address) counts wrong
        passwords per name and place: after MAX_FAILURES in FAILURE_WINDOW seconds, even the
        right one is refused until the window has passed."""
        now = time.monotonic()
        since = now - FAILURE_WINDOW
        attempts = [t for t in self._failures.get((name, source), []) if t > since]
        if len(attempts) >= MAX_FAILURES:
            raise TooManyAttempts(int(attempts[0] + FAILURE_WINDOW - now) + 1)
        from_address = [t for t in self._by_address.get(source, []) if t > since]
        if len(from_address) >= MAX_FAILURES_PER_ADDRESS:
            raise TooManyAttempts(int(from_address[0] + FAILURE_WINDOW - now) + 1,
                                  "too many wrong passwords from this address")
        sprayed = _spray_digest(password)
        names = {n: t for n, t in self._by_password.get(sprayed, {}).items() if t > since}
        if len(names) >= MAX_NAMES_PER_PASSWORD:
            raise TooManyAttempts(int(min(names.values()) + FAILURE_WINDOW - now) + 1,
                                  "this password was tried for too many names")
        try:
            user = self._verify(name, password)
        except NotAuthenticated:
            self._forget_old(since)
            self._failures[(name, source)] = [*attempts, now]
            self._by_address[source] = [*from_address, now]
            self._by_password[sprayed] = names | {name: now}
            raise
        self._failures.pop((name, source), None)
        return user

    def _forget_old(self, since: float) -> None:
        """Drop counts older than the window once they grow large (names may be made up)."""
        if len(self._failures) + len(self._by_password) < MAX_COUNTED:
            return
        self._failures = {k: v for k, v in self._failures.items() if v[-1] > since}
        self._by_address = {k: v for k, v in self._by_address.items() if v[-1] > since}
        self._by_password = {k: v for k, v in self._by_password.items()
                             if max(v.values()) > since}

    def _verify(self, name: str, password: str) -> User:
        try:
            row = self._users.by_name(name)
        except UserMissing:
            _spend_as_long(password)
            raise NotAuthenticated("wrong user name or password") from None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError, UnicodeEncodeError):  # a lone surrogate
            raise NotAuthenticated("wrong user name or password") from None  # is no one's
        if row.disabled:
            raise NotAuthenticated(f"user {name!r} is disabled")
        if _hasher.check_needs_rehash(row.password_hash):
            self._users.set_password(name, _hasher.hash(password))
        return _from_row(row)

    def issue_token(self, name: str, label: str = "script") -> str:
        """A new API token for the user; only its digest is kept, so it is shown once."""
        row = self._row(name)
        token = "ses_" + secrets.token_urlsafe(32)
        self._users.add_token(row.id, _digest(token), label[:100])
        return token

    def by_token(self, token: str) -> User:
        """Looked up in the database on every request (about 0.3 ms on SQLite), so that a
        revoked token or a disabled user stops at once in every server process."""
        row = self._users.by_token(_digest(token))
        if row is None or row.disabled:
            raise NotAuthenticated("unknown API token")
        return _from_row(row)

    def open_session(self, user: User) -> tuple[str, str]:
        """A web session: its id (for an HttpOnly cookie) and its CSRF token (for forms)."""
        row = self._users.by_name(user.name)
        session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        expires = dt.datetime.now(dt.UTC) + SESSION_LIFETIME
        self._users.add_web_session(_digest(session_id), row.id, csrf, expires)
        return session_id, csrf

    def by_session(self, session_id: str) -> tuple[User, str]:
        """The user of a web session and the session's CSRF token."""
        found = self._users.web_session(_digest(session_id))
        if found is None or found.user.disabled:
            raise NotAuthenticated("no such session, or it has expired; log in again")
        return _from_row(found.user), found.csrf

    def close_session(self, session_id: str) -> None:
        self._users.drop_web_session(_digest(session_id))


def _spend_as_long(password: str) -> None:
    """Verify against a dummy hash, so that unknown names take as long as wrong passwords."""
    with contextlib.suppress(VerificationError, UnicodeEncodeError):
        _hasher.verify(_dummy_hash(), password)


def _spray_digest(password: str) -> str:
    return hmac.new(_SPRAY_KEY, password.encode("utf-8", "surrogatepass"), "sha256").hexdigest()


def same_secret(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
