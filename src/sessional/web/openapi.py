"""The OpenAPI description with readable schema names (`ValueIn_Person`, `FactList_ItemRef`)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from ..model.schema_names import readable_definitions


def readable_openapi(app: FastAPI) -> dict[str, Any]:
    """What `app.openapi()` gives, its component names readable; made once, then kept."""
    if app.openapi_schema is None:
        described = get_openapi(title=app.title, version=app.version, summary=app.summary,
                                description=app.description, routes=app.routes)
        app.openapi_schema = readable_definitions(described, "#/components/schemas/")
    return app.openapi_schema
