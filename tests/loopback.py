"""A request handler served on a free loopback port, for tests that need a real HTTP server,
`route_table`, the handler most of them need: fixed or computed answers by path, and
`dripping_headers`, a site that never finishes its headers."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import BaseRequestHandler, TCPServer, ThreadingTCPServer


class TcpServer(ThreadingTCPServer):
    """A raw TCP server, for handlers that write their answers byte by byte; a deep
    backlog, so that many clients held at once are all accepted."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


@contextmanager
def serving(handler: Callable[..., BaseRequestHandler],
            server_class: type[TCPServer] = ThreadingHTTPServer) -> Iterator[str]:
    """Serve `handler` on 127.0.0.1 in a thread; yields the base URL, and afterwards shuts
    the server down and closes its socket."""
    server = server_class(("127.0.0.1", 0), handler)
    server.daemon_threads = True  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# One answer: (status, headers, body).
Reply = tuple[int, dict[str, str], bytes]
# A route answers with a fixed Reply, or with a function of the request handler that
# returns one (an answer that depends on the request or on earlier hits) or None when it
# wrote its answer itself (a body that drips or never announces its length).
Route = Reply | Callable[[BaseHTTPRequestHandler], Reply | None]
NOT_FOUND: Reply = (404, {"Content-Type": "text/plain"}, b"not here")


def route_table(routes: dict[str, Route], default: Reply = NOT_FOUND
                ) -> type[BaseHTTPRequestHandler]:
    """A quiet GET handler answering from `routes`: path -> Route; a key ending in '*'
    matches every path it starts. The class counts the paths it was asked for in `hits`."""

    class Handler(BaseHTTPRequestHandler):
        hits: Counter[str] = Counter()

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            Handler.hits[self.path] += 1
            route = routes.get(self.path)
            if route is None:
                route = next((r for key, r in routes.items()
                              if key.endswith("*") and self.path.startswith(key[:-1])),
                             default)
            reply = route(self) if callable(route) else route
            if reply is not None:
                self.reply(*reply)

        def reply(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


class _EndlessHeaders(BaseRequestHandler):
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


@contextmanager
def dripping_headers() -> Iterator[str]:
    """A site whose answers never end their headers; yields the URL of a page on it."""
    with serving(_EndlessHeaders, TcpServer) as base:
        yield base + "/page"
