"""A workspace with one user of each role, and API clients for them."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sessional.services import SYSTEM_USER, Workspace
from sessional.web import create_app

PASSWORD = "correct horse battery staple"
KEY = "untoc-wg-2017"
PEOPLE = {  # name: (role, delegation)
    "admin": ("admin", None),
    "sec": ("secretariat", None),
    "chair": ("chair", None),
    "del_fra": ("delegate", "FRA"),
    "obs": ("observer", None),
}


@dataclass
class Team:
    workspace: Workspace
    client: TestClient
    tokens: dict[str, str]

    def headers(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def call(self, who: str, method: str, path: str, **kwargs: Any) -> Any:
        headers = self.headers(who) | kwargs.pop("headers", {})
        return self.client.request(method, path, headers=headers, **kwargs)

    def head(self) -> dict[str, Any]:
        answer: dict[str, Any] = self.call("sec", "GET", f"/api/records/{KEY}").json()
        return answer


def make_team(url: str) -> Team:
    workspace = Workspace(url)
    tokens = {}
    for name, (role, delegation) in PEOPLE.items():
        workspace.accounts.add(name, role, PASSWORD, delegation)
        tokens[name] = workspace.accounts.issue_token(name)
    workspace.load_demo(SYSTEM_USER)
    return Team(workspace, TestClient(create_app(workspace)), tokens)
