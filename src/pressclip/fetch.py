"""One polite, safe HTTP GET of a page: the only network code in pressclip.

Built on the standard library's http.client rather than urllib or a third-party client,
because the SSRF guard needs two things those hide: every redirect hop checked before it is
followed, and the connection made to the very IP address that was checked (a second DNS
lookup could answer differently: DNS rebinding). TLS still verifies the certificate against
the host name.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import SplitResult, quote, urljoin, urlsplit

try:
    _VERSION = version("pressclip")
except PackageNotFoundError:  # running from a source tree that was never installed
    _VERSION = "dev"

# A browser's user agent, so that sites serve their normal page, naming pressclip so that
# site operators can tell who fetched it.
DEFAULT_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    f"Chrome/126.0 Safari/537.36 pressclip/{_VERSION}"
)
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
_SCHEMES = {"http": 80, "https": 443}
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 65536
# Characters left as they are when a URL's path or query is percent-encoded for the wire.
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"
# gzip or zlib header, detected automatically (32 + the largest window).
_GZIP_OR_ZLIB = 32 + zlib.MAX_WBITS
_RAW_DEFLATE = -zlib.MAX_WBITS


# FetchError.reason: why a fetch failed, for programs to act on (the message is for people).
INVALID_URL = "invalid_url"  # not an http(s) URL, no host, bad port or host name
REFUSED = "refused"  # an address the SSRF guard does not allow (allow_private=False)
DNS = "dns"  # the host name does not resolve
CONNECT = "connect"  # no connection to any of the host's addresses
TLS = "tls"  # the secure connection failed (certificate, handshake)
TIMEOUT = "timeout"  # no answer, or not the whole page, within the time allowed
HTTP = "http"  # the server answered an error status (FetchError.status)
REDIRECT = "redirect"  # too many redirects, or one without a Location
TOO_LARGE = "too_large"  # the body is over max_bytes
BROKEN = "broken"  # the download broke off; corrupt or unsupported compression
OTHER = "other"  # raised by code that names no reason
REASONS = (INVALID_URL, REFUSED, DNS, CONNECT, TLS, TIMEOUT, HTTP, REDIRECT, TOO_LARGE, BROKEN,
           OTHER)


class FetchError(Exception):
    """The page could not be fetched; the message says why, for a person to read, and
    `reason` (one of REASONS) for a program."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None,
                 reason: str | None = None):
        super().__init__(message)
        self.url = url
        self.status = status
        self.reason = reason or (HTTP if status is not None and status >= 400 else OTHER)


class FetchRefused(FetchError):
    """The URL was refused before any connection: not an http(s) URL, or a host whose
    address is not allowed. The asker's mistake (a 4xx for a service), not the site's."""


_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str | None  # media type only, lower case, e.g. "text/html"
    charset: str | None  # from the Content-Type header, if it names one
    body: bytes  # decompressed


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    max_redirects: int = 5,
    allow_private: bool = True,
    allow_networks: Iterable[str] = (),
    user_agent: str = DEFAULT_UA,
) -> FetchResult:
    """GET a page, following up to max_redirects redirects, each one checked.

    `timeout` bounds the whole fetch, redirects included. A body (after decompression)
    longer than max_bytes is refused. With allow_private=False, hosts that resolve to
    private, loopback, link-local, multicast or reserved addresses are refused, at every hop,
    except those inside `allow_networks` (CIDR strings: an operator's intranet, say).
    Raises FetchError (FetchRefused before any connection); its message is meant for the user.
    """
    deadline = time.monotonic() + timeout
    allowed = tuple(ipaddress.ip_network(n, strict=False) for n in allow_networks)
    current = url
    for _ in range(max_redirects + 1):
        parts = _checked_parts(current)
        addresses = _resolve(parts, allow_private, allowed)
        conn, response = _request(parts, addresses, user_agent, deadline, timeout)
        try:
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(
                        f"{current} redirects (HTTP {response.status}) without a Location",
                        url=current, status=response.status, reason=REDIRECT)
                current = urljoin(current, location.strip())
                continue
            if response.status >= 400:
                raise FetchError(
                    f"{current} answered HTTP {response.status} {response.reason}".rstrip(),
                    url=current, status=response.status, reason=HTTP)
            body = _read_body(response, max_bytes, deadline, timeout, current)
            header = response.getheader("Content-Type")
            return FetchResult(
                url=url,
                final_url=current,
                status=response.status,
                content_type=response.headers.get_content_type() if header else None,
                charset=response.headers.get_content_charset() if header else None,
                body=body,
            )
        finally:
            response.close()
            conn.close()
    raise FetchError(f"{url} redirects more than {max_redirects} times", url=url, reason=REDIRECT)


def address_refusal(address: str) -> str | None:
    """What kind of address must not be fetched from with allow_private=False
    (e.g. "a loopback address"), or None for a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    checks = (
        (ip.is_loopback, "a loopback"),
        (ip.is_link_local, "a link-local"),
        (ip.is_multicast, "a multicast"),
        (ip.is_unspecified, "an unspecified"),
        (ip.is_reserved, "a reserved"),
        (ip.is_private, "a private"),
        (not ip.is_global, "a non-public"),
    )
    for refused, kind in checks:
        if refused:
            return f"{kind} address"
    return None


def _checked_parts(url: str) -> SplitResult:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise FetchRefused(f"not a valid URL: {url!r} ({exc})",
                           url=url, reason=INVALID_URL) from exc
    if parts.scheme.lower() not in _SCHEMES:
        raise FetchRefused(f"only http and https URLs can be fetched, not {url!r}",
                           url=url, reason=INVALID_URL)
    if not parts.hostname:
        raise FetchRefused(f"the URL {url!r} has no host name", url=url, reason=INVALID_URL)
    return parts


def _resolve(parts: SplitResult, allow_private: bool, allowed: tuple[_Network, ...]
             ) -> list[str]:
    host = parts.hostname or ""
    port = parts.port or _SCHEMES[parts.scheme.lower()]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve the host name {host!r}: {exc}",
                         url=parts.geturl(), reason=DNS) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        # Every address is checked, not just the first: the connection may use any of them.
        for address in addresses:
            kind = address_refusal(address)
            if kind and not _inside(address, allowed):
                where = f"{address} is" if address == host else f"{host} resolves to {address},"
                raise FetchRefused(
                    f"refusing to fetch {parts.geturl()}: {where} {kind}; "
                    "only public addresses are allowed here", url=parts.geturl(), reason=REFUSED)
    return addresses


def _inside(address: str, networks: tuple[_Network, ...]) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return any(ip in network for network in networks)


class _DeadlineSocket:
    """A connected socket whose every send and receive is bounded by one deadline.

    A socket timeout bounds each call, not the fetch: a server that drips its status line,
    headers or chunk sizes a byte at a time would reset it at every byte. So before each
    call the timeout is set to what is left of the whole fetch, and past the deadline no
    call is made. http.client reads through `makefile`, which is built here over the same
    bounded calls.
    """

    def __init__(self, sock: socket.socket, deadline: float):
        self._sock = sock
        self._deadline = deadline
        # As socket.socket does: close() waits for the files made by makefile() to close,
        # since http.client closes its connection while a response still reads from it.
        self._files = 0
        self._closing = False

    def _left(self) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the fetch deadline has passed")
        self._sock.settimeout(left)
        return left

    def sendall(self, data: bytes) -> None:
        self._left()
        self._sock.sendall(data)

    def recv_into(self, buffer: memoryview | bytearray, nbytes: int = 0) -> int:
        self._left()
        return self._sock.recv_into(buffer, nbytes)

    def makefile(self, mode: str = "rb", buffering: int = -1) -> io.BufferedReader:
        if mode != "rb":
            raise ValueError("only binary reading is supported")
        self._files += 1
        return io.BufferedReader(_DeadlineReader(self), buffering if buffering > 0
                                 else io.DEFAULT_BUFFER_SIZE)

    def file_closed(self) -> None:
        self._files -= 1
        if self._closing and self._files <= 0:
            self._sock.close()

    def close(self) -> None:
        self._closing = True
        if self._files <= 0:
            self._sock.close()

    def __getattr__(self, name: str) -> object:
        return getattr(self._sock, name)


class _DeadlineReader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket):
        self._sock = sock

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._sock.file_closed()
        super().close()

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        return self._sock.recv_into(buffer)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an already checked IP address while speaking HTTP to the host name; every
    read and write of the connection is bounded by the fetch's deadline."""

    def __init__(self, host: str, port: int, address: str, deadline: float):
        super().__init__(host, port, timeout=max(0.001, deadline - time.monotonic()))
        self._address = address
        self._deadline = deadline

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = _DeadlineSocket(sock, self._deadline)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As _PinnedHTTPConnection, with TLS verified against the host name, not the IP."""

    def __init__(self, host: str, port: int, address: str, deadline: float):
        super().__init__(host, port, timeout=max(0.001, deadline - time.monotonic()),
                         context=ssl.create_default_context())
        self._address = address
        self._deadline = deadline

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        # The handshake is bounded too: its reads go through the socket's own timeout.
        sock.settimeout(max(0.001, self._deadline - time.monotonic()))
        tls = self._context.wrap_socket(sock, server_hostname=self.host)
        self.sock = _DeadlineSocket(tls, self._deadline)


_Connection = _PinnedHTTPConnection | _PinnedHTTPSConnection


def _request(
    parts: SplitResult, addresses: list[str], user_agent: str, deadline: float, timeout: float
) -> tuple[_Connection, http.client.HTTPResponse]:
    url = parts.geturl()
    scheme = parts.scheme.lower()
    try:
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise FetchRefused(f"the host name in {url!r} is not valid",
                           url=url, reason=INVALID_URL) from exc
    port = parts.port or _SCHEMES[scheme]
    target = quote(parts.path or "/", safe=_SAFE_PATH)
    if parts.query:
        target += "?" + quote(parts.query, safe=_SAFE_QUERY)
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"}
    connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last_error: Exception | None = None
    for address in addresses:
        _remaining(deadline, timeout, url)
        conn = connection_class(host, port, address, deadline)
        try:
            conn.request("GET", target, headers=headers)
            return conn, conn.getresponse()
        except TimeoutError as exc:
            conn.close()
            raise FetchError(f"{url} did not answer within {timeout:g} s",
                             url=url, reason=TIMEOUT) from exc
        except ssl.SSLError as exc:
            conn.close()
            raise FetchError(f"secure connection to {host} failed: {exc}",
                             url=url, reason=TLS) from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            last_error = exc
    raise FetchError(f"cannot connect to {host}:{port}: {last_error}", url=url, reason=CONNECT)


def _read_body(
    response: http.client.HTTPResponse,
    max_bytes: int,
    deadline: float,
    timeout: float,
    url: str,
) -> bytes:
    too_big = f"{url} is larger than the {max_bytes:,}-byte limit"
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    length = response.getheader("Content-Length")
    if encoding == "identity" and length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(too_big, url=url, reason=TOO_LARGE)
    decoder = _Decompressor(encoding, max_bytes, too_big, url)
    out = bytearray()
    try:
        while True:
            _remaining(deadline, timeout, url)
            # read1 returns what has arrived; every receive under it meets the deadline.
            chunk = response.read1(_CHUNK)
            if not chunk:
                break
            out += decoder.feed(chunk, max_bytes - len(out))
            if len(out) > max_bytes:
                raise FetchError(too_big, url=url, reason=TOO_LARGE)
        out += decoder.flush(max_bytes - len(out))
    except TimeoutError as exc:
        raise FetchError(f"{url} did not send the page within {timeout:g} s",
                         url=url, reason=TIMEOUT) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"the download of {url} broke off: {exc}", url=url, reason=BROKEN) from exc
    if len(out) > max_bytes:
        raise FetchError(too_big, url=url, reason=TOO_LARGE)
    return bytes(out)


def _remaining(deadline: float, timeout: float, url: str) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"{url} did not send the page within {timeout:g} s",
                         url=url, reason=TIMEOUT)
    return remaining


class _Decompressor:
    """Undoes gzip/deflate transfer compression without ever holding more than the cap."""

    def __init__(self, encoding: str, max_bytes: int, too_big: str, url: str):
        self._too_big, self._url = too_big, url
        if encoding in ("identity", ""):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            self._zlib = zlib.decompressobj(_GZIP_OR_ZLIB)
            # Some servers send raw deflate under "deflate"; decided on the first bytes.
            self._raw_allowed = encoding == "deflate"
        else:
            raise FetchError(f"{url} is sent with an unsupported encoding {encoding!r}",
                             url=url, reason=BROKEN)

    def feed(self, data: bytes, room: int) -> bytes:
        if self._zlib is None:
            return data
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error as exc:
            if not self._raw_allowed:
                raise FetchError(f"{self._url} sent corrupt compressed data",
                                 url=self._url, reason=BROKEN) from exc
            self._zlib = zlib.decompressobj(_RAW_DEFLATE)
            self._raw_allowed = False
            return self.feed(data, room)
        self._raw_allowed = False
        if len(out) > room or self._zlib.unconsumed_tail:
            raise FetchError(self._too_big, url=self._url, reason=TOO_LARGE)
        return out

    def flush(self, room: int) -> bytes:
        if self._zlib is None:
            return b""
        out = self._zlib.flush()
        if len(out) > room:
            raise FetchError(self._too_big, url=self._url, reason=TOO_LARGE)
        return out
