"""Log-ins, tokens and sessions as services/access.py gives them, on a clock the test moves:
how long a name, an address or a sprayed password is held off, what a new password ends, how
long a web session lasts. Passwords are hashed with cheap argon2 settings here (the rules are
the same, the test is quicker); one test checks that a hash made with other settings is
replaced at the next log-in."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from argon2 import PasswordHasher

from sessional.services import access
from sessional.services.access import Accounts, NotAuthenticated, TooManyAttempts, User
from sessional.store import UserStore, database_url, open_engine

PASSWORD = "correct horse battery staple"
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture()
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(access, "time", SimpleNamespace(monotonic=clock.monotonic))
    monkeypatch.setattr(access, "_hasher", CHEAP)
    monkeypatch.setattr(access, "_dummy_hash", lambda: CHEAP.hash("not a password"))
    return clock


@pytest.fixture()
def store(tmp_path: Path) -> UserStore:
    return UserStore(open_engine(database_url(f"sqlite:///{tmp_path / 'sessional.db'}")))


@pytest.fixture()
def accounts(store: UserStore, clock: Clock) -> Accounts:
    accounts = Accounts(store)
    accounts.add("ana", "secretariat", PASSWORD)
    accounts.add("ben", "observer", PASSWORD)
    return accounts


def held_off(accounts: Accounts, name: str, password: str, source: str) -> str | None:
    """The message of a log-in held off, or None if the log-in went through."""
    try:
        accounts.authenticate(name, password, source)
    except TooManyAttempts as refused:
        assert str(refused).endswith(f"try again in {refused.retry_after} s")
        return str(refused)
    return None


def wrong(accounts: Accounts, name: str, source: str, password: str = "a wrong guess") -> None:
    with pytest.raises(NotAuthenticated, match=r"^wrong user name or password$"):
        accounts.authenticate(name, password, source)


def test_ten_wrong_passwords_hold_the_name_off_from_that_place_for_five_minutes(
        accounts: Accounts, clock: Clock) -> None:
    for n in range(10):
        wrong(accounts, "ana", "10.0.0.1", f"guess {n}")
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") == \
        "too many wrong passwords; try again in 301 s"
    clock.now = 1299.5
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") == \
        "too many wrong passwords; try again in 1 s"
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.2") is None  # another place
    assert held_off(accounts, "ben", PASSWORD, "10.0.0.1") is None  # another name
    clock.now = 1300.0  # five minutes after the wrong passwords: they no longer count
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") is None


def test_wrong_passwords_counted_are_those_of_the_last_five_minutes(
        accounts: Accounts, clock: Clock) -> None:
    wrong(accounts, "ana", "10.0.0.1", "guess 0")
    clock.now = 1100.0
    for n in range(8):
        wrong(accounts, "ana", "10.0.0.1", f"guess {n + 1}")
    clock.now = 1200.0
    wrong(accounts, "ana", "10.0.0.1")  # the tenth, 200 s after the first
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") == \
        "too many wrong passwords; try again in 101 s"  # until the first is 300 s old
    clock.now = 1300.0
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") is None


def test_a_right_password_starts_the_count_of_wrong_ones_again(
        accounts: Accounts, clock: Clock) -> None:
    for n in range(9):
        wrong(accounts, "ana", "10.0.0.1", f"guess {n}")
    assert accounts.authenticate("ana", PASSWORD, "10.0.0.1") == User("ana", "secretariat")
    wrong(accounts, "ana", "10.0.0.1")
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") is None


def test_a_hundred_wrong_passwords_from_one_address_hold_it_off_whatever_the_names(
        accounts: Accounts, clock: Clock) -> None:
    for n in range(99):
        clock.now = 1000.0 if n == 0 else 1050.0
        wrong(accounts, f"user{n % 20}", "10.0.0.9", f"guess {n}")
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.9") is None  # 99: not yet
    wrong(accounts, "nobody", "10.0.0.9")
    assert held_off(accounts, "ben", PASSWORD, "10.0.0.9") == \
        "too many wrong passwords from this address; try again in 251 s"  # the first's 300 s
    assert held_off(accounts, "ben", PASSWORD, "10.0.0.10") is None
    clock.now = 1300.0
    assert held_off(accounts, "ben", PASSWORD, "10.0.0.9") is None


def test_a_password_tried_for_five_names_is_held_off_for_every_name(
        accounts: Accounts, clock: Clock) -> None:
    sprayed = PASSWORD  # ana's own: a spray that would find her
    for n in range(4):
        wrong(accounts, f"user{n}", f"10.0.1.{n}", sprayed)
    assert held_off(accounts, "ana", sprayed, "10.0.2.1") is None  # four names: not yet
    clock.now = 1010.0
    wrong(accounts, "user4", "10.0.1.4", sprayed)
    assert held_off(accounts, "ana", sprayed, "10.0.2.1") == \
        "this password was tried for too many names; try again in 291 s"
    with pytest.raises(NotAuthenticated, match=r"^wrong user name or password$"):
        accounts.authenticate("ben", "another long password", "10.0.2.1")  # not held off
    clock.now = 1300.0  # the first four tries are five minutes old
    assert held_off(accounts, "ana", sprayed, "10.0.2.1") is None


def test_the_same_name_tried_again_with_the_sprayed_password_counts_once(
        accounts: Accounts, clock: Clock) -> None:
    for _ in range(6):
        wrong(accounts, "user0", "10.0.1.1", "Winter2026!!")
    wrong(accounts, "user1", "10.0.1.2", "Winter2026!!")  # two names so far: not held off


def test_a_name_held_off_stays_held_off_when_made_up_names_fill_the_counts(
        accounts: Accounts, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts older than the window are dropped once there are many (names may be made up,
    50,000 of them; 4 here): the ones inside the window stay."""
    monkeypatch.setattr(access, "MAX_COUNTED", 4)
    for n in range(10):
        wrong(accounts, "ana", "10.0.0.1", f"guess {n}")
    for n in range(6):
        clock.now = 1000.0 + 40 * n
        wrong(accounts, f"made-up {n}", f"10.0.3.{n}", f"spray {n}")
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") == \
        "too many wrong passwords; try again in 101 s"  # at 1200, held off since 1000
    clock.now = 1330.0
    wrong(accounts, "made-up 9", "10.0.3.9", "spray 0")  # counts from before 1030 go
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") is None
    for n in range(4):
        wrong(accounts, f"made-up {n}", "10.0.3.9", "spray 0")
    assert held_off(accounts, "ben", "spray 0", "10.0.4.1") == \
        "this password was tried for too many names; try again in 301 s"


def test_a_password_that_is_not_text_is_a_wrong_one_and_counted(
        accounts: Accounts, clock: Clock) -> None:
    broken = "\ud800 guess"  # a lone surrogate, as JSON's "\ud800" decodes
    for _ in range(5):
        wrong(accounts, "ana", "10.0.0.1", broken)
        wrong(accounts, "nobody", "10.0.0.1", broken)
    assert held_off(accounts, "ana", PASSWORD, "10.0.0.1") is None  # 5 for her: not yet
    for name in ("ben", "user0", "user1"):  # five names in all
        wrong(accounts, name, "10.0.0.3", broken)
    assert held_off(accounts, "user2", broken, "10.0.0.3") == \
        "this password was tried for too many names; try again in 301 s"


def test_a_hash_made_with_older_settings_is_replaced_at_the_next_log_in(
        store: UserStore, accounts: Accounts, monkeypatch: pytest.MonkeyPatch) -> None:
    before = store.by_name("ana").password_hash
    accounts.authenticate("ana", PASSWORD)
    assert store.by_name("ana").password_hash == before  # current settings: kept
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(access, "_hasher", stronger)
    assert accounts.authenticate("ana", PASSWORD) == User("ana", "secretariat")
    after = store.by_name("ana").password_hash
    assert after.startswith("$argon2id$v=19$m=16,t=2,p=1$") and after != before
    assert accounts.authenticate("ana", PASSWORD) == User("ana", "secretariat")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@pytest.fixture()
def in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The server's clock set to Japan's time, nine hours ahead of UTC."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("in_tokyo")
def test_a_web_session_lasts_twelve_hours_whatever_the_servers_time_zone(
        store: UserStore, accounts: Accounts) -> None:
    user = User("ana", "secretariat")
    session, csrf = accounts.open_session(user)
    assert accounts.by_session(session) == (user, csrf)
    assert len(session) == len(csrf) == 43  # 32 random bytes each, URL-safe base64
    found = store.web_session(_digest(session))
    assert found is not None and found.csrf == csrf
    left = found.expires_at - dt.datetime.now(dt.UTC)
    assert dt.timedelta(hours=11, minutes=59) < left <= dt.timedelta(hours=12)


def test_a_new_password_ends_the_other_sessions_and_the_tokens_but_not_ones_own(
        accounts: Accounts) -> None:
    user = User("ana", "secretariat")
    mine, _ = accounts.open_session(user)
    other, _ = accounts.open_session(user)
    token = accounts.issue_token("ana")
    accounts.set_password("ana", "a new long password", keep_session=mine)
    assert accounts.by_session(mine)[0] == user
    with pytest.raises(NotAuthenticated, match=r"^no such session, or it has expired"):
        accounts.by_session(other)
    with pytest.raises(NotAuthenticated, match=r"^unknown API token$"):
        accounts.by_token(token)
    accounts.set_password("ana", "a third long password")  # by an admin: every session ends
    with pytest.raises(NotAuthenticated, match=r"^no such session, or it has expired"):
        accounts.by_session(mine)
    assert accounts.authenticate("ana", "a third long password") == user


def test_a_disabled_users_sessions_and_tokens_stop_and_start_again_when_enabled(
        accounts: Accounts) -> None:
    user = User("ben", "observer")
    session, _ = accounts.open_session(user)
    token = accounts.issue_token("ben")
    accounts.set_disabled("ben", True)
    with pytest.raises(NotAuthenticated, match=r"^no such session, or it has expired"):
        accounts.by_session(session)
    with pytest.raises(NotAuthenticated, match=r"^user 'ben' is disabled$"):
        accounts.authenticate("ben", PASSWORD)
    accounts.set_disabled("ben", False)
    assert accounts.by_token(token) == user
    assert accounts.authenticate("ben", PASSWORD) == user


def test_a_token_without_a_label_is_listed_as_a_script(accounts: Accounts) -> None:
    accounts.issue_token("ben")
    assert [t.label for t in accounts.tokens("ben")] == ["script"]


def test_a_token_is_shown_once_listed_by_its_label_and_revoked(accounts: Accounts) -> None:
    token = accounts.issue_token("ana", "minutes " * 20)
    assert token.startswith("ses_") and len(token) == 4 + 43
    [listed] = accounts.tokens("ana")
    assert listed.label == ("minutes " * 20)[:100]
    assert accounts.by_token(token) == User("ana", "secretariat")
    assert accounts.tokens("ben") == []
    accounts.revoke_token("ana", listed.id)
    with pytest.raises(NotAuthenticated, match=r"^unknown API token$"):
        accounts.by_token(token)
    assert accounts.tokens("ana") == []


def test_a_delegation_for_a_role_other_than_delegate_is_refused_in_words(
        accounts: Accounts) -> None:
    with pytest.raises(access.InputError) as refused:
        accounts.add("eve", "observer", PASSWORD, "FRA")
    assert str(refused.value) == ("--delegation: a delegate is bound to one delegation (ISO "
                                  "3166 alpha-3 code); other roles have none")


def test_the_list_of_users_names_their_roles_and_delegations(accounts: Accounts) -> None:
    accounts.add("del_fra", "delegate", PASSWORD, "fra")
    assert [(u.name, u.role, u.delegation) for u in accounts.users()] == [
        ("ana", "secretariat", None), ("ben", "observer", None), ("del_fra", "delegate", "FRA")]
    assert all(dt.timedelta(0) <= dt.datetime.now(dt.UTC) - u.created_at < dt.timedelta(hours=1)
               for u in accounts.users())  # made just now
    assert accounts.authenticate("del_fra", PASSWORD) == User("del_fra", "delegate", "FRA")


def test_secrets_are_compared_whole_and_in_any_script() -> None:
    assert access.same_secret("csrf-токен-é", "csrf-токен-é")
    assert not access.same_secret("csrf-токен-é", "csrf-токен-e")
    assert not access.same_secret("abc", "abcd")
