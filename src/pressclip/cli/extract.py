"""`pressclip extract`: one page (file, URL or stdin) to text, Markdown, HTML or JSON.

`fetch_page` and `read_article` (bytes to an Article: HTML or text guessed, binary refused)
are also what the service calls, so that both speak of bad input in the same words.
"""

from __future__ import annotations

import argparse
import codecs
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..record import Article
from ..render import to_html, to_json, to_markdown, to_text
from .common import EXIT_NETWORK, EXIT_NO_ARTICLE, EXIT_OK, CliError, report, write_output

FORMATS = ("text", "markdown", "html", "json")
INPUT_KINDS = ("auto", "html", "text")
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10_000_000  # largest page fetched, after decompression
_WEB_SCHEMES = ("http", "https")
_URL_LIKE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# Media types a fetched page may have; anything else (images, PDF, archives) is refused.
_TEXTUAL_TYPES = ("application/xhtml+xml", "application/xml")
# How much of the input the HTML-or-text guess looks at.
_SNIFF_CHARS = 65536
_BOM_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Fallback until text mode ships its own guess. A document that opens like HTML is HTML;
# otherwise the density of tag-like strings decides: flattened text keeps a few (ad
# snippets, lists of allowed tags in comment forms). Measured on ../shared/data: 4 of 4,931
# HTML pages and 4 of 2,928 flattened texts (textmode set) are taken for the other kind.
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|\?xml)[\s>]",
                         re.I | re.S)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,500})?/?>")
_START_CHARS = 4096
_MIN_TAGS = 3
_MIN_TAGS_PER_1000_CHARS = 5.0

_DESCRIPTION = """\
Extract the article of one news page: its text and metadata, without menus, ads, share
bars, related links, comments or footers. The page is HTML or already flattened text,
read from a file, from standard input, or fetched from an http(s) URL."""

_EPILOG = """\
examples:
  pressclip extract examples/article.html
  pressclip extract examples/article.html --format markdown -o article.md
  pressclip extract https://example.org/news/42 --format json
  curl -s https://example.org/news/42 | pressclip extract - --url https://example.org/news/42
  pressclip extract examples/article.txt --input text --reference-time 2025-07-10

exit codes: 0 article found, 1 no article found (the empty record is still written, except
in text format), 2 bad arguments or unreadable input, 3 the URL could not be fetched
"""

_RENDERERS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
    "json": to_json,
}


@dataclass(frozen=True, slots=True)
class PageInput:
    data: bytes
    label: str  # how messages name the input
    url: str | None = None  # the address it was fetched from, after redirects
    charset: str | None = None  # from the HTTP Content-Type header


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract the article of one page (file, URL or stdin)",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", nargs="?", metavar="PATH|URL|-",
                        help="a file, an http(s) URL, or - for standard input "
                             "(the default when input is piped)")
    parser.add_argument("-f", "--format", choices=FORMATS, default="text",
                        help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output")
    parser.add_argument("--url",
                        help="the page's address, recorded in the output (default for a "
                             "fetched page: its address after redirects)")
    parser.add_argument("--input", choices=INPUT_KINDS, default="auto", dest="input_kind",
                        help="read the input as HTML or as already flattened text "
                             "(default: auto, guessed from its content)")
    parser.add_argument("--reference-time", type=_iso_time, metavar="ISO",
                        help="when the page was seen, for relative dates such as "
                             "'2 hours ago' (default: now; without a zone: UTC)")
    parser.add_argument("--no-facts", dest="facts", action="store_false",
                        help="skip quotes, entities and in-text dates (faster)")
    parser.add_argument("--links", action="store_true",
                        help="markdown: link the title to the URL and web addresses in the text")
    parser.add_argument("--timeout", type=_positive_seconds, default=DEFAULT_TIMEOUT,
                        metavar="SECONDS",
                        help=f"give up fetching a URL after this long (default: "
                             f"{DEFAULT_TIMEOUT:g})")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    page = _read_input(args.source, args.timeout)
    article, is_html = read_article(page, args.input_kind, args.url or page.url,
                                    args.reference_time, args.facts)

    if args.format == "markdown":
        rendered = to_markdown(article, links=args.links)
    else:
        rendered = _RENDERERS[args.format](article)
    if article.is_empty:
        hint = "" if is_html else " or use --input html"
        report(f"no article text found in {page.label} (check that it is a news article page"
               f"{hint})")
        if args.format != "text":
            write_output(rendered, args.output)
        return EXIT_NO_ARTICLE
    write_output(rendered, args.output)
    return EXIT_OK


def read_article(page: PageInput, input_kind: str = "auto", url: str | None = None,
                 reference_time: datetime | None = None, facts: bool = True,
                 explain: bool = False) -> tuple[Article, bool]:
    """The article of a page's bytes, and whether they were read as HTML; CliError (code 2)
    for empty, binary or unreadable input."""
    if not page.data.strip():
        raise CliError(f"{page.label} is empty: there is no page to read")
    head = _head_text(page.data)
    if _looks_binary(head):
        raise CliError(f"{page.label} looks like binary data, not a web page or text")
    is_html = input_kind == "html" or (input_kind == "auto" and _looks_like_html(head))
    return _extract(page, is_html, url, reference_time, facts, explain), is_html


def _read_input(source: str | None, timeout: float) -> PageInput:
    if source is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise CliError("no input: give a file, an http(s) URL, or - to read standard "
                           "input (see pressclip extract --help)")
        source = "-"
    if source == "-":
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return PageInput(data, "standard input")
    scheme = _URL_LIKE.match(source)
    if scheme:
        if scheme.group(1).lower() not in _WEB_SCHEMES:
            raise CliError(f"cannot read {source}: only http and https URLs can be fetched "
                           "(for a local file, give its path)")
        return fetch_page(source, timeout)
    try:
        return PageInput(Path(source).read_bytes(), source)
    except FileNotFoundError as exc:
        raise CliError(f"cannot read {source}: no such file (give a file path, an http(s) "
                       "URL, or - for standard input)") from exc
    except IsADirectoryError as exc:
        raise CliError(f"cannot read {source}: it is a directory, give one file") from exc
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from exc


def fetch_page(url: str, timeout: float = DEFAULT_TIMEOUT, *, allow_private: bool = True,
               allow_networks: tuple[str, ...] = (), max_bytes: int = DEFAULT_MAX_BYTES
               ) -> PageInput:
    """GET a page (see fetch.fetch); CliError with EXIT_NETWORK, caused by the FetchError,
    when it cannot be had, and code 2 when it is no web page or text."""
    from ..fetch import FetchError, fetch  # network code only loads when a URL is given

    try:
        result = fetch(url, timeout=timeout, allow_private=allow_private,
                       allow_networks=allow_networks, max_bytes=max_bytes)
    except FetchError as exc:
        raise CliError(f"cannot fetch the page: {exc}", EXIT_NETWORK) from exc
    kind = result.content_type
    if kind and not (kind.startswith("text/") or kind in _TEXTUAL_TYPES):
        raise CliError(f"{result.final_url} is {kind}, not a web page or text")
    return PageInput(result.body, result.final_url, result.final_url, result.charset)


def _extract(page: PageInput, is_html: bool, url: str | None,
             reference_time: datetime | None, facts: bool, explain: bool) -> Article:
    import pressclip

    from ..parse.encoding import decode
    from ..record import ExtractionError

    try:
        if is_html:
            return pressclip.extract(page.data, url=url, reference_time=reference_time,
                                     facts=facts, http_charset=page.charset, explain=explain)
        extract_text = getattr(pressclip, "extract_text", None)
        if extract_text is None:
            raise CliError(f"{page.label} looks like flattened text, and this version of "
                           "pressclip has no text mode; use --input html to read it as HTML")
        text, _ = decode(page.data, page.charset)
        return extract_text(text, url=url, reference_time=reference_time, facts=facts,
                            explain=explain)
    except ExtractionError as exc:
        raise CliError(f"cannot read {page.label} as a page: {exc}") from exc


def _head_text(data: bytes) -> str:
    """The start of the input as text, enough to tell HTML, text and binary apart.

    Exact decoding is the library's job; tags and control bytes only need an ASCII-compatible
    view, except in UTF-16/32 input, which announces itself with a byte-order mark.
    """
    head = data[: _SNIFF_CHARS * 4]
    for bom, encoding in _BOM_ENCODINGS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")[:_SNIFF_CHARS]
    return head[:_SNIFF_CHARS].decode("latin-1")


def _looks_binary(head: str) -> bool:
    from ..parse.html import looks_binary

    return looks_binary(head)


def _looks_like_html(head: str) -> bool:
    from .. import textmode

    shared_guess = getattr(textmode, "looks_like_html", None)
    if shared_guess is not None:
        return bool(shared_guess(head))
    if _HTML_START.match(head[:_START_CHARS]):
        return True
    tags = len(_TAG.findall(head))
    return tags >= _MIN_TAGS and tags * 1000 / len(head) >= _MIN_TAGS_PER_1000_CHARS


def iso_time(value: str) -> datetime:
    """An ISO 8601 date or time, UTC when it names no zone; ValueError says what is wrong."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"not an ISO 8601 date or time: {value!r} (e.g. 2025-07-10 or "
                         "2025-07-10T14:30:00+02:00)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _iso_time(value: str) -> datetime:
    try:
        return iso_time(value)
    except ValueError as exc:  # argparse shows only its own words for a plain ValueError
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive_seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {value!r}")
    return seconds
