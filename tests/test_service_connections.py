"""`pressclip serve --max-connections N`: past N connections at once, a request gets a 503
at once instead of adding one more request body to the server's memory."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

from tests.service_support import http_json, running_service


def _hold_body(base: str) -> socket.socket:
    """A connection that sends its headers and part of its body, then waits."""
    parts = urlsplit(base)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=10)
    sock.sendall(b"POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 100000\r\n\r\n" + b'{"html": "' + b"a" * 1000)
    return sock


def _refused(sock: socket.socket) -> bool:
    """Whether the server answered this held request at once with a 503."""
    sock.settimeout(0.5)
    try:
        return sock.recv(64).startswith(b"HTTP/1.1 503")
    except TimeoutError:
        return False  # still waiting for the rest of its body: taken


def test_connections_past_the_limit_get_a_503(tmp_path: Path) -> None:
    with running_service(tmp_path, "--workers", "1", "--max-connections", "6") as service:
        time.sleep(1.0)  # the start-up probes' connections are gone
        held = []
        try:
            for _ in range(12):
                # One at a time: uvicorn counts a connection when it is accepted and checks
                # the limit when its headers are read, so a burst would be refused whole.
                held.append(_hold_body(service.base))
                time.sleep(0.2)
            refused = [_refused(sock) for sock in held]
            # uvicorn counts the asking connection among the limit's 6: at most 5 are taken.
            assert 1 <= refused.count(False) <= 5 and refused.count(True) >= 7
        finally:
            for sock in held:
                sock.close()
        time.sleep(0.5)
        assert http_json(service.base, "GET", "/health", timeout=10)[0] == 200
