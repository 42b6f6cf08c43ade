"""What one request may cost the service, and the gate that enforces the body's share.

The body is read whole by `BodyLimit`, an ASGI middleware in front of the application,
before any route sees it: a declared Content-Length over the cap is refused without keeping
a byte (413), a body that grows past it while arriving is cut off (413; either way the rest
is read and dropped, within the body deadline and up to four times the cap, so that a
client writing its whole body before reading gets the 413, not a broken pipe), and a body that
has not fully arrived within `body_seconds` of the request's start is refused (408). A client
that sends headers and then dribbles its body therefore holds one connection for a bounded
time, and never a worker: extraction starts only once the body is complete.

The same gate caps what all requests hold together: past `max_requests` requests in
progress, or past `body_memory_bytes` of bodies held at once (a declared Content-Length is
reserved before a byte is read; a chunked body counts as it arrives), a request is answered
503 with Retry-After at once (after a short drain, so that the client reads it). 32 clients
posting 4.7 MB bodies took the process to 721 MB before (issue 18 item 9).
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
    max_requests: int = 100  # requests in progress at once, then 503 (serve --max-connections)
    body_memory_bytes: int = 50 * MB  # request bodies held at once, then 503


# A refused body is read and dropped up to this many times the limit (see BodyLimit._drain).
_DRAIN_FACTOR = 4
# How long a request turned away with 503 may keep sending its body before the answer: a
# client on any working network sends the largest allowed body in that time, and one that
# drips holds no slot meanwhile.
_BUSY_DRAIN_SECONDS = 1.0
RETRY_AFTER_SECONDS = 2


class _NoMemory(Exception):
    pass


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class BodyLimit:
    """Reads the request body under a size cap and a deadline, then replays it to `app`."""

    def __init__(self, app: ASGIApp, max_bytes: int, seconds: float,
                 max_requests: int = Limits.max_requests,
                 body_memory_bytes: int = Limits.body_memory_bytes):
        self.app = app
        self.max_bytes = max_bytes
        self.seconds = seconds
        self.max_requests = max_requests
        self.body_memory_bytes = body_memory_bytes
        # Shared by every request: the event loop runs one at a time, so no lock.
        self.in_progress = 0
        self.body_bytes_held = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and not declared.isdigit():
            await _refuse(send, 400, "the Content-Length header is not a number")
            return
        size = int(declared) if declared is not None else None
        if self.in_progress >= self.max_requests:
            await self._turn_away(receive, size, f"the service is serving {self.max_requests} "
                                                 "requests at once; try again", send)
            return
        self.in_progress += 1
        held = _Held(self)
        try:
            await self._serve(scope, receive, send, size, held)
        finally:
            self.in_progress -= 1
            held.release()

    async def _serve(self, scope: Scope, receive: Receive, send: Send, declared: int | None,
                     held: _Held) -> None:
        if declared is not None and declared > self.max_bytes:
            await self._drain(receive, declared)
            await _refuse(send, 413, self._too_large())
            return
        if declared is not None and not held.take(declared):
            await self._turn_away(receive, declared, self._no_memory(), send)
            return
        try:
            body = await asyncio.wait_for(self._read(receive, held), self.seconds)
        except _TooLarge:
            await self._drain(receive, declared)
            await _refuse(send, 413, self._too_large())
            return
        except _NoMemory:
            await self._turn_away(receive, declared, self._no_memory(), send)
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

    async def _read(self, receive: Receive, held: _Held) -> bytes:
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
            if size > held.bytes and not held.take(size - held.bytes):
                raise _NoMemory
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _turn_away(self, receive: Receive, declared: int | None, message: str,
                         send: Send) -> None:
        await self._drain(receive, declared, _BUSY_DRAIN_SECONDS)
        await _refuse(send, 503, message, [(b"retry-after", str(RETRY_AFTER_SECONDS).encode())])

    def _no_memory(self) -> str:
        return (f"the request bodies in progress hold {self.body_memory_bytes:,} bytes, the "
                "service's limit; try again")

    async def _drain(self, receive: Receive, declared: int | None,
                     seconds: float | None = None) -> None:
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
            await asyncio.wait_for(drop(), self.seconds if seconds is None else seconds)

    def _too_large(self) -> str:
        return f"the request body is larger than the {self.max_bytes:,}-byte limit"


class _Held:
    """The body bytes one request holds of the shared budget, given back when it ends."""

    def __init__(self, gate: BodyLimit):
        self.gate = gate
        self.bytes = 0

    def take(self, count: int) -> bool:
        if self.gate.body_bytes_held + count > self.gate.body_memory_bytes:
            return False
        self.gate.body_bytes_held += count
        self.bytes += count
        return True

    def release(self) -> None:
        self.gate.body_bytes_held -= self.bytes
        self.bytes = 0


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return None


async def _refuse(send: Send, status: int, message: str,
                  extra_headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """An error answer that also closes the connection: the rest of the body is unread."""
    body = json.dumps({"error": message}).encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *(extra_headers or []),
    ]})
    await send({"type": "http.response.body", "body": body})
