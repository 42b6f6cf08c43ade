"""What the service tests share: a real `pressclip serve` process on 127.0.0.1, a store made
from real shared pages, and the choice of those pages."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import pressclip
from bench import datasets

ROOT = Path(__file__).resolve().parents[1]
_START_SECONDS = 60.0


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


@dataclass
class Service:
    base: str
    process: subprocess.Popen
    log: Path

    def alive(self) -> bool:
        return self.process.poll() is None

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def http_json(base: str, method: str, path: str, body: Any = None, raw: bytes | None = None,
            timeout: float = 60.0) -> tuple[int, dict[str, Any]]:
    """One request; the status and the JSON answer, errors included."""
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@contextmanager
def running_service(tmp_path: Path, *args: str) -> Iterator[Service]:
    """`pressclip serve` in a child process on a free loopback port, stopped afterwards."""
    port = free_port()
    log = tmp_path / f"serve-{port}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "pressclip.cli", "serve", "--host", "127.0.0.1",
             "--port", str(port), *args], cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT,
            env=env)
    service = Service(f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + _START_SECONDS
        while True:
            if not service.alive():
                raise RuntimeError(f"pressclip serve exited: {service.log_text()}")
            try:
                if http_json(service.base, "GET", "/health", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"pressclip serve did not start: {service.log_text()}")
            time.sleep(0.2)
        yield service
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def quoted_pages(count: int) -> list[dict[str, Any]]:
    """Heldout news pages on which the library finds at least two speakers and some
    entities: what the page's quote and entity views need to show something. Skips the
    test where the shared data is absent."""
    if not datasets.available():
        pytest.skip("../shared/data is absent (a user's clone): no real pages to serve")
    found = []
    for row in datasets.rows("l3s_gn1", split="heldout"):
        article = pressclip.extract(row["html"], url=row["url"])
        speakers = {q.speaker for q in article.quotes if q.speaker}
        if len(speakers) >= 2 and article.entities and article.title:
            # "bare": the record of the HTML alone, as a request without page_url gets it
            # (a title can lose the site name that the URL gives).
            found.append({"row": row, "article": article.to_dict(),
                          "bare": pressclip.extract(row["html"]).to_dict(),
                          "speakers": sorted(speakers)})
            if len(found) == count:
                break
    return found


@contextmanager
def service_with_store(tmp: Path, pages: list[dict[str, Any]], *args: str
                       ) -> Iterator[Service]:
    """`pressclip serve --db` over a store of these pages, with more serve options."""
    with running_service(tmp, "--db", make_store(tmp / "store.db", pages), *args) as service:
        yield service


def make_store(path: Path, pages: list[dict[str, Any]]) -> str:
    from pressclip.corpus.schema import make_row
    from pressclip.corpus.store import open_store

    store = open_store(str(path))
    store.add(make_row({"id": p["row"]["id"], "url": p["row"]["url"]}, "ok", None, p["article"])
              for p in pages)
    store.close()
    return str(path)
