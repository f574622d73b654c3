"""The web application: the REST API under /api, described at /openapi.json."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..services import LoginGate, Workspace
from ..services.floor_feed import FloorFeed
from ..services.floor_news import FloorWatch
from . import account, edits, pages, records, speaker_events, speaker_export, speakers
from .limits import BodyLimits, ServerLimits
from .openapi import readable_openapi
from .refusals import add_handlers
from .speaker_news import SpeakerNews

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'; "
                               "frame-ancestors 'none'; base-uri 'none'",
}


def create_app(workspace: Workspace, secure_cookies: bool = False,
               limits: ServerLimits | None = None) -> FastAPI:
    app = FastAPI(
        title="sessional",
        summary="The record of intergovernmental meetings and their reports in six languages",
        version="0.1.0",
        docs_url=None,  # the interactive pages load their scripts from a CDN: not served
        redoc_url=None,
    )
    app.state.workspace = workspace
    app.state.secure_cookies = secure_cookies
    app.state.floor_feed = FloorFeed()
    app.state.speaker_news = SpeakerNews(app.state.floor_feed)
    workspace.watch(FloorWatch(app.state.speaker_news))
    for router in (account.router, records.router, edits.router, speakers.router,
                   speaker_events.router, speaker_export.router):
        app.include_router(router)
    pages.mount(app)
    add_handlers(app)
    app.openapi = lambda: readable_openapi(app)  # type: ignore[method-assign]

    app.add_middleware(SecurityHeaders)
    _limits(app, limits or ServerLimits())
    return app


def _limits(app: FastAPI, limits: ServerLimits) -> None:
    """Body sizes and timeouts (BodyLimits), and the log-ins' password hashing budget."""
    app.state.limits = limits
    app.state.logins = LoginGate(limits.login_workers, limits.login_queue,
                                 limits.login_per_address)
    app.add_middleware(BodyLimits, limits=limits)


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every answer (a plain ASGI middleware: no extra task)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in self.headers if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)
