"""Accounts as an administrator and a user meet them: the messages read, the limits hit."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from sessional.services import Workspace
from sessional.services.access import (
    Accounts,
    Forbidden,
    InputError,
    NotAuthenticated,
    NotFound,
    TooManyAttempts,
    User,
)

PASSWORD = "correct horse battery staple"


@pytest.fixture()
def accounts(tmp_path: Path) -> Accounts:
    return Workspace(f"sqlite:///{tmp_path / 'sessional.db'}").accounts


def test_a_password_needs_ten_characters(accounts: Accounts) -> None:
    with pytest.raises(InputError, match=r"^password: at least 10 characters$"):
        accounts.add("ana", "secretariat", "123456789")
    accounts.add("ana", "secretariat", "1234567890")
    with pytest.raises(InputError, match=r"^password: at least 10 characters$"):
        accounts.set_password("ana", "123456789")
    accounts.set_password("ana", "0987654321")
    assert accounts.authenticate("ana", "0987654321") == User("ana", "secretariat")


def test_bad_user_names_roles_and_delegations_are_refused_in_words(accounts: Accounts) -> None:
    with pytest.raises(InputError, match=r"^user name 'ana maria': letters, digits and "
                                         r"\. _ @ - only, at most 64, starting with a letter "
                                         r"or digit$"):
        accounts.add("ana maria", "secretariat", PASSWORD)
    with pytest.raises(InputError, match=r"^--role 'editor': one of admin, secretariat, chair, "
                                         r"delegate, observer$"):
        accounts.add("ana", "editor", PASSWORD)
    with pytest.raises(InputError, match=r"^--delegation: a delegate is bound to one delegation"):
        accounts.add("ana", "delegate", PASSWORD)
    with pytest.raises(InputError, match=r"^--delegation 'XYZ': no State or area with that code$"):
        accounts.add("ana", "delegate", PASSWORD, "xyz")
    assert accounts.add("ana", "delegate", PASSWORD, "fra") == User("ana", "delegate", "FRA")
    with pytest.raises(InputError, match=r"^user 'ana' exists already$"):
        accounts.add("ana", "observer", PASSWORD)


def test_no_user_until_the_first_is_added(accounts: Accounts) -> None:
    assert accounts.any() is False
    accounts.add("ana", "admin", PASSWORD)
    assert accounts.any() is True


def test_an_unknown_user_or_token_is_named_in_the_message(accounts: Accounts) -> None:
    with pytest.raises(NotFound, match=r"^no user 'nobody'$"):
        accounts.set_password("nobody", PASSWORD)
    accounts.add("ana", "admin", PASSWORD)
    with pytest.raises(NotFound, match=r"^ana has no token 999$"):
        accounts.revoke_token("ana", 999)


def test_ten_wrong_passwords_lock_the_name_from_that_place_for_five_minutes(
        accounts: Accounts) -> None:
    accounts.add("ana", "secretariat", PASSWORD)
    for _ in range(9):
        with pytest.raises(NotAuthenticated, match=r"^wrong user name or password$"):
            accounts.authenticate("ana", "wrong password", "10.0.0.1")
    assert accounts.authenticate("ana", PASSWORD, "10.0.0.1").name == "ana"  # 9: not yet
    first = time.monotonic()  # the five minutes run from the first of the ten
    for _ in range(10):
        with pytest.raises(NotAuthenticated):
            accounts.authenticate("ana", "wrong password", "10.0.0.1")
    with pytest.raises(TooManyAttempts) as refused:
        accounts.authenticate("ana", PASSWORD, "10.0.0.1")
    spent = time.monotonic() - first  # ten argon2 hashes: seconds on a loaded machine
    assert re.fullmatch(r"too many wrong passwords; try again in \d+ s",
                        str(refused.value)), str(refused.value)
    assert str(refused.value.retry_after) in str(refused.value)
    assert 300 - spent - 1 <= refused.value.retry_after <= 300
    assert accounts.authenticate("ana", PASSWORD, "10.0.0.2").name == "ana"  # another place
    with pytest.raises(NotAuthenticated, match=r"^wrong user name or password$"):
        accounts.authenticate("nobody", PASSWORD, "10.0.0.1")


def test_a_disabled_user_is_told_so_and_a_closed_session_asks_to_log_in_again(
        accounts: Accounts) -> None:
    user = accounts.add("ana", "secretariat", PASSWORD)
    session, csrf = accounts.open_session(user)
    assert accounts.by_session(session) == (user, csrf)
    accounts.close_session(session)
    with pytest.raises(NotAuthenticated,
                       match=r"^no such session, or it has expired; log in again$"):
        accounts.by_session(session)
    token = accounts.issue_token("ana")
    assert accounts.by_token(token) == user
    accounts.set_disabled("ana", True)
    with pytest.raises(NotAuthenticated, match=r"^user 'ana' is disabled$"):
        accounts.authenticate("ana", PASSWORD)
    with pytest.raises(NotAuthenticated, match=r"^unknown API token$"):
        accounts.by_token(token)


def test_a_refusal_names_the_user_their_role_and_what_they_may_not_do() -> None:
    with pytest.raises(Forbidden, match=r"^obs \(observer\) may not edit records$"):
        User("obs", "observer").require(False, "edit records")
    User("sec", "secretariat").require(True, "edit records")
