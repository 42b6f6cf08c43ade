"""`pressclip serve --max-connections N --body-memory-mb M`: past N requests in progress,
or past M MB of request bodies held at once, a request gets a JSON 503 with Retry-After at
once instead of adding one more body to the server's memory (issue 18 item 9)."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

from tests.service_support import http_json, running_service


def _hold_body(base: str, declared: int = 100_000) -> socket.socket:
    """A connection that sends its headers and part of its body, then waits."""
    parts = urlsplit(base)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=10)
    sock.sendall(b"POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: %d\r\n\r\n" % declared + b'{"html": "' + b"a" * 1000)
    return sock


def _answer(sock: socket.socket) -> bytes:
    """What the server answered this held request within 3 s (b"" if it is still waiting
    for the rest of the body: taken)."""
    sock.settimeout(3.0)
    chunks = []
    try:
        while chunk := sock.recv(4096):
            chunks.append(chunk)
    except (TimeoutError, ConnectionResetError):
        pass
    return b"".join(chunks)


def _is_json_503(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    return (head.startswith(b"HTTP/1.1 503") and b"retry-after: 2" in head.lower()
            and "error" in json.loads(body))


def test_requests_past_the_limit_get_a_json_503_with_retry_after(tmp_path: Path) -> None:
    with running_service(tmp_path, "--workers", "1", "--max-connections", "6") as service:
        time.sleep(1.0)  # the start-up probes' requests are over
        held = []
        try:
            for _ in range(10):
                held.append(_hold_body(service.base))
                time.sleep(0.2)
            answers = [_answer(sock) for sock in held]
            assert [a == b"" for a in answers] == [True] * 6 + [False] * 4
            assert all(_is_json_503(a) for a in answers[6:])
        finally:
            for sock in held:
                sock.close()
        time.sleep(0.5)
        assert http_json(service.base, "GET", "/health", timeout=10)[0] == 200


def test_bodies_past_the_memory_limit_get_a_json_503(tmp_path: Path) -> None:
    """Three bodies of 300 KB declared fit in 1 MB; the fourth does not, and is turned
    away before a byte of it is kept. Once they end, their share is free again."""
    with running_service(tmp_path, "--workers", "1", "--body-memory-mb", "1") as service:
        time.sleep(1.0)
        held = []
        try:
            for _ in range(4):
                held.append(_hold_body(service.base, declared=300_000))
                time.sleep(0.2)
            answers = [_answer(sock) for sock in held]
            assert [a == b"" for a in answers] == [True, True, True, False]
            assert _is_json_503(answers[3])
        finally:
            for sock in held:
                sock.close()
        time.sleep(0.5)
        status, answer = http_json(service.base, "POST", "/extract",
                                   {"html": "<p>" + "word " * 100_000 + "</p>"}, timeout=60)
        assert status == 200, answer
