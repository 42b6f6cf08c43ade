"""URL fetches do not starve the rest of the service: with more dripping fetches pending
than the thread pool of the plain routes holds (40), /health still answers, and answers
before any of those fetches has ended."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from loopback import dripping_headers

from tests.service_support import http_json, running_service

PENDING = 44  # more than the 40 threads Starlette runs `def` routes on


@pytest.fixture
def dripping() -> Iterator[str]:
    with dripping_headers() as url:
        yield url


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
