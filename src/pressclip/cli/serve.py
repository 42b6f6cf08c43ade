"""`pressclip serve`: the HTTP API and the web page (FastAPI on uvicorn, the `serve` extra)."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys

from .common import EXIT_OK, PROG, CliError

# Requests served at once (service.limits.BodyLimit answers the next one 503 with
# Retry-After). Not lower: a browser alone keeps six connections to a site.
DEFAULT_CONNECTIONS = 100
# uvicorn's own cap counts idle connections too and answers past it with a plain-text 503;
# it stays a backstop well above ours, so that our JSON 503 is the one clients meet.
_UVICORN_CONNECTIONS_FACTOR = 2

_DESCRIPTION = """\
Serve the HTTP API (POST /extract, GET /articles, GET /articles/ID; OpenAPI docs at /docs)
and the web page (at /), where a page, its URL or its text goes in and the clean article,
every removed block with its reason, the quotes by speaker and the entities come out."""

_EPILOG = """\
examples:
  pressclip serve                                   http://127.0.0.1:8000/
  pressclip serve --db news.db --port 8080          with the search view over a store
  pressclip serve --host 0.0.0.0 --workers 4        reachable from other machines
  pressclip serve --allow-network 10.20.0.0/16      fetch from an intranet, and only it

URLs given to POST /extract are fetched only from public addresses (every redirect is
checked too) unless --allow-private or --allow-network says otherwise.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    from ..service.limits import MB, Limits

    defaults = Limits()
    parser = subparsers.add_parser(
        "serve", help="serve the HTTP API and the web page",
        description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument("--db", help="a store made by `pressclip index` (SQLite file or "
                                     "postgresql:// URL), for GET /articles and the search view")
    parser.add_argument("--allow-private", action="store_true",
                        help="let URLs reach private, loopback and link-local addresses "
                             "(only on a trusted network)")
    parser.add_argument("--allow-network", action="append", default=[], type=_network,
                        metavar="CIDR", help="let URLs reach this network (repeatable), "
                                             "while other private addresses stay refused")
    parser.add_argument("--workers", type=int, default=_cores(),
                        help="extraction processes (default: the cores this process may use)")
    parser.add_argument("--max-body-mb", type=float, default=defaults.max_body_bytes / MB,
                        help="largest request body, and largest fetched page, in MB "
                             "(default: %(default)g)")
    parser.add_argument("--body-timeout", type=float, default=defaults.body_seconds,
                        metavar="SECONDS", help="time for a request body to arrive "
                                                "(default: %(default)g)")
    parser.add_argument("--header-timeout", type=float, default=defaults.header_seconds,
                        metavar="SECONDS", help="time for a request's headers to arrive, from "
                                                "the connection's start or its previous "
                                                "answer; then 408 and the connection is closed "
                                                "(default: %(default)g)")
    parser.add_argument("--time-limit", type=float, default=defaults.extract_seconds,
                        metavar="SECONDS", help="time for one extraction before its worker is "
                                                "killed (default: %(default)g)")
    parser.add_argument("--worker-memory-mb", type=int, default=defaults.worker_memory_mb,
                        metavar="MB", help="memory one extraction may add to its worker before "
                                           "it is refused with 413 (0: no cap; default: "
                                           "%(default)s)")
    parser.add_argument("--fetch-timeout", type=float, default=defaults.fetch_seconds,
                        metavar="SECONDS", help="time to fetch a URL, redirects included "
                                                "(default: %(default)g)")
    parser.add_argument("--max-connections", type=_positive, default=DEFAULT_CONNECTIONS,
                        metavar="N", help="requests served at once; past them a request gets "
                                          "503 with Retry-After at once (default: "
                                          "%(default)s; idle connections past twice this "
                                          "many are refused too)")
    parser.add_argument("--body-memory-mb", type=float,
                        default=defaults.body_memory_bytes / MB, metavar="MB",
                        help="request bodies held at once, in MB; past it a request gets 503 "
                             "with Retry-After (default: %(default)g)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from ..service.app import create_app
        from ..service.connections import header_deadline_protocol
        from ..service.limits import MB, Limits
        from ..service.store import check_store
    except ImportError as exc:
        raise CliError(f"the service needs its extra: pip install 'pressclip[serve]' ({exc})")\
            from exc
    if args.db:
        try:
            check_store(args.db)
        except FileNotFoundError as exc:
            raise CliError(str(exc)) from exc
    limits = Limits(max_body_bytes=int(args.max_body_mb * MB), body_seconds=args.body_timeout,
                    extract_seconds=args.time_limit, fetch_seconds=args.fetch_timeout,
                    worker_memory_mb=args.worker_memory_mb, max_requests=args.max_connections,
                    body_memory_bytes=int(args.body_memory_mb * MB))
    app = create_app(db=args.db, allow_private=args.allow_private,
                     allow_networks=args.allow_network, limits=limits, workers=args.workers)
    report_host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"{PROG}: serving on http://{report_host}:{args.port}/ (API docs at /docs); "
          "Ctrl-C stops", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                timeout_keep_alive=5,
                limit_concurrency=_UVICORN_CONNECTIONS_FACTOR * args.max_connections,
                http=header_deadline_protocol(args.header_timeout))
    return EXIT_OK


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _network(value: str) -> str:
    try:
        return str(ipaddress.ip_network(value, strict=False))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a network in CIDR form: {value!r} "
                                         "(e.g. 10.20.0.0/16 or 192.168.1.7/32)") from exc


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
        (os.cpu_count() or 1)
