"""URL fetches do not starve the rest of the service: with more dripping fetches pending
than the thread pool of the plain routes holds (40), /health still answers, and answers
before any of those fetches has ended."""

from __future__ import annotations

import socketserver
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.service_support import http_json, running_service

PENDING = 44  # more than the 40 threads Starlette runs `def` routes on


class _EndlessHeaders(socketserver.BaseRequestHandler):
    """Answers a status line, then one header a byte every 0.1 s until the client goes."""

    def handle(self) -> None:
        try:
            self.request.recv(4096)
            self.request.sendall(b"HTTP/1.1 200 OK\r\nX-Pad: ")
            while True:
                self.request.sendall(b"a")
                time.sleep(0.1)
        except OSError:
            return


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


@pytest.fixture
def dripping() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _EndlessHeaders)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/page"
    finally:
        server.shutdown()
        server.server_close()


def test_health_answers_while_dripping_fetches_are_pending(tmp_path: Path, dripping: str
                                                           ) -> None:
    with running_service(tmp_path, "--workers", "1", "--allow-private",
                         "--fetch-timeout", "6") as service:
        ended: list[float] = []

        def extract() -> int:
            status, _ = http_json(service.base, "POST", "/extract", {"url": dripping})
            ended.append(time.monotonic())
            return status

        with ThreadPoolExecutor(PENDING) as clients:
            answers = [clients.submit(extract) for _ in range(PENDING)]
            time.sleep(1.5)  # every fetch under way
            status, body = http_json(service.base, "GET", "/health", timeout=30)
            health_at = time.monotonic()
            statuses = [a.result() for a in answers]
        assert status == 200 and body
        assert not ended or health_at < min(ended), "/health waited for the fetches"
        assert set(statuses) == {502}  # each fetch ended at its deadline
