"""What one request may cost the service, and the gate that enforces the body's share.

The body is read whole by `BodyLimit`, an ASGI middleware in front of the application,
before any route sees it: a declared Content-Length over the cap is refused without keeping
a byte (413), a body that grows past it while arriving is cut off (413; either way the rest
is read and dropped, within the body deadline and up to four times the cap, so that a
client writing its whole body before reading gets the 413, not a broken pipe), and a body that
has not fully arrived within `body_seconds` of the request's start is refused (408). A client
that sends headers and then dribbles its body therefore holds one connection for a bounded
time, and never a worker: extraction starts only once the body is complete.
"""

from __future__ import annotations

import asyncio
import contextlib
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
    header_seconds: float = 10.0  # for a request's headers (connections.py; a serve option)
    extract_seconds: float = 15.0  # one extraction in a worker process, then it is killed
    fetch_seconds: float = 15.0  # one URL fetch, redirects included
    queue_seconds: float = 30.0  # waiting for a free worker before answering 503
    worker_memory_mb: int = 2048  # memory one extraction may add to its worker (0: no cap)


# A refused body is read and dropped up to this many times the limit (see BodyLimit._drain).
_DRAIN_FACTOR = 4


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
                await self._drain(receive, int(declared))
                await _refuse(send, 413, self._too_large())
                return
        try:
            body = await asyncio.wait_for(self._read(receive), self.seconds)
        except _TooLarge:
            await self._drain(receive, int(declared) if declared is not None else None)
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

    async def _drain(self, receive: Receive, declared: int | None) -> None:
        """Read and drop the rest of a refused body before answering.

        A client that writes its whole body before reading the answer (urllib, most simple
        HTTP clients) gets a broken pipe instead of the 413 when the server closes on a body
        it has not read. Draining costs no memory (each chunk is dropped) and is bounded in
        time (the body deadline) and in bytes (_DRAIN_FACTOR times the limit): past either the
        connection is closed, as before.
        """
        if declared is not None and declared > _DRAIN_FACTOR * self.max_bytes:
            return
        budget = _DRAIN_FACTOR * self.max_bytes

        async def drop() -> None:
            nonlocal budget
            while budget > 0:
                message = await receive()
                if message["type"] == "http.disconnect" or not message.get("more_body", False):
                    return
                budget -= len(message.get("body", b""))

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(drop(), self.seconds)

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
