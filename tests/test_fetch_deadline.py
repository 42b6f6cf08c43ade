"""The fetch timeout is a deadline for the whole fetch, whatever pace the server keeps.

A real server on 127.0.0.1 drips its answer a few bytes at a time: the status line, the
headers, the chunk sizes of a chunked body, or the body. Each drip would complete in about
two seconds, well past the half-second deadline given, and each ends with a whole, valid
answer: a fetch that waited for it would succeed, so only a deadline makes these fail.
"""

from __future__ import annotations

import socketserver
import threading
import time
from collections.abc import Iterator

import pytest
from loopback import TcpServer

from pressclip.corpus.fetching import PoliteFetcher
from pressclip.corpus.sources import URL, Task
from pressclip.fetch import TIMEOUT, FetchError, fetch

PAGE = b"<html><body><p>dripped</p></body></html>"
PAD = b"a" * 40  # bytes dripped one at a time, 20 a second: 2 s for 40
DRIP_SECONDS = 0.05


def _answer(path: str) -> tuple[bytes, bytes, bytes]:
    """(sent at once, dripped, sent at once) for a path."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
    rest = f"Content-Length: {len(PAGE)}\r\n\r\n".encode() + PAGE
    if path.startswith("/status"):
        return b"HTTP/1.1 200 ", PAD + b"\r\n", head[len(b"HTTP/1.1 200 OK\r\n"):] + rest
    if path.startswith("/headers"):
        return head + b"X-Pad: ", PAD, b"\r\n" + rest
    if path.startswith("/chunks"):
        # One chunk size line with a long extension, dripped; then the chunk and the end.
        return (head + b"Transfer-Encoding: chunked\r\n\r\n" + f"{len(PAGE):x};x=".encode(),
                PAD, b"\r\n" + PAGE + b"\r\n0\r\n\r\n")
    if path.startswith("/body"):
        return head + f"Content-Length: {len(PAGE)}\r\n\r\n".encode(), PAGE, b""
    return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", \
        b"", b""


class _Dripper(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            data = self.request.recv(4096)
            if not data:
                return
            request += data
        self.server.paths.append(request.split()[1].decode())  # type: ignore[attr-defined]
        before, dripped, after = _answer(request.split()[1].decode())
        try:
            self.request.sendall(before)
            for i in range(len(dripped)):
                self.request.sendall(dripped[i:i + 1])
                time.sleep(DRIP_SECONDS)
            self.request.sendall(after)
            self.server.whole.append(request.split()[1].decode())  # type: ignore[attr-defined]
        except OSError:
            return  # the client gave up: that is the point


@pytest.fixture(scope="module")
def dripping() -> Iterator[tuple[str, list[str]]]:
    server = TcpServer(("127.0.0.1", 0), _Dripper)
    server.paths = []  # type: ignore[attr-defined]
    server.whole = []  # type: ignore[attr-defined]  # paths whose drip was sent to the end
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server  # type: ignore
    finally:
        server.shutdown()
        server.server_close()


def test_the_dripping_server_answers_whole_pages_to_a_patient_client(dripping) -> None:
    base, _ = dripping
    assert fetch(base + "/chunks", timeout=30).body == PAGE


@pytest.mark.parametrize("path", ["/status", "/headers", "/chunks", "/body"])
def test_a_dripped_answer_ends_at_the_deadline(dripping, path: str) -> None:
    """The fetch gives up while the drip goes on, not once the dripped part has come."""
    base, server = dripping
    with pytest.raises(FetchError) as info:
        fetch(base + path + "/cut", timeout=0.5)
    assert info.value.reason == TIMEOUT
    time.sleep(2.5)  # the drip's own length: the server has met the closed connection
    assert path + "/cut" in server.paths and path + "/cut" not in server.whole


def test_a_batch_gives_a_dripping_url_one_deadline_not_one_per_try(dripping) -> None:
    """robots.txt, the page and any retry share the URL's deadline: a timeout is not
    retried, so a dripping site costs the batch one fetch timeout, not several."""
    base, server = dripping
    paths = server.paths
    fetcher = PoliteFetcher(timeout=0.5, delay=0.0, retries=2)
    task = Task({"id": "1", "url": base + "/headers/page"}, URL)
    [done] = list(fetcher.fetch_tasks([task]))
    assert done.failure is not None and "within" in done.failure[1]
    assert paths.count("/headers/page") == 1
