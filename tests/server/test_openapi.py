"""schemathesis over /openapi.json: no 5xx and no answer that breaks the documented schema,
for any input it can make up, as an admin (who may call every route)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from sessional.web import create_app

from .helpers import make_team

_folder = Path(tempfile.mkdtemp(prefix="sessional-schemathesis-"))
_team = make_team(f"sqlite:///{_folder / 'sessional.db'}")
AUTH = _team.headers("admin")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_team.workspace))


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_description(case: schemathesis.Case) -> None:
    # A record is described as a JSON object (its own schema is at /api/schema): an object
    # the OpenAPI description admits may still be refused as a record, with 422 and the path.
    case.call_and_validate(headers=AUTH, excluded_checks=[positive_data_acceptance])
