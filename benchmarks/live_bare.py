"""The baseline of benchmarks/live.py: a bare Starlette Server-Sent Events broadcast on the
same server (uvicorn). POST /change sends its body to every stream of GET /events as the next
event; nothing is stored, checked or read back."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, StreamingResponse
from starlette.routing import Route

listeners: set[asyncio.Queue[bytes]] = set()
sequence = 0


async def events(request: Request) -> StreamingResponse:
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    listeners.add(queue)

    async def stream() -> AsyncIterator[bytes]:
        try:
            yield f"event: snapshot\r\nid: {sequence}\r\ndata: {{}}\r\n\r\n".encode()
            while True:
                yield await queue.get()
        finally:
            listeners.discard(queue)

    return StreamingResponse(stream(), media_type="text/event-stream")


async def change(request: Request) -> PlainTextResponse:
    global sequence
    sequence += 1
    event = f"event: lists\r\nid: {sequence}\r\ndata: ".encode() + await request.body() + \
        b"\r\n\r\n"
    for queue in listeners:
        queue.put_nowait(event)
    return PlainTextResponse(str(sequence))


async def ready(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


app = Starlette(routes=[Route("/events", events), Route("/change", change, methods=["POST"]),
                        Route("/ready", ready)])
