"""Roles, sessions, CSRF and untrusted text."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from .helpers import KEY, PASSWORD, Team, make_team

BASE = f"/api/records/{KEY}"
FLOOR = f"{BASE}/speakers"


@pytest.fixture()
def team(db_url: str) -> Team:
    return make_team(db_url)


def test_a_delegate_asks_for_the_floor_for_its_own_delegation_only(team: Team) -> None:
    own = team.call("del_fra", "POST", FLOOR, json={"value": {"delegation": {"state": "FRA"}}})
    assert own.status_code == 200, own.json()
    other = team.call("del_fra", "POST", FLOOR, json={"value": {"delegation": {"state": "DEU"}}})
    assert other.status_code == 403 and "another delegation" in other.json()["detail"]
    by_chair = team.call("chair", "POST", FLOOR, json={"value": {"delegation": {"state": "DEU"}}})
    assert by_chair.status_code == 200
    seen = team.head()["revision"]
    not_own = team.call("del_fra", "DELETE", f"{FLOOR}/1", params={"base_revision": seen})
    assert not_own.status_code == 403
    withdrawn = team.call("del_fra", "DELETE", f"{FLOOR}/0", params={"base_revision": seen})
    assert withdrawn.status_code == 200
    assert [s["delegation"] for s in team.head()["record"]["speakers"]] == [{"state": "DEU"}]


def test_a_delegate_cannot_edit_the_record(team: Team) -> None:
    seen = team.head()
    for method, path, kwargs in [
        ("PUT", BASE, {"json": {"base_revision": seen["revision"], "record": seen["record"]}}),
        ("PUT", f"{BASE}/attendance/states_parties/states/ISL", {}),
        ("POST", f"{BASE}/officers", {"json": {"value": {"name": "X", "role": "chair"}}}),
        ("POST", f"{BASE}/revisions/1/restore", {"json": {"base_revision": 1}}),
    ]:
        assert team.call("del_fra", method, path, **kwargs).status_code == 403, path
    assert team.head()["revision"] == seen["revision"]


@pytest.mark.parametrize("who", ["obs", "chair"])
def test_an_observer_or_chair_cannot_write_the_record(team: Team, who: str) -> None:
    answer = team.call(who, "PUT", f"{BASE}/attendance/states_parties/states/ISL")
    assert answer.status_code == 403
    assert team.call(who, "GET", BASE).status_code == 200
    created = team.call(who, "POST", "/api/records", json={"key": "x", "record": {}})
    assert created.status_code == 403


def test_an_observer_cannot_ask_for_the_floor(team: Team) -> None:
    answer = team.call("obs", "POST", FLOOR, json={"value": {"delegation": {"state": "FRA"}}})
    assert answer.status_code == 403


def test_only_admins_manage_users(team: Team) -> None:
    assert team.call("sec", "GET", "/api/users").status_code == 403
    names = [u["name"] for u in team.call("admin", "GET", "/api/users").json()]
    assert names == sorted(["admin", "sec", "chair", "del_fra", "obs"])
    new = {"name": "del_deu", "role": "delegate", "password": PASSWORD, "delegation": "DEU"}
    assert team.call("sec", "POST", "/api/users", json=new).status_code == 403
    assert team.call("admin", "POST", "/api/users", json=new).status_code == 201
    unbound = {"name": "d2", "role": "delegate", "password": PASSWORD}
    assert team.call("admin", "POST", "/api/users", json=unbound).status_code == 422


def test_no_token_or_a_wrong_one_is_401(team: Team) -> None:
    assert team.client.get(BASE).status_code == 401
    wrong = team.client.get(BASE, headers={"Authorization": "Bearer ses_nothing"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"


def _log_in(team: Team, name: str = "sec") -> str:
    answer = team.client.post("/api/session", json={"name": name, "password": PASSWORD})
    assert answer.status_code == 200
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    csrf: str = answer.json()["csrf_token"]
    return csrf


def test_a_session_cookie_write_needs_the_csrf_token(team: Team) -> None:
    csrf = _log_in(team)
    path = f"{BASE}/attendance/states_parties/states/ISL"
    assert team.client.get(BASE).status_code == 200  # reading needs no token
    assert team.client.put(path).status_code == 403
    assert team.client.put(path, headers={"X-CSRF-Token": "forged"}).status_code == 403
    form = team.client.post(f"{BASE}/officers", data={"value": "x"})
    assert form.status_code == 403  # a form posted from another page
    assert team.head()["revision"] == 1
    assert team.client.put(path, headers={"X-CSRF-Token": csrf}).status_code == 200
    assert team.client.delete("/api/session", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert team.client.get(BASE).status_code == 401


def test_wrong_passwords_are_refused_and_passwords_are_kept_as_argon2_hashes(
        team: Team, db_url: str) -> None:
    wrong = team.client.post("/api/session", json={"name": "sec", "password": "guess"})
    nobody = team.client.post("/api/session", json={"name": "nobody", "password": "guess"})
    assert wrong.status_code == nobody.status_code == 401
    assert wrong.json() == nobody.json()  # does not tell which names exist
    engine = create_engine(db_url)
    with engine.connect() as conn:
        hashes = conn.execute(text("SELECT password_hash FROM users")).scalars().all()
        digests = conn.execute(text("SELECT digest FROM api_tokens")).scalars().all()
    engine.dispose()
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)
    assert set(digests).isdisjoint(team.tokens.values())


SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_names_with_markup_are_stored_as_text_and_never_run(team: Team) -> None:
    person = {"name": f"Ms. {SCRIPT}", "role": "rapporteur"}
    assert team.call("sec", "POST", f"{BASE}/officers", json={"value": person}).status_code == 200
    answer = team.call("obs", "GET", BASE)
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert answer.json()["record"]["officers"][-1]["name"] == f"Ms. {SCRIPT}"
    paragraph = {"text": {"en": f"The delegation of {SCRIPT} spoke."}, "source_language": "en"}
    assert team.call("sec", "POST", f"{BASE}/narrative/introduction/paragraphs",
                     json={"value": paragraph}).status_code == 200
    html = team.call("obs", "GET", f"{BASE}/report", params={"lang": "en", "format": "html"})
    assert "<script>" not in html.text and "<img" not in html.text
    assert "&lt;script&gt;" in html.text
    markdown = team.call("obs", "GET", f"{BASE}/report", params={"lang": "en", "format": "md"})
    assert "\\<script\\>" in markdown.text and "<script>" not in markdown.text
    missing = team.call("obs", "GET", f"/api/records/{KEY}/revisions/12345")
    assert missing.headers["content-type"] == "application/json"


def test_tokens_can_be_listed_and_revoked(team: Team) -> None:
    second = team.call("sec", "POST", "/api/tokens", json={"label": "minutes script"})
    assert second.status_code == 201
    mine = team.call("sec", "GET", "/api/tokens").json()
    assert [t["label"] for t in mine] == ["script", "minutes script"]
    assert all("token" not in t for t in mine)
    assert team.call("obs", "DELETE", f"/api/tokens/{mine[1]['id']}").status_code == 404
    assert team.call("sec", "DELETE", f"/api/tokens/{mine[1]['id']}").status_code == 204
    revoked = {"Authorization": f"Bearer {second.json()['token']}"}
    assert team.client.get(BASE, headers=revoked).status_code == 401
    assert team.call("sec", "GET", BASE).status_code == 200


def test_an_admin_disables_a_user_and_sets_a_password(team: Team) -> None:
    csrf = _log_in(team, "obs")
    assert team.call("sec", "PATCH", "/api/users/obs", json={"disabled": True}).status_code == 403
    assert team.call("admin", "PATCH", "/api/users/obs",
                     json={"disabled": True}).status_code == 204
    assert team.call("obs", "GET", BASE).status_code == 401
    assert team.client.get(BASE).status_code == 401  # the session ended too
    assert team.client.post("/api/session", json={"name": "obs", "password": PASSWORD}
                            ).status_code == 401
    new = "a new long password"
    assert team.call("admin", "PATCH", "/api/users/obs",
                     json={"disabled": False, "password": new}).status_code == 204
    assert team.client.post("/api/session", json={"name": "obs", "password": new}
                            ).status_code == 200
    assert team.call("admin", "PATCH", "/api/users/nobody", json={"disabled": True}
                     ).status_code == 404
    assert csrf


def test_ten_wrong_passwords_hold_off_the_eleventh_try(team: Team) -> None:
    for _ in range(10):
        wrong = team.client.post("/api/session", json={"name": "sec", "password": "guess"})
        assert wrong.status_code == 401
    held = team.client.post("/api/session", json={"name": "sec", "password": PASSWORD})
    assert held.status_code == 429 and int(held.headers["retry-after"]) > 0
    other = team.client.post("/api/session", json={"name": "obs", "password": PASSWORD})
    assert other.status_code == 200  # other names are not held off


def test_no_page_that_loads_scripts_from_elsewhere(team: Team) -> None:
    assert team.client.get("/docs").status_code == 404
    assert team.client.get("/redoc").status_code == 404
    assert team.client.get("/openapi.json").status_code == 200
