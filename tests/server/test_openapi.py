"""schemathesis over /openapi.json: no 5xx and no answer that breaks the documented schema,
for any input it can make up, as each role (an admin may call every route; the others are
refused some, and a refusal must be a 4xx too).

The suite runs 15 examples per route as an admin (about 80 s on two cores; every route, and
the routes' refusals of the other roles are tested one by one in test_access_rules.py).
`benchmarks/api_fuzz.py` sets SESSIONAL_API_FUZZ_EXAMPLES (100 or more) and runs it as every
role. Each role has a workspace of its own, so that what the admin's examples do (new
passwords, disabled users) does not lock the other roles out."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from sessional.web import create_app

from .helpers import PEOPLE, make_team

FUZZ_EXAMPLES = int(os.environ.get("SESSIONAL_API_FUZZ_EXAMPLES", "0"))
_folder = Path(tempfile.mkdtemp(prefix="sessional-schemathesis-"))


def _fuzz_as(who: str) -> Callable[..., None]:
    team = make_team(f"sqlite:///{_folder / who}.db")
    headers = team.headers(who)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(team.workspace))
    examples = FUZZ_EXAMPLES or 15

    @schema.parametrize()
    @settings(max_examples=examples, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def test(case: schemathesis.Case) -> None:
        # A record is described as a JSON object (its own schema is at /api/schema): an
        # object the OpenAPI description admits may still be refused as a record, with 422.
        case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

    return test  # type: ignore[no-any-return]


test_the_api_keeps_its_description_as_admin = _fuzz_as("admin")
if FUZZ_EXAMPLES:  # the benchmark's run: every role
    test_the_api_keeps_its_description_as_secretariat = _fuzz_as("sec")
    test_the_api_keeps_its_description_as_chair = _fuzz_as("chair")
    test_the_api_keeps_its_description_as_delegate = _fuzz_as("del_fra")
    test_the_api_keeps_its_description_as_observer = _fuzz_as("obs")
assert set(PEOPLE) == {"admin", "sec", "chair", "del_fra", "obs"}
