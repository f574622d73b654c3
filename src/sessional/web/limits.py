"""What the server accepts from a client: body sizes, how long a client may take to send its
request, how many connections it keeps, and whom it believes about a client's address.

Every limit is a named setting with a default (ServerLimits); `sessional serve` sets them from
its options or the environment. A body beyond its limit is refused with 413 before it is read
(by its Content-Length, or while it streams in); a body that takes longer than the body timeout
is refused with 408; a client that has not sent its request line and headers within the header
timeout is disconnected.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

KIB, MIB = 1024, 1024 * 1024
# Routes that take a whole record (create, import, replace): they may carry up to
# max_record_body when the request carries credentials; every other request up to max_body.
RECORD_ROUTES = re.compile(r"^/api/records(/import)?/?$|^/api/records/[^/]+/?$")


@dataclass(frozen=True)
class ServerLimits:
    max_body: int = 1 * MIB  # any request body, and any body sent without credentials
    max_record_body: int = 20 * MIB  # a whole record (POST/PUT /api/records...), with credentials
    body_timeout: float = 60.0  # seconds to send the whole body
    header_timeout: float = 10.0  # seconds to send the request line and headers
    keep_alive: int = 5  # seconds an idle connection stays open between requests
    max_connections: int = 2048  # beyond this, new requests are answered 503
    max_header_bytes: int = 32 * KIB  # request line and headers together
    forwarded_allow_ips: str = ""  # proxies trusted for X-Forwarded-For/-Proto; none by default
    login_workers: int = 1  # threads hashing passwords (argon2) at once
    login_queue: int = 32  # log-ins in progress (hashing or waiting for it) at most
    login_per_address: int = 4  # log-ins in progress from one client address at most


def _has_credentials(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"authorization" or (name == b"cookie" and b"sessional_session=" in value):
            return True
    return False


def body_limit(limits: ServerLimits, scope: Scope) -> tuple[int, str]:
    """The largest body this request may carry, and the option that sets it."""
    whole_record = (scope["method"] in ("POST", "PUT")
                    and RECORD_ROUTES.match(scope["path"]) is not None)
    if whole_record and _has_credentials(scope):
        return limits.max_record_body, "--max-record-mib"
    return limits.max_body, "--max-body-kib"


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else -1
    return None


def _too_large(limit: int, option: str) -> str:
    return (f"the request body is larger than {_size(limit)}, the most this server accepts "
            f"here (set by {option})")


def _size(count: int) -> str:
    return f"{count // MIB} MiB" if count % MIB == 0 else f"{count // KIB} KiB"


class BodyLimits:
    """Refuses bodies beyond their limit (413) and bodies sent too slowly (408), before the
    application has read them (a plain ASGI middleware: no extra task)."""

    def __init__(self, app: ASGIApp, limits: ServerLimits) -> None:
        self.app, self.limits = app, limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, option = body_limit(self.limits, scope)
        declared = _declared_length(scope)
        if declared is not None and not 0 <= declared <= limit:
            await _answer(send, 413, _too_large(limit, option))
            return
        body = _Body(receive, limit, option, self.limits.body_timeout)
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if body.refused:  # the rest of the body is never read: close after answering
                    message["headers"] = [*message.get("headers", []), (b"connection", b"close")]
            await send(message)

        try:
            await self.app(scope, body.receive, watched_send)
        except HTTPException as refused:
            if started or refused.status_code not in (408, 413):
                raise
            await _answer(send, refused.status_code, str(refused.detail))


class _Body:
    """`receive` that counts the body's bytes and gives up when it takes too long."""

    def __init__(self, receive: Receive, limit: int, option: str, timeout: float) -> None:
        self._receive, self.limit, self.option, self.timeout = receive, limit, option, timeout
        self.deadline = asyncio.get_running_loop().time() + timeout
        self.received, self.done, self.refused = 0, False, False

    async def receive(self) -> Message:
        if self.done:
            return await self._receive()  # after the body: waiting for a disconnect, untimed
        try:
            async with asyncio.timeout_at(self.deadline):
                message = await self._receive()
        except TimeoutError:
            self.refused = True
            raise HTTPException(408, f"the request body took longer than {self.timeout:g} s "
                                     "to arrive (set by --body-timeout)") from None
        if message["type"] == "http.request":
            self.received += len(message.get("body", b""))
            if self.received > self.limit:
                self.refused = True
                raise HTTPException(413, _too_large(self.limit, self.option))
            self.done = not message.get("more_body", False)
        return message


async def _answer(send: Send, status: int, detail: str) -> None:
    """A JSON problem, and the connection closed: the rest of the body is never read."""
    body = json.dumps({"detail": detail}).encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def uvicorn_options(limits: ServerLimits) -> dict[str, Any]:
    """The limits uvicorn itself enforces, as keyword arguments of `uvicorn.run`."""
    trusted = [ip.strip() for ip in limits.forwarded_allow_ips.split(",") if ip.strip()]
    return {
        "http": guarded_protocol(limits.header_timeout),
        "limit_concurrency": limits.max_connections,
        "timeout_keep_alive": limits.keep_alive,
        "h11_max_incomplete_event_size": limits.max_header_bytes,
        "proxy_headers": bool(trusted),
        "forwarded_allow_ips": trusted or None,
    }


def guarded_protocol(header_timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's HTTP/1.1 protocol (h11), with a deadline for each request line and headers:
    uvicorn itself times out only a connection on which nothing arrives (keep-alive); any byte
    resets that timer, so a client sending one byte now and then would be kept for ever."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    detail = json.dumps({"detail": f"the request line and headers took longer than "
                                   f"{header_timeout:g} s to arrive (set by --header-timeout)"})
    too_slow = (f"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
                f"content-length: {len(detail)}\r\nconnection: close\r\n\r\n{detail}").encode()

    class GuardedH11Protocol(H11Protocol):
        header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE and self.header_timer is not None:
                self.header_timer.cancel()  # the request line and headers are in
                self.header_timer = None

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
                self._arm()  # the next request on this connection

        def connection_lost(self, exc: Exception | None) -> None:
            if self.header_timer is not None:
                self.header_timer.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self.header_timer is not None:
                self.header_timer.cancel()
            self.header_timer = self.loop.call_later(header_timeout, self._too_slow)

        def _too_slow(self) -> None:
            self.header_timer = None
            if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
                if self.cycle is None or self.cycle.response_complete:
                    self.transport.write(too_slow)
                self.transport.close()

    return GuardedH11Protocol
