"""`pressclip search`: full-text search of a store, with filters."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from .common import EXIT_NO_ARTICLE, EXIT_OK, PROG, CliError, write_output
from .index import DEFAULT_DB

_EPILOG = """\
examples:
  pressclip search "défense aérienne" --lang fr
  pressclip search "defense aerienne"              (accents and case do not matter)
  pressclip search climate --from 2024-01-01 --to 2024-06-30 --publisher reuters
  pressclip search "" --speaker macron --format jsonl --db postgresql://me@localhost/news

exit codes: 0 hits found, 1 no hit, 2 bad arguments or store
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search", help="search a store made by `pressclip index`",
        description="Full-text search over titles and bodies, accents and case folded, "
                    "with filters. An empty query lists the newest articles that pass them.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("query", help="words that must all occur")
    parser.add_argument("--db", default=DEFAULT_DB,
                        help=f"SQLite file or postgresql:// URL (default: {DEFAULT_DB})")
    parser.add_argument("--lang", help="ISO 639-1 language code, e.g. fr")
    parser.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--publisher", help="part of the publisher's name")
    parser.add_argument("--speaker", help="part of the name of someone quoted")
    parser.add_argument("-n", "--limit", type=int, default=20)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("-f", "--format", choices=("text", "jsonl"), default="text")
    parser.add_argument("-o", "--output", metavar="FILE")
    parser.set_defaults(handler=run)


def _day(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def run(args: argparse.Namespace) -> int:
    from ..corpus.store import POSTGRES_PREFIXES, SearchError, open_store

    if not args.db.startswith(POSTGRES_PREFIXES):
        from pathlib import Path

        if not Path(args.db).exists():
            raise CliError(f"no store at {args.db}: make one with `pressclip index`")
    try:
        store = open_store(args.db)
    except Exception as exc:  # noqa: BLE001 - any driver's connection error, for the user
        raise CliError(f"cannot open the store {args.db}: {exc}") from exc
    try:
        hits = store.search(args.query, language=args.lang, date_from=args.date_from,
                            date_to=args.date_to, publisher=args.publisher,
                            speaker=args.speaker, limit=args.limit, offset=args.offset)
    except SearchError as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    if args.format == "jsonl":
        text = "".join(json.dumps(h, ensure_ascii=False) + "\n" for h in hits)
    else:
        text = "\n".join(_as_text(h) for h in hits)
    write_output(text, args.output)
    if not hits:
        # Said on stderr: stdout stays empty, for a pipe that reads hits.
        print(f"{PROG}: no stored article matches", file=sys.stderr)
    return EXIT_OK if hits else EXIT_NO_ARTICLE


def _as_text(hit: dict) -> str:
    head = " · ".join(str(v) for v in (hit["date"], hit["publisher"], hit["language"]) if v)
    return f"{hit['title'] or '(no title)'}\n  {head}\n  {hit['url'] or hit['id']}\n" \
           f"  {hit['snippet']}\n"
