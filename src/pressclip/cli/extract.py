"""`pressclip extract`: one page (file, URL or stdin) to text, Markdown, HTML or JSON.

Reading, checking and guessing the input is the library's (intake.py, fetched.py); this
module keeps the arguments, the rendering and the exit codes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..errors import PageUnavailable
from ..explained import explain_entries, explain_lines
from ..fetched import DEFAULT_TIMEOUT, fetch_page
from ..intake import HTML, KINDS, Page, extract_page, read_page
from ..options import BALANCED, FOCUSES, Options, iso_time
from ..record import Article, ExtractionError
from ..render import to_html, to_json, to_markdown, to_text
from .common import EXIT_NETWORK, EXIT_NO_ARTICLE, EXIT_OK, CliError, report, write_output

FORMATS = ("text", "markdown", "html", "json")
EXPLAIN_FORMATS = ("text", "json")
INPUT_KINDS = KINDS
_WEB_SCHEMES = ("http", "https")
_URL_LIKE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")

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
  pressclip extract examples/article.html --explain         # every block, kept or dropped, why
  pressclip extract examples/article.html --explain --format json    # the record + "explain"
  pressclip extract examples/article.html --focus precision # less furniture, maybe less text
  pressclip extract examples/article.html --focus recall    # more text, maybe some furniture

exit codes: 0 article found, 1 no article found (the empty record is still written, except
in text format without --explain), 2 bad arguments or unreadable input, 3 the URL could not
be fetched
"""

_RENDERERS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
    "json": to_json,
}


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
    parser.add_argument("--explain", action="store_true",
                        help="show every block of the page, kept (+) or dropped (-), with the "
                             "reason; with --format json the record gets an `explain` list "
                             "(text and json formats only)")
    parser.add_argument("--focus", choices=FOCUSES, default=BALANCED,
                        help="precision: keep only the text the model is surer of; recall: "
                             "keep doubtful text too (default: balanced)")
    parser.add_argument("--links", action="store_true",
                        help="markdown: link the title to the URL and web addresses in the text")
    parser.add_argument("--timeout", type=_positive_seconds, default=DEFAULT_TIMEOUT,
                        metavar="SECONDS",
                        help=f"give up fetching a URL after this long (default: "
                             f"{DEFAULT_TIMEOUT:g})")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    label = _label(args.source)
    if args.explain and args.format not in EXPLAIN_FORMATS:
        raise CliError(f"--explain shows in the text or json format, not {args.format}")
    try:
        page = _read_input(args)
        article = extract_page(page, Options(facts=args.facts, explain=args.explain,
                                             focus=args.focus))
    except PageUnavailable as exc:
        raise CliError(str(exc), EXIT_NETWORK) from exc
    except ExtractionError as exc:
        raise CliError(f"cannot read {label}: {exc}") from exc

    if args.explain:
        rendered = _explained(article, args.format)
    elif args.format == "markdown":
        rendered = to_markdown(article, links=args.links)
    else:
        rendered = _RENDERERS[args.format](article)
    if article.is_empty:
        hint = "" if page.kind == HTML else " or use --input html"
        report(f"no article text found in {label} (check that it is a news article page"
               f"{hint})")
        # With --explain, text shows the list too: it says why nothing was kept.
        if args.format != "text" or args.explain:
            write_output(rendered, args.output)
        return EXIT_NO_ARTICLE
    write_output(rendered, args.output)
    return EXIT_OK


def _explained(article: Article, fmt: str) -> str:
    """The record with the API's `explain` list (json), or that list one line a block."""
    entries = explain_entries(article)
    if fmt == "json":
        return json.dumps({**article.to_dict(), "explain": entries}, ensure_ascii=False,
                          indent=2)
    return "\n".join(explain_lines(entries, shutil.get_terminal_size().columns))


def _label(source: str | None) -> str:
    """How messages name the input."""
    return "standard input" if source in (None, "-") else str(source)


def _read_input(args: argparse.Namespace) -> Page:
    """The Page the arguments name; CliError for a source that cannot be read at all."""
    source = args.source
    if source is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise CliError("no input: give a file, an http(s) URL, or - to read standard "
                           "input (see pressclip extract --help)")
        source = "-"
    if source == "-":
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    else:
        scheme = _URL_LIKE.match(source)
        if scheme:
            if scheme.group(1).lower() not in _WEB_SCHEMES:
                raise CliError(f"cannot read {source}: only http and https URLs can be fetched "
                               "(for a local file, give its path)")
            page = fetch_page(source, args.timeout, kind=args.input_kind,
                              reference_time=args.reference_time)
            return page if args.url is None else Page(page.data, page.kind, args.url,
                                                      page.charset, page.reference_time)
        data = _read_file(source)
    return read_page(data, args.input_kind, args.url, reference_time=args.reference_time)


def _read_file(source: str) -> bytes:
    try:
        return Path(source).read_bytes()
    except FileNotFoundError as exc:
        raise CliError(f"cannot read {source}: no such file (give a file path, an http(s) "
                       "URL, or - for standard input)") from exc
    except IsADirectoryError as exc:
        raise CliError(f"cannot read {source}: it is a directory, give one file") from exc
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from exc


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
