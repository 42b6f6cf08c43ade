"""`pressclip batch`: many pages (WARC/WET, HTML folders, JSONL, URL lists) to JSONL, CSV or
Parquet."""

from __future__ import annotations

import argparse
import sys

from ..corpus.output import FORMATS
from ..options import BALANCED, FOCUSES
from .common import EXIT_OK, CliError
from .extras import require

# Every record has its row, but some input files were damaged (cut short, corrupt): the run
# is complete, yet a script must not take it for a clean one. 1 and 3 mean other things in
# `pressclip extract`, 2 is argparse's usage error.
EXIT_DAMAGED = 4

_DESCRIPTION = """\
Extract every page of the inputs, on every core, into one output row per input record
(status ok, empty, timeout, too_large or error, with its source keys). Inputs are WARC or WET
files (.warc.gz, .wet.gz), folders of HTML files, JSON Lines with an `html` or `text` field,
or lists of URLs (one per line, fetched politely). Rerunning the same command resumes: rows
already in the output are not redone (with --retry-failed, those that failed are). See
docs/corpus.md and docs/schema.md."""

_EPILOG = """\
examples:
  pressclip batch crawl/*.warc.gz -o articles.parquet --format parquet
  pressclip batch pages/ urls.txt -o articles.jsonl --workers 4 --time-limit 10
  pressclip batch export.jsonl.gz -o out.jsonl --progress
  pressclip batch pages/ -o articles.csv                  # CSV, guessed from the name
  pressclip batch pages/ -o articles.txt --format csv     # CSV whatever the name
  pressclip batch pages/ -o articles.jsonl --focus precision   # less furniture per page

outputs: JSONL is one file (errors in OUT.errors.jsonl); Parquet is a folder of part files
(errors in OUT/_errors.jsonl) that pyarrow, pandas, Spark and DuckDB read as one table; CSV
is one file, a header and a record per row (RFC 4180, UTF-8; errors in OUT.errors.jsonl):
empty cell = null, lists of names joined by "; " (authors, contributors, agencies), lists
of objects (quotes, entities, dates) as JSON.
exit codes: 0 done (whatever the rows' statuses), 2 bad arguments or unreadable input,
  4 done, but some input files are damaged (truncated or corrupt): each is named at the end
  and its unreadable records are error rows naming the offset (a rerun exits 4 again),
  130 interrupted by SIGINT (Ctrl-C), 143 by SIGTERM: the rows so far are kept (Parquet's
  buffer flushed), and rerunning the same command resumes
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    from ..corpus.workers import DEFAULT_MEMORY_MB, DEFAULT_TIME_LIMIT

    parser = subparsers.add_parser(
        "batch", help="extract many pages (WARC, folders, JSONL, URL lists) to JSONL, CSV or "
                      "Parquet",
        description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="output file (jsonl, csv) or folder (parquet)")
    parser.add_argument("-f", "--format", choices=FORMATS,
                        help="output format (default: parquet if OUT ends in .parquet, csv "
                             "if it ends in .csv, else jsonl)")
    parser.add_argument("--focus", choices=FOCUSES, default=BALANCED,
                        help="precision: keep only the text the model is surer of; recall: "
                             "keep doubtful text too (default: balanced)")
    parser.add_argument("-w", "--workers", type=int, default=0, metavar="N",
                        help="worker processes (default: one per core)")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                        metavar="SECONDS",
                        help=f"per page; the worker is killed and replaced past it "
                             f"(default: {DEFAULT_TIME_LIMIT:g})")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB, metavar="MB",
                        help=f"memory a worker may take for one page; 0 for no limit "
                             f"(default: {DEFAULT_MEMORY_MB})")
    parser.add_argument("--max-bytes", type=int, default=None, metavar="N",
                        help="pages larger than this are recorded too_large unread "
                             "(default: 20 MB)")
    parser.add_argument("--retry-failed", action="store_true",
                        help="on a rerun, redo the rows whose status is timeout, too_large "
                             "or error (resuming skips them otherwise)")
    parser.add_argument("--no-group", dest="group", action="store_false",
                        help="do not group syndicated copies (cluster/canonical left empty)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar on stderr (default: when stderr is a terminal)")
    parser.add_argument("--extractor", metavar="MODULE:FUNCTION",
                        help="use this function instead of pressclip.extract for HTML "
                             "(same signature)")
    parser.add_argument("--warc-reader", choices=("fastwarc", "warcio"), default="fastwarc",
                        help="WARC library (default: fastwarc, the faster one measured)")
    fetching = parser.add_argument_group("URL lists")
    fetching.add_argument("--cache", metavar="DIR", help="on-disk cache of fetched pages")
    fetching.add_argument("--per-host", type=int, default=2, metavar="N",
                          help="requests at a time to one host (default: 2)")
    fetching.add_argument("--delay", type=float, default=1.0, metavar="SECONDS",
                          help="pause between two requests to one host (default: 1)")
    fetching.add_argument("--fetch-timeout", type=float, default=20.0, metavar="SECONDS",
                          help="give up one fetch after this long (default: 20)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus.batch import (
        DEFAULT_MAX_BYTES,
        BatchConfig,
        Interrupted,
        run_batch,
        stop_on_signals,
    )
    from ..corpus.output import guess_format
    from ..corpus.sources import InputError

    if args.workers < 0 or args.time_limit <= 0:
        raise CliError("--workers must be 0 or more and --time-limit more than 0")
    config = BatchConfig(
        inputs=args.inputs, output=args.output,
        format=args.format or guess_format(args.output), workers=args.workers,
        time_limit=args.time_limit, memory_mb=args.memory_mb,
        max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, extractor=args.extractor,
        group=args.group,
        progress=sys.stderr.isatty() if args.progress is None else args.progress,
        warc_reader=args.warc_reader, retry_failed=args.retry_failed, focus=args.focus,
        fetch_options={"cache_dir": args.cache, "per_host": args.per_host,
                       "delay": args.delay, "timeout": args.fetch_timeout})
    _require_extras(config)
    try:
        with stop_on_signals():
            summary = run_batch(config)
    except Interrupted as stop:
        print(f"pressclip: interrupted: {stop.written} rows written; rerun the same command "
              "to resume", file=sys.stderr)
        return 128 + stop.signum  # as shells report a process ended by that signal
    except (InputError, OSError) as exc:
        raise CliError(str(exc)) from exc
    except (ImportError, ValueError) as exc:  # a bad --extractor, or a missing extra
        raise CliError(str(exc)) from exc
    print(f"pressclip: {summary.line()}", file=sys.stderr)
    if sum(summary.counts[s] for s in ("timeout", "too_large", "error")) or summary.damaged:
        print(f"pressclip: errors listed in {summary.errors_path}", file=sys.stderr)
    for path in summary.damaged:  # last, where a reader of the run's end sees them
        print(f"pressclip: error: {path} is damaged (truncated or corrupt); its unreadable "
              "records are error rows that name the offset", file=sys.stderr)
    return EXIT_DAMAGED if summary.damaged else EXIT_OK


def _require_extras(config) -> None:
    """Each library this run will call, checked before the first page."""
    from ..corpus.output import PARQUET
    from ..corpus.sources import InputError, expand_inputs, input_kind

    try:
        kinds = {input_kind(path) for path in expand_inputs(config.inputs)}
    except (InputError, OSError) as exc:
        raise CliError(str(exc)) from exc
    modules = ["pyarrow.parquet"] if config.format == PARQUET else []
    if "warc" in kinds:
        modules.append(config.warc_reader)
    if config.group:
        modules.append("datasketch")
    if config.progress:
        modules.append("tqdm")
    require("pressclip batch", "corpus", modules)
