"""`pressclip index`: batch outputs into a searchable store (SQLite file or PostgreSQL)."""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, CliError
from .extras import require

DEFAULT_DB = "pressclip.db"

_EPILOG = """\
examples:
  pressclip index articles.jsonl --db news.db
  pressclip index out.parquet/ more.jsonl --db postgresql://me@localhost/news

Only rows with status ok are stored; indexing a row again replaces it (same id).
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "index", help="store batch outputs for full-text search (SQLite or PostgreSQL)",
        description="Add the articles of `pressclip batch` outputs (JSONL or CSV files, or Parquet "
                    "folders) to a store that `pressclip search` queries.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outputs", nargs="+", metavar="OUT", help="batch outputs")
    parser.add_argument("--db", default=DEFAULT_DB,
                        help=f"SQLite file or postgresql:// URL (default: {DEFAULT_DB})")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus.output import PARQUET, guess_format, read_rows
    from ..corpus.store import open_store

    if any(guess_format(path) == PARQUET for path in args.outputs):
        require("pressclip index", "corpus", ["pyarrow.parquet"])  # before the store opens

    try:
        store = open_store(args.db)
    except Exception as exc:  # noqa: BLE001 - any driver's connection error, for the user
        raise CliError(f"cannot open the store {args.db}: {exc}") from exc
    try:
        for path in args.outputs:
            try:
                added = store.add(read_rows(path))
            except (OSError, ValueError, KeyError) as exc:
                raise CliError(f"cannot read {path} as a batch output: {exc}") from exc
            print(f"pressclip: {added} articles from {path}", file=sys.stderr)
    finally:
        store.close()
    return EXIT_OK
