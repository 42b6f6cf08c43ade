"""A deadline for a request's headers, which uvicorn does not have.

uvicorn bounds the idle time between requests on a kept-alive connection
(timeout_keep_alive), and h11 the size of the headers, but not the time they take: a client
that sends a request line and then a header byte now and then holds its connection, and
its share of --max-connections, for as long as it likes. Here each connection must complete
a request's headers within `seconds` of opening, or of its previous answer; past that it is
answered 408, in the service's JSON shape, and closed. Once the headers are in, the body's
own deadline (limits.BodyLimit) takes over.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol


def header_deadline_protocol(seconds: float) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol (`http=` of uvicorn.run) with a deadline on headers."""
    body = json.dumps({"error": f"the request headers did not arrive within {seconds:g} s"})
    answer = (f"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
              f"content-length: {len(body)}\r\nconnection: close\r\n\r\n{body}").encode()

    class HeaderDeadline(AutoHTTPProtocol):  # type: ignore[misc, valid-type]
        _deadline: asyncio.TimerHandle | None = None
        _waiting_after: Any = None  # the request cycle in place when the clock started

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._start_clock()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._start_clock()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_clock()
            super().connection_lost(exc)

        def _start_clock(self) -> None:
            self._stop_clock()
            self._waiting_after = self.cycle
            self._deadline = self.loop.call_later(seconds, self._headers_late)

        def _stop_clock(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _headers_late(self) -> None:
            self._deadline = None
            cycle = self.cycle
            # A new request (its headers complete) makes a new cycle; one still being
            # answered is not late either.
            if cycle is not self._waiting_after or (cycle is not None
                                                    and not cycle.response_complete):
                return
            if not self.transport.is_closing():
                self.transport.write(answer)
                self.transport.close()

    return HeaderDeadline
