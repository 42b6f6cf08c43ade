"""A page fetched from the web, as the intake reads it: fetch.py's GET plus what counts as
a page. The CLI, the HTTP service and anyone else who holds only a URL call fetch_page.

Whatever the server says, only a textual media type (text/*, XHTML, XML) or none at all is
taken; the bytes then meet the intake's checks like any other input.
"""

from __future__ import annotations

from datetime import datetime

from .errors import NotAPage, PageUnavailable
from .intake import AUTO, Page, read_page

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10_000_000  # largest page fetched, after decompression
# Media types a fetched page may have beside text/*; anything else (images, PDF, archives)
# is refused.
_TEXTUAL_TYPES = ("application/xhtml+xml", "application/xml")


def fetch_page(url: str, timeout: float = DEFAULT_TIMEOUT, *, kind: str = AUTO,
               allow_private: bool = True, allow_networks: tuple[str, ...] = (),
               max_bytes: int = DEFAULT_MAX_BYTES,
               reference_time: datetime | None = None) -> Page:
    """GET a page (see fetch.fetch) and read it with intake.read_page; its url is the
    address after redirects (unless a caller replaces it), its charset the Content-Type
    header's.

    Raises PageUnavailable (caused by the FetchError) when it cannot be had, NotAPage when
    its media type is no web page or text, and the intake's errors for empty or binary data.
    """
    # Network code (http.client, ssl) only loads when a page is fetched.
    from .fetch import FetchError, FetchRefused, fetch

    try:
        result = fetch(url, timeout=timeout, allow_private=allow_private,
                       allow_networks=allow_networks, max_bytes=max_bytes)
    except FetchError as exc:
        raise PageUnavailable(f"cannot fetch the page: {exc}",
                              refused=isinstance(exc, FetchRefused)) from exc
    media = result.content_type
    if media and not (media.startswith("text/") or media in _TEXTUAL_TYPES):
        raise NotAPage(f"{result.final_url} is {media}, not a web page or text")
    return read_page(result.body, kind, result.final_url, result.charset, reference_time)
