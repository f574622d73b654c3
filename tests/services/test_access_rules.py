"""The access rules of services/access.py and edit_access.py as a service call meets them,
role by role, without the web server: who may edit the record, who may change the list of
speakers, what a delegate may ask for, and the message each refusal gives (the web API answers
403 with it)."""

from __future__ import annotations

from typing import Any

import pytest

from sessional.model.edits import Edit
from sessional.services.access import Forbidden, User
from sessional.services.edit_access import require_edit_allowed, require_own_request

ADMIN, SEC, CHAIR = User("admin", "admin"), User("sec", "secretariat"), User("chair", "chair")
DEL_FRA, OBS = User("del_fra", "delegate", "FRA"), User("obs", "observer")
EVERYONE = (ADMIN, SEC, CHAIR, DEL_FRA, OBS)

OFFICER = Edit("add", "officers", element={"name": "X", "role": "chair"})
PRESENT = Edit("add", "attendance", {"category": "states_parties"}, element="ISL")
ASK_FRA = Edit("add", "speakers", element={"delegation": {"state": "FRA"}})
ASK_ITA = Edit("add", "speakers", element={"delegation": {"state": "ITA"}})
REPLACE_0 = Edit("replace", "speakers", key="0", element={"delegation": {"state": "FRA"}})
CALL_0 = Edit("set_status", "speakers", key="0", element="speaking")
WITHDRAW_0, WITHDRAW_1 = Edit("remove", "speakers", key="0"), Edit("remove", "speakers", key="1")
LIST = {"speakers": [{"delegation": {"state": "DEU"}}, {"delegation": {"state": "FRA"}}]}

OTHER_DELEGATION = ("del_fra (delegate of FRA) may not ask for or withdraw the floor for another "
                    "delegation")
NOT_CHANGE = "del_fra (delegate) may withdraw a request for the floor, not change one"


def refusal(user: User, edit: Edit, data: dict[str, Any] | None = None) -> str | None:
    """The message a user gets for an edit, checked as the workspace checks it; None: allowed."""
    try:
        require_edit_allowed(user, edit)
        require_own_request(user, edit, LIST if data is None else data)
    except Forbidden as refused:
        return str(refused)
    return None


@pytest.mark.parametrize("edit", [OFFICER, PRESENT], ids=["add an officer", "mark present"])
def test_only_admins_and_the_secretariat_edit_the_record(edit: Edit) -> None:
    assert [refusal(u, edit) for u in EVERYONE] == [
        None, None, "chair (chair) may not edit records",
        "del_fra (delegate) may not edit records", "obs (observer) may not edit records"]


@pytest.mark.parametrize("edit", [ASK_ITA, REPLACE_0, CALL_0, WITHDRAW_0],
                         ids=["ask for another", "replace", "call", "withdraw another's"])
def test_whoever_runs_the_list_of_speakers_changes_it_and_an_observer_never(edit: Edit) -> None:
    assert [refusal(u, edit) for u in (ADMIN, SEC, CHAIR)] == [None, None, None]
    assert refusal(OBS, edit) == "obs (observer) may not change the list of speakers"


def test_a_delegate_asks_for_the_floor_for_its_own_delegation_only() -> None:
    assert refusal(DEL_FRA, ASK_FRA) is None
    assert refusal(DEL_FRA, ASK_ITA) == OTHER_DELEGATION
    assert refusal(DEL_FRA, Edit("add", "speakers", element={"kind": "right_of_reply"})) == \
        OTHER_DELEGATION  # no delegation named
    assert refusal(DEL_FRA, Edit("add", "speakers", element="FRA")) == OTHER_DELEGATION


def test_a_delegates_new_request_is_waiting_and_never_sets_its_own_status() -> None:
    waiting = Edit("add", "speakers", element={"delegation": {"state": "FRA"},
                                               "status": "waiting"})
    assert refusal(DEL_FRA, waiting) is None
    speaking = Edit("add", "speakers", element={"delegation": {"state": "FRA"},
                                                "status": "speaking"})
    assert refusal(DEL_FRA, speaking) == (
        "del_fra (delegate) may ask for the floor, not set the request's status ('speaking'): "
        "a new request is 'waiting'")


def test_a_delegate_never_changes_a_request_not_even_its_own() -> None:
    assert refusal(DEL_FRA, REPLACE_0) == NOT_CHANGE  # request 0 is Germany's
    own = Edit("replace", "speakers", key="1", element={"delegation": {"state": "FRA"},
                                                       "on_behalf_of": "a group"})
    assert refusal(DEL_FRA, own) == NOT_CHANGE
    assert refusal(DEL_FRA, CALL_0) == NOT_CHANGE


def test_a_delegate_withdraws_its_own_request_and_no_other() -> None:
    assert refusal(DEL_FRA, WITHDRAW_1) is None  # request 1 is France's
    assert refusal(DEL_FRA, WITHDRAW_0) == OTHER_DELEGATION  # request 0 is Germany's
    france_first = {"speakers": [{"delegation": {"state": "FRA"}},
                                 {"delegation": {"state": "DEU"}}]}
    assert refusal(DEL_FRA, WITHDRAW_0, france_first) is None
    assert refusal(DEL_FRA, WITHDRAW_1, france_first) == OTHER_DELEGATION


@pytest.mark.parametrize("key", ["2", "x", None], ids=["no such request", "not a number",
                                                       "no key"])
def test_a_withdrawal_of_no_request_is_left_to_the_edit_which_finds_nothing(
        key: str | None) -> None:
    germany_second = {"speakers": [{"delegation": {"state": "FRA"}},
                                   {"delegation": {"state": "DEU"}}]}
    assert refusal(DEL_FRA, Edit("remove", "speakers", key=key), germany_second) is None
    assert refusal(DEL_FRA, Edit("remove", "speakers", key=key), {}) is None  # no list at all


def test_the_chair_withdraws_any_request_and_the_rule_reads_only_the_list_of_speakers() -> None:
    assert refusal(CHAIR, WITHDRAW_0) is None
    require_own_request(DEL_FRA, Edit("remove", "officers", key="0"),
                        {"officers": [{"name": "X"}], "speakers": LIST["speakers"]})
    require_own_request(DEL_FRA, ASK_FRA, LIST)  # asking is require_edit_allowed's
