"""The web server: the REST API (and, later, the pages) on top of the services."""

from .app import create_app
from .limits import ServerLimits, uvicorn_options

__all__ = ["ServerLimits", "create_app", "uvicorn_options"]
