"""The web server: the REST API (and, later, the pages) on top of the services."""

from .app import create_app

__all__ = ["create_app"]
