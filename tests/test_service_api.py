"""The HTTP API against a real `pressclip serve` process on 127.0.0.1, with real shared pages,
and hostile clients: oversized and malformed bodies, slow clients, URLs and redirects to
private addresses. After every test the server must still be up and answering."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import yaml
from service_support import (
    Service,
    http_json,
    quoted_pages,
    running_service,
    service_with_store,
)

pytest.importorskip("fastapi", reason="the serve extra is not installed")
pytest.importorskip("uvicorn", reason="the serve extra is not installed")

from bench import datasets  # noqa: E402
from pressclip.record import RECORD_KEYS  # noqa: E402

MAX_BODY = 1_000_000
BODY_SECONDS = 2.0
# A second loopback address plays the public web site: the service is started with
# --allow-network 127.0.0.2/32, the operator's allow-list, so the first hop to it is
# allowed by the real guard, while 127.0.0.1 (the service itself), 10.x and 169.254.x stay
# refused. Nothing is patched: redirects from this site to those addresses meet the same
# per-hop check that a public site's redirects would.
SITE_HOST = "127.0.0.2"


class _Site(ThreadingHTTPServer):
    daemon_threads = True
    page = b""
    service_base = ""
    hits: list[str]

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class _SiteHandler(BaseHTTPRequestHandler):
    server: _Site

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.hits.append(self.path)
        redirects = {
            "/to-service": self.server.service_base + "/health",
            "/to-link-local": "http://169.254.169.254/latest/meta-data/",
            "/to-private": "http://10.0.0.1/admin",
            "/to-localhost": "http://localhost/",
        }
        if self.path == "/page":
            self._send(200, self.server.page, "text/html; charset=utf-8")
        elif self.path in redirects:
            self.send_response(302)
            self.send_header("Location", redirects[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def pages() -> list[dict[str, Any]]:
    return quoted_pages(3)


@pytest.fixture(scope="module")
def service(pages: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Service]:
    with service_with_store(tmp_path_factory.mktemp("service"), pages,
                            "--allow-network", f"{SITE_HOST}/32", "--workers", "2",
                            "--max-body-mb", str(MAX_BODY / 1e6),
                            "--body-timeout", str(BODY_SECONDS)) as running:
        yield running


@pytest.fixture(scope="module")
def site(pages: list[dict[str, Any]], service: Service) -> Iterator[str]:
    httpd = _Site((SITE_HOST, 0), _SiteHandler)
    httpd.page = pages[0]["row"]["html"].encode("utf-8")
    httpd.service_base = service.base
    httpd.hits = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://{SITE_HOST}:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def stays_up(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "service" in request.fixturenames:
        service = request.getfixturevalue("service")
        assert service.alive(), service.log_text()
        assert http_json(service.base, "GET", "/health", timeout=10)[0] == 200


def post(service: Service, body: Any = None, raw: bytes | None = None) -> tuple[int, dict]:
    return http_json(service.base, "POST", "/extract", body, raw)


# ------------------------------------------------------------------ extraction


def test_html_page_gives_the_record_with_explain_and_markdown(service: Service,
                                                              pages: list[dict]) -> None:
    page = pages[0]
    status, answer = post(service, {"html": page["row"]["html"], "page_url": page["row"]["url"],
                                    "explain": True, "markdown": True})
    assert status == 200
    assert list(answer) == [*RECORD_KEYS, "explain", "markdown"]
    for key in ("title", "text", "quotes", "entities", "url"):
        assert answer[key] == page["article"][key], key
    # Figures are kept blocks without text (their captions are in `images`).
    kept = [d["text"] for d in answer["explain"] if d["kept"] and d["text"]]
    assert "\n\n".join(kept) == answer["text"]
    assert {d["reason"] for d in answer["explain"] if not d["kept"]}
    front, body = answer["markdown"][4:].split("\n---\n", 1)
    assert answer["markdown"].startswith("---\n")
    assert yaml.safe_load(front)["title"] == answer["title"]
    assert body.startswith("\n# ")


def test_plain_request_gives_exactly_the_record(service: Service, pages: list[dict]) -> None:
    status, answer = post(service, {"html": pages[1]["row"]["html"]})
    assert status == 200 and list(answer) == list(RECORD_KEYS)
    assert answer["text"] == pages[1]["bare"]["text"]


def test_flattened_text(service: Service) -> None:
    row = next(datasets.rows("textmode", split="heldout", limit=1))
    status, answer = post(service, {"text": row["text"], "reference_time": "2025-07-10",
                                    "explain": True})
    assert status == 200, answer
    assert answer["text"]
    assert {d["tag"] for d in answer["explain"]} == {"line"}


def test_url_on_an_allowed_site(service: Service, site: str, pages: list[dict]) -> None:
    status, answer = post(service, {"url": site + "/page"})
    assert status == 200, answer
    assert answer["title"] == pages[0]["bare"]["title"]
    assert answer["text"] == pages[0]["bare"]["text"]


def test_concurrent_requests_are_all_served(service: Service, pages: list[dict]) -> None:
    bodies = [{"html": p["row"]["html"]} for p in pages] * 3
    with ThreadPoolExecutor(len(bodies)) as pool:
        answers = list(pool.map(lambda body: post(service, body), bodies))
    assert [status for status, _ in answers] == [200] * len(bodies)
    assert [a["title"] for _, a in answers] == [p["bare"]["title"] for p in pages] * 3


# ------------------------------------------------------------------ URLs refused


@pytest.mark.parametrize(("url", "kind"), [
    ("http://127.0.0.1:9/", "loopback"),
    ("http://localhost/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://10.0.0.1/admin", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://0.0.0.0/", "unspecified"),
])
def test_private_addresses_are_refused(service: Service, url: str, kind: str) -> None:
    status, answer = post(service, {"url": url})
    assert status == 400
    assert f"{kind} address" in answer["error"] and "refusing to fetch" in answer["error"]


def test_the_service_itself_is_refused(service: Service) -> None:
    status, answer = post(service, {"url": service.base + "/health"})
    assert status == 400 and "127.0.0.1 is a loopback address" in answer["error"]


@pytest.mark.parametrize(("path", "refused"), [
    ("/to-service", "127.0.0.1 is a loopback address"),
    ("/to-localhost", "a loopback address"),
    ("/to-link-local", "169.254.169.254 is a link-local address"),
    ("/to-private", "10.0.0.1 is a private address"),
])
def test_redirects_to_private_addresses_are_refused(service: Service, site: str, path: str,
                                                    refused: str) -> None:
    status, answer = post(service, {"url": site + path})
    assert status == 400, answer
    assert refused in answer["error"]


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "http:///x",
                                 "not a url"])
def test_non_web_urls_are_refused(service: Service, url: str) -> None:
    status, answer = post(service, {"url": url})
    assert status == 400 and answer["error"]


def test_what_is_no_page_is_refused(service: Service, site: str) -> None:
    status, answer = post(service, {"url": site + "/image"})
    assert status == 422 and "image/png, not a web page" in answer["error"]
    status, answer = post(service, {"url": site + "/gone"})
    assert status == 502 and "HTTP 404" in answer["error"]


# ------------------------------------------------------------------ bodies


def test_malformed_json(service: Service) -> None:
    status, answer = post(service, raw=b'{"html": "<p>unfinished')
    assert status == 400 and answer["error"].startswith("the body is not valid JSON")


@pytest.mark.parametrize(("body", "message"), [
    ({}, "give exactly one of html, text or url"),
    ({"html": "<p>a</p>", "url": "https://example.org/"}, "got html, url"),
    ([1, 2], "the body must be a JSON object"),
    ("just a string", "the body must be a JSON object"),
    ({"html": 42}, "html: Input should be a valid string"),
    ({"text": "a", "reference_time": "yesterday"}, "reference_time: not an ISO 8601"),
    ({"html": "<p>a</p>", "format": "pdf"}, "format: Extra inputs are not permitted"),
])
def test_wrong_shapes_are_422_with_a_message(service: Service, body: Any, message: str) -> None:
    status, answer = post(service, body)
    assert status == 422 and message in answer["error"]


def _post_typed(service: Service, body: bytes, content_type: str | None
                ) -> tuple[int, dict]:
    req = urllib.request.Request(service.base + "/extract", data=body, method="POST")
    # urllib adds a form type to every POST with data unless it is told one; "" is told.
    req.add_header("Content-Type", content_type or "")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          None])
def test_json_without_a_json_content_type_is_told_so(service: Service,
                                                     content_type: str | None) -> None:
    body = json.dumps({"html": "<p>" + "Short page text here. " * 20 + "</p>"}).encode()
    status, answer = _post_typed(service, body, content_type)
    assert status == 422
    assert "Content-Type: application/json" in answer["error"]
    assert (content_type or "no Content-Type") in answer["error"]
    status, _ = _post_typed(service, body, "application/json; charset=utf-8")
    assert status == 200


@pytest.mark.parametrize(("raw", "status", "echoed"), [
    # A lone surrogate, escaped as JSON allows, in fields that are written back (as U+FFFD)
    # into the record or the message, and in fields that are only refused.
    (b'{"html": "<p>a</p>", "page_url": "http://example.org/\\ud800"}', 200, True),
    (b'{"url": "http://127.0.0.1/\\ud800"}', 400, True),
    (b'{"url": "http://\\udfff.example/"}', 502, True),
    (b'{"html": "<p>a</p>", "reference_time": "\\ud800"}', 422, False),
    (b'{"\\ud800": 1, "html": "<p>a</p>"}', 422, False),
])
def test_lone_surrogates_get_json_answers(service: Service, raw: bytes, status: int,
                                          echoed: bool) -> None:
    got, answer = post(service, raw=raw)  # http_json fails unless the answer is JSON
    assert got == status, answer
    assert ("\ufffd" in json.dumps(answer, ensure_ascii=False)) == echoed, answer


def test_binary_and_empty_pages(service: Service) -> None:
    status, answer = post(service, {"html": "   "})
    assert status == 422 and "cannot read the html field: the input is empty" in answer["error"]
    status, answer = post(service, {"html": "\x00\x01\x02\x03" * 100})
    assert status == 422 and "binary" in answer["error"]
    # A UTF-16 byte-order mark and its repeats, as a JSON string: the intake's one check.
    status, answer = post(service, {"html": "\xff\xfe" * 3000})
    assert status == 422 and "binary" in answer["error"]


def test_crafted_pages_are_answered_not_failed(service: Service) -> None:
    """Issue 17's crafted input: the record (200), never a server error."""
    body = "<p>" + "The council approved the budget on Tuesday, the mayor said. " * 10 + "</p>"
    for head in ('<meta charset="punycode">', '<meta charset="utf-16">',
                 '<script type="application/ld+json">' + "[" * 10_000 + "]" * 10_000
                 + "</script>"):
        status, answer = post(service, {"html": f"<html><head>{head}</head><body>{body}"
                                                "</body></html>"})
        assert status == 200 and "approved the budget" in answer["text"], head
    raw = json.dumps({"text": "Budget\n" + "Un paragraphe \ud800 coupé. " * 40}).encode()
    status, answer = post(service, raw=raw)
    assert status == 200 and "\ud800" not in answer["text"]


def _raw(service: Service, payload: bytes, read_seconds: float = 10.0) -> bytes:
    host, port = service.base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=read_seconds) as sock:
        # The server may answer and close before it has read everything.
        with contextlib.suppress(OSError):
            sock.sendall(payload)
        return _read_all(sock)


def _read_all(sock: socket.socket) -> bytes:
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return data


def _headers(length: int | None = None, chunked: bool = False) -> bytes:
    lines = ["POST /extract HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_declared_oversized_body_is_refused_unread(service: Service) -> None:
    started = time.monotonic()
    answer = _raw(service, _headers(length=MAX_BODY * 50))
    assert answer.startswith(b"HTTP/1.1 413")
    assert b"1,000,000-byte limit" in answer
    assert time.monotonic() - started < 5


def test_oversized_body_without_length_is_cut_off(service: Service) -> None:
    chunk = b"a" * 65536
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(20)) + b"0\r\n\r\n"
    answer = _raw(service, _headers(chunked=True) + body)
    assert answer.startswith(b"HTTP/1.1 413")


def test_body_over_the_limit_through_a_normal_client(service: Service) -> None:
    big = {"html": "<p>" + "x" * MAX_BODY + "</p>"}
    status, answer = post(service, big)
    assert status == 413 and "limit" in answer["error"]


def test_slow_body_is_cut_off_while_others_are_served(service: Service,
                                                     pages: list[dict]) -> None:
    host, port = service.base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=BODY_SECONDS + 10) as slow:
        slow.sendall(_headers(length=10_000))
        stop = threading.Event()

        def dribble() -> None:
            while not stop.is_set():
                try:
                    slow.send(b" ")
                except OSError:
                    return
                stop.wait(0.2)

        dribbler = threading.Thread(target=dribble, daemon=True)
        dribbler.start()
        try:
            started = time.monotonic()
            status, answer = post(service, {"html": pages[2]["row"]["html"]})
            assert status == 200 and answer["title"] == pages[2]["bare"]["title"]
            reply = _read_all(slow)
            waited = time.monotonic() - started
        finally:
            stop.set()
            dribbler.join()
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert b"did not arrive within" in reply
    assert waited < BODY_SECONDS + 5


def test_idle_half_open_requests_do_not_block_others(service: Service) -> None:
    host, port = service.base.removeprefix("http://").split(":")
    stalled = []
    try:
        for _ in range(40):
            sock = socket.create_connection((host, int(port)), timeout=5)
            sock.sendall(b"POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no end of headers
            stalled.append(sock)
        started = time.monotonic()
        assert http_json(service.base, "GET", "/health", timeout=5)[0] == 200
        status, _ = post(service, {"html": "<p>" + "Short page text here. " * 20 + "</p>"})
        assert status == 200
        assert time.monotonic() - started < 10
    finally:
        for sock in stalled:
            sock.close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def test_workers_killed_while_idle_do_not_fail_the_next_requests(service: Service) -> None:
    # The workers are started by multiprocessing's fork server, a child of the service:
    # they are the service's grandchildren, and nothing else is.
    workers = [w for child in _children(service.process.pid) for w in _children(child)]
    assert len(workers) == 2, workers
    for worker in workers:
        os.kill(worker, signal.SIGKILL)
    time.sleep(0.5)  # let them die, so that both are found dead, not killed mid-job
    for _ in range(3):
        status, answer = post(service, {"html": "<p>" + "Short page text here. " * 20
                                                + "</p>"})
        assert status == 200, answer


# ------------------------------------------------------------------ the store


def test_search_and_get(service: Service, pages: list[dict]) -> None:
    wanted = pages[0]
    word = max(wanted["article"]["title"].split(), key=len)

    def hits(**query: str) -> list[str]:
        status, answer = http_json(service.base, "GET", "/articles?" + urlencode(query))
        assert status == 200, answer
        return [h["id"] for h in answer["hits"]]

    assert wanted["row"]["id"] in hits(q=word)
    assert wanted["row"]["id"] in hits(speaker=wanted["speakers"][0].split()[-1])
    assert hits(q=word, **{"from": "2100-01-01"}) == []
    status, row = http_json(service.base, "GET", "/articles/" + quote(wanted["row"]["id"]))
    assert status == 200 and row["title"] == wanted["article"]["title"]
    assert row["quotes"] == json.loads(json.dumps(wanted["article"]["quotes"]))


@pytest.mark.parametrize(("query", "status", "message"), [
    ("/articles?from=yesterday", 422, "from: Input should be a valid date"),
    ("/articles?limit=0", 422, "limit"),
    ("/articles/no-such-id", 404, "no article with id 'no-such-id'"),
    ("/nowhere", 404, "Not Found"),
])
def test_store_errors(service: Service, query: str, status: int, message: str) -> None:
    got, answer = http_json(service.base, "GET", query)
    assert got == status and message in answer["error"]


def test_openapi_documents_the_endpoints(service: Service) -> None:
    status, spec = http_json(service.base, "GET", "/openapi.json")
    assert status == 200
    assert {"/extract", "/articles", "/articles/{article_id}"} <= set(spec["paths"])


class _References(HTMLParser):
    """Every address a page makes the browser load: src and href attributes, and the spec
    URL that Swagger UI (its `url:`) and ReDoc (`spec-url`) fetch."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [v for k, v in attrs if k in ("src", "href", "spec-url") and v]

    def handle_data(self, data: str) -> None:
        self.found += re.findall(r"\burl:\s*'([^']*)'", data)


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_load_nothing_from_elsewhere(service: Service, path: str) -> None:
    with urllib.request.urlopen(service.base + path, timeout=30) as response:
        html = response.read().decode("utf-8")
    references = _References()
    references.feed(html)
    assert any(r.endswith(".js") for r in references.found), references.found
    for reference in references.found:
        # A path on this service: no scheme, no host (not even "//host/...").
        assert reference.startswith("/") and not reference.startswith("//"), reference
        with urllib.request.urlopen(service.base + reference, timeout=30) as response:
            assert response.status == 200 and response.read(), reference


def test_no_traceback_reached_the_log(service: Service) -> None:
    # Runs last in this module: every hostile request above was answered, none crashed.
    assert "Traceback" not in service.log_text()


def test_a_missing_store_is_refused_at_start(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no store at"), \
            running_service(tmp_path, "--db", str(tmp_path / "none.db")):
        pass
