"""fetch() against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from loopback import Reply, route_table, serving

from pressclip import fetch as fetch_module
from pressclip.fetch import DEFAULT_UA, FetchError, FetchRefused, address_refusal, fetch

PAGE = "<html><body><p>Bonjour, été.</p></body></html>".encode("latin-1")


def _header_echo(name: str):
    def echo(request: BaseHTTPRequestHandler) -> Reply:
        return 200, {}, request.headers.get(name, "").encode()
    return echo


def _hop(request: BaseHTTPRequestHandler) -> Reply:
    left = int(request.path.rsplit("/", 1)[1])
    return 302, {"Location": "/page" if left == 0 else f"/hop/{left - 1}"}, b""


def _unannounced(request: BaseHTTPRequestHandler, chunks: list[bytes], pause: float) -> None:
    """A body without Content-Length, written in chunks, the connection closed after."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    for chunk in chunks:
        request.wfile.write(chunk)
        if pause:
            request.wfile.flush()
            time.sleep(pause)
    request.close_connection = True


HTML = {"Content-Type": "text/html"}
# One route a behaviour a test needs.
_Handler = route_table({
    "/page": (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, PAGE),
    "/no-type": (200, {}, b"plain"),
    "/host": _header_echo("Host"),
    "/ua": _header_echo("User-Agent"),
    "/hop/*": _hop,
    "/loop": (301, {"Location": "/loop"}, b""),
    "/to-private": (302, {"Location": "http://10.1.2.3/secret"}, b""),
    "/big": (200, HTML, b"x" * 5000),
    "/big-unannounced": lambda request: _unannounced(request, [b"y" * 1000] * 50, 0),
    "/gzip-bomb": (200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(b"z" * 1_000_000)),
    "/gzip": (200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(PAGE)),
    "/slow": lambda request: _unannounced(request, [b"<p>drip</p>"] * 20, 0.1),
    "/missing": (404, {"Content-Type": "text/plain"}, b"gone"),
}, default=(500, {}, b"unknown route"))


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that give up (size cap, timeout) close mid-response; that is the point.
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Handler, _QuietServer) as base:
        yield base


def test_page_with_charset_from_content_type(server: str) -> None:
    result = fetch(server + "/page")
    assert result.status == 200
    assert result.body == PAGE
    assert result.content_type == "text/html"
    assert result.charset == "iso-8859-1"
    assert result.final_url == result.url == server + "/page"


def test_missing_content_type_gives_none(server: str) -> None:
    result = fetch(server + "/no-type")
    assert result.content_type is None
    assert result.charset is None


def test_user_agent_names_pressclip_and_looks_like_a_browser(server: str) -> None:
    sent = fetch(server + "/ua").body.decode()
    assert sent == DEFAULT_UA
    assert sent.startswith("Mozilla/5.0") and "pressclip/" in sent


def test_redirects_are_followed_and_final_url_reported(server: str) -> None:
    result = fetch(server + "/hop/3")
    assert result.body == PAGE
    assert result.final_url == server + "/page"
    assert result.url == server + "/hop/3"


def test_too_many_redirects(server: str) -> None:
    with pytest.raises(FetchError, match="redirects more than 2 times"):
        fetch(server + "/hop/5", max_redirects=2)
    with pytest.raises(FetchError, match="redirects more than"):
        fetch(server + "/loop")


def test_size_cap_from_content_length(server: str) -> None:
    with pytest.raises(FetchError, match="larger than the 1,000-byte limit"):
        fetch(server + "/big", max_bytes=1000)
    assert len(fetch(server + "/big", max_bytes=5000).body) == 5000


def test_size_cap_while_reading_without_content_length(server: str) -> None:
    with pytest.raises(FetchError, match="larger than"):
        fetch(server + "/big-unannounced", max_bytes=10_000)


def test_compressed_body_is_decompressed_and_capped(server: str) -> None:
    assert fetch(server + "/gzip").body == PAGE
    with pytest.raises(FetchError, match="larger than"):
        fetch(server + "/gzip-bomb", max_bytes=100_000)


def test_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 0.5 s"):
        fetch(server + "/slow", timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_http_error_status(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404") as info:
        fetch(server + "/missing")
    assert info.value.status == 404


def test_loopback_refused_when_private_not_allowed(server: str) -> None:
    with pytest.raises(FetchError, match="loopback"):
        fetch(server + "/page", allow_private=False)
    with pytest.raises(FetchError, match="loopback"):
        fetch("http://localhost:9/", allow_private=False)


def test_redirect_to_private_address_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test server can only live on loopback; let 127.0.0.1 pass the guard so that the
    # check made on the redirect's second hop is the one under test.
    real = fetch_module.address_refusal
    monkeypatch.setattr(fetch_module, "address_refusal",
                        lambda a: None if a == "127.0.0.1" else real(a))
    with pytest.raises(FetchError, match="10.1.2.3 is a private address"):
        fetch(server + "/to-private", allow_private=False)


def test_allowed_network_passes_while_other_private_addresses_stay_refused(server: str) -> None:
    # The operator's allow-list, not a patched check: the first hop is inside it, the
    # redirect's target is not, and the real guard refuses it before any connection.
    assert fetch(server + "/page", allow_private=False,
                 allow_networks=["127.0.0.1/32"]).body == PAGE
    with pytest.raises(FetchRefused, match="10.1.2.3 is a private address"):
        fetch(server + "/to-private", allow_private=False, allow_networks=["127.0.0.1/32"])
    with pytest.raises(FetchRefused, match="loopback"):
        fetch(server + "/page", allow_private=False, allow_networks=["127.0.0.2/32"])


def _resolving_to(*addresses: str) -> Callable[..., list]:
    """A stand-in for socket.getaddrinfo that answers with the given addresses."""

    def getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> list:
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, port)) for a in addresses]
    return getaddrinfo


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module.socket, "getaddrinfo",
                        _resolving_to("93.184.215.14", "169.254.169.254"))
    with pytest.raises(FetchError, match="news.example resolves to 169.254.169.254, a link-local"):
        fetch("http://news.example/", allow_private=False)


def test_connection_goes_to_the_checked_address(server: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The name resolves once, to the test server; the request still names the host, so a
    # second, different DNS answer (rebinding) would have no say in where bytes go.
    port = server.rsplit(":", 1)[1]
    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", _resolving_to("127.0.0.1"))
    result = fetch(f"http://news.example:{port}/host")
    assert result.body == f"news.example:{port}".encode()


def test_connection_refused_is_a_fetch_error(server: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect"):
        fetch(f"http://127.0.0.1:{free_port}/")


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "http:///x",
                                 "http://example.org:99999/"])
def test_bad_urls_are_refused_before_any_connection(url: str) -> None:
    with pytest.raises(FetchRefused):
        fetch(url)


@pytest.mark.parametrize(
    ("address", "kind"),
    [("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.0.0.1", "private"),
     ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "link-local"),
     ("fe80::1", "link-local"), ("fc00::1", "private"), ("::ffff:127.0.0.1", "loopback"),
     ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"),
     ("100.64.0.1", "non-public")],
)
def test_address_refusal_kinds(address: str, kind: str) -> None:
    reason = address_refusal(address)
    assert reason is not None and kind in reason


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert address_refusal(address) is None


# ------------------------------------------------------------------ TLS


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for 'localhost' only."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield str(httpd.server_address[1]), str(cert)
    httpd.shutdown()
    httpd.server_close()


def test_tls_certificate_is_verified(tls_site: tuple[str, str]) -> None:
    port, _ = tls_site
    with pytest.raises(FetchError, match="secure connection to localhost failed"):
        fetch(f"https://localhost:{port}/page")


def test_tls_checks_the_host_name_while_connecting_to_the_checked_ip(
    tls_site: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ssl

    port, cert = tls_site
    trusting = ssl.create_default_context(cafile=cert)
    monkeypatch.setattr(fetch_module.ssl, "create_default_context", lambda: trusting)
    assert fetch(f"https://localhost:{port}/page").body == PAGE
    # Same server and IP, but the certificate does not name 127.0.0.1.
    with pytest.raises(FetchError, match="secure connection"):
        fetch(f"https://127.0.0.1:{port}/page")


@pytest.mark.parametrize(
    ("path", "options", "reason"),
    [("/big", {"max_bytes": 1000}, fetch_module.TOO_LARGE),
     ("/big-unannounced", {"max_bytes": 10_000}, fetch_module.TOO_LARGE),
     ("/gzip-bomb", {"max_bytes": 100_000}, fetch_module.TOO_LARGE),
     ("/slow", {"timeout": 0.5}, fetch_module.TIMEOUT),
     ("/missing", {}, fetch_module.HTTP),
     ("/loop", {}, fetch_module.REDIRECT),
     ("/page", {"allow_private": False}, fetch_module.REFUSED)])
def test_failures_name_their_reason(server: str, path: str, options: dict, reason: str) -> None:
    # Callers (the batch runner, the service) act on `reason`, never on the message's words.
    with pytest.raises(FetchError) as info:
        fetch(server + path, **options)
    assert info.value.reason == reason


def test_reason_of_bad_urls_and_of_errors_raised_without_one() -> None:
    with pytest.raises(FetchRefused) as info:
        fetch("ftp://example.org/a")
    assert info.value.reason == fetch_module.INVALID_URL
    assert FetchError("gone", status=410).reason == fetch_module.HTTP
    assert FetchError("robots.txt says no").reason == fetch_module.OTHER
