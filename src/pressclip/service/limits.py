"""What one request may cost the service, and the gate that enforces the body's share.

The body is read whole by `BodyLimit`, an ASGI middleware in front of the application,
before any route sees it: a declared Content-Length over the cap is refused without reading
a byte (413), a body that grows past it while arriving is cut off (413), and a body that
has not fully arrived within `body_seconds` of the request's start is refused (408). A client
that sends headers and then dribbles its body therefore holds one connection for a bounded
time, and never a worker: extraction starts only once the body is complete.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MB = 1_000_000


@dataclass(frozen=True, slots=True)
class Limits:
    max_body_bytes: int = 5 * MB  # a request body, JSON included; also a fetched page's cap
    body_seconds: float = 20.0  # for the whole body to arrive
    extract_seconds: float = 15.0  # one extraction in a worker process, then it is killed
    fetch_seconds: float = 15.0  # one URL fetch, redirects included
    queue_seconds: float = 30.0  # waiting for a free worker before answering 503
    worker_memory_mb: int = 2048  # memory one extraction may add to its worker (0: no cap)


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class BodyLimit:
    """Reads the request body under a size cap and a deadline, then replays it to `app`."""

    def __init__(self, app: ASGIApp, max_bytes: int, seconds: float):
        self.app = app
        self.max_bytes = max_bytes
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _refuse(send, 400, "the Content-Length header is not a number")
                return
            if int(declared) > self.max_bytes:
                await _refuse(send, 413, self._too_large())
                return
        try:
            body = await asyncio.wait_for(self._read(receive), self.seconds)
        except _TooLarge:
            await _refuse(send, 413, self._too_large())
            return
        except TimeoutError:
            await _refuse(send, 408, f"the request body did not arrive within "
                                     f"{self.seconds:g} s")
            return
        except _Disconnected:
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: only the disconnect is left to hear

        await self.app(scope, replay, send)

    async def _read(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self) -> str:
        return f"the request body is larger than the {self.max_bytes:,}-byte limit"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return None


async def _refuse(send: Send, status: int, message: str) -> None:
    """An error answer that also closes the connection: the rest of the body is unread."""
    body = json.dumps({"error": message}).encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]})
    await send({"type": "http.response.body", "body": body})
