"""The API's 422 answers say in words what is wrong: `msg` is what a person reads, `loc`,
`path` and `type` stay for machines."""

from __future__ import annotations

import pytest

from ..fault_cases import CASES, PYDANTIC_WORDS, changed
from .helpers import KEY, Team, make_team

BASE = f"/api/records/{KEY}"


@pytest.fixture()
def team(db_url: str) -> Team:
    return make_team(db_url)


def test_a_whole_record_is_refused_in_words(team: Team) -> None:
    for name, case in CASES.items():
        answer = team.call("sec", "PUT", BASE, json={"base_revision": 1,
                                                     "record": changed(case)})
        assert answer.status_code == 422, name
        detail = answer.json()["detail"]
        fault = next((d for d in detail if d["path"] == case.path), None)
        assert fault is not None, (name, detail)
        assert (fault["label"], fault["msg"], fault["type"]) == (
            case.label, case.text, "record_invalid"), name
        assert not [word for word in PYDANTIC_WORDS if word in answer.text], name
    assert team.head()["revision"] == 1


def test_the_issue_example_over_the_api(team: Team) -> None:
    record = changed(CASES["state name in English"])
    answer = team.call("sec", "PUT", BASE, json={"base_revision": 1, "record": record})
    assert answer.status_code == 422
    assert answer.json()["detail"] == [{
        "loc": ["record", "attendance", "states_parties", "items", 3],
        "msg": "'Austria' is not a code of the reference data; did you mean AUT (Austria)?",
        "type": "record_invalid", "path": "$.attendance.states_parties.items[3]",
        "label": "attendance › States parties › entry 4", "kind": "state_code"}]


def test_edit_bodies_are_refused_in_words(team: Team) -> None:
    item = team.call("sec", "POST", f"{BASE}/sessions/IC/agenda-items",
                     json={"value": {"number": "item 9", "title": {"en": "x"}}})
    assert item.status_code == 422
    assert item.json()["detail"] == [{
        "loc": ["body", "value", "number"], "type": "string_pattern_mismatch",
        "msg": "'item 9' is not an agenda item number; did you mean 9?",
        "path": "$.value.number", "label": "value › number"}]
    speaker = team.call("chair", "POST", f"{BASE}/speakers",
                        json={"value": {"delegation": {"state": "Autriche"}}})
    assert speaker.status_code == 422
    assert [(d["label"], d["msg"]) for d in speaker.json()["detail"]] == [(
        "value › delegation › State",
        "'Autriche' is not a code of the reference data; did you mean AUT (Austria)?")]
    extra = team.call("sec", "POST", f"{BASE}/officers",
                      json={"value": {"name": "Ms. A", "role": "chair", "title": "Dr"}})
    assert extra.status_code == 422
    assert [(d["label"], d["msg"]) for d in extra.json()["detail"]] == [(
        "value › title", "'title' is not a field of value; the fields are: name, name_forms, "
        "gender, role, state, bodies, items")]
    role = team.call("sec", "POST", f"{BASE}/officers",
                     json={"value": {"name": "Ms. A", "role": "chairman"}})
    assert [d["msg"] for d in role.json()["detail"]] == [
        "'chairman' is not one of the choices; must be one of: chair, vice_chair, president, "
        "vice_president, rapporteur, panellist, moderator"]
    assert team.head()["revision"] == 1


def test_schema_names_of_the_api_are_readable(team: Team) -> None:
    components = team.client.get("/openapi.json").json()["components"]["schemas"]
    assert {"ValueIn_Person", "ValueIn_FloorRequest", "FactList_ItemRef", "StateCode"} \
        <= set(components)
    assert [n for n in components if len(n) > 40 or "FieldInfo" in n or "Annotated" in n
            or n.endswith("_")] == []
    schema = team.call("obs", "GET", "/api/schema").json()
    assert "FactList_StateCode" in schema["$defs"]
