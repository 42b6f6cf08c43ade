"""`pressclip serve --header-timeout S`: a connection that sends its request headers slowly,
on a new connection or after an answer on a kept-alive one, gets a 408 in the service's
JSON shape and is closed; one that sends them in time, and then its body, is served."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.service_support import http_json, running_service

pytest.importorskip("fastapi", reason="the serve extra is not installed")

HEADER_SECONDS = 1.0
# A safety net for a server that never closes (the old behaviour): the test fails, not hangs.
_GIVE_UP = 30.0


def _connect(base: str) -> socket.socket:
    parts = urlsplit(base)
    return socket.create_connection((parts.hostname, parts.port), timeout=_GIVE_UP)


def _until_closed(sock: socket.socket) -> bytes:
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except TimeoutError:
        pytest.fail(f"the connection was still open after {_GIVE_UP:g} s: {data[:200]!r}")
    return data


def _one_answer(sock: socket.socket) -> bytes:
    """One whole answer, headers and Content-Length body: a recv may return the headers
    alone, and the rest would then be read as the start of the next answer."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        body += sock.recv(4096)
    return head + b"\r\n\r\n" + body


def _is_408(reply: bytes) -> bool:
    head, _, body = reply.partition(b"\r\n\r\n")
    return head.startswith(b"HTTP/1.1 408") and "headers did not arrive" in \
        json.loads(body)["error"]


def test_slow_headers_are_cut_off(tmp_path: Path) -> None:
    with running_service(tmp_path, "--workers", "1",
                         "--header-timeout", str(HEADER_SECONDS)) as service:
        # A new connection that never finishes its headers, dripping a byte at a time.
        slow = _connect(service.base)
        for byte in b"GET /health HTTP/1.1\r\nHost: x\r\nX-Drip: ":
            slow.sendall(bytes([byte]))
        # One kept alive: an answer, then the next request's headers never end.
        kept = _connect(service.base)
        kept.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _one_answer(kept).startswith(b"HTTP/1.1 200")
        kept.sendall(b"GET /health HTTP/1.1\r\nHo")
        for sock in (slow, kept):
            with sock:
                assert _is_408(_until_closed(sock))
        # Requests with their headers in time are served, the slow-bodied one too: its
        # body takes longer than the header deadline, under the body deadline.
        timely = _connect(service.base)
        with timely:
            body = json.dumps({"html": "<p>" + "Short page text here. " * 20 + "</p>"}).encode()
            timely.sendall(b"POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: "
                           b"application/json\r\nConnection: close\r\nContent-Length: "
                           + str(len(body)).encode() + b"\r\n\r\n" + body[:10])
            time.sleep(2 * HEADER_SECONDS)
            timely.sendall(body[10:])
            assert _until_closed(timely).startswith(b"HTTP/1.1 200")
        assert http_json(service.base, "GET", "/health")[0] == 200
        assert "Traceback" not in service.log_text()
