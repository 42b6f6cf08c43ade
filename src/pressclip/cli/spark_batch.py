"""`pressclip spark-batch`: the batch job on Apache Spark (needs the `spark` extra)."""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, CliError
from .extras import require

_EPILOG = """\
examples:
  pressclip spark-batch crawl/*.warc.gz -o out.parquet --master 'local[*]'
  spark-submit --master yarn "$(python -m pressclip.cli.spark_submit)" \\
      --paths-from warc.paths.gz --base-url https://data.commoncrawl.org/ \\
      -o hdfs:///pressclip/out.parquet

The output is a Parquet folder with the schema of `pressclip batch` (docs/schema.md),
syndicated copies grouped. See docs/corpus.md for running on a cluster.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    from ..corpus.workers import DEFAULT_MEMORY_MB, DEFAULT_TIME_LIMIT

    parser = subparsers.add_parser(
        "spark-batch", help="extract WARC/WET files on Apache Spark into Parquet",
        description="Extract every page of WARC/WET files with Spark: one partition per "
                    "file (mapPartitions), each page in a killable worker child, Parquet out.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", metavar="WARC",
                        help="WARC/WET paths, globs or http(s) URLs")
    parser.add_argument("--paths-from", metavar="LISTING",
                        help="also every path listed in this file (one a line, gzipped or not), "
                             "e.g. a Common Crawl warc.paths.gz")
    parser.add_argument("--base-url", default="", metavar="PREFIX",
                        help="put before each listed path, e.g. https://data.commoncrawl.org/ "
                             "or a mount point such as /mnt/commoncrawl/")
    parser.add_argument("-o", "--output", required=True, help="Parquet output folder")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: from "
                                         "spark-submit, else local[*])")
    parser.add_argument("--partitions", type=int, help="default: one per input file")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                        metavar="SECONDS")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB, metavar="MB")
    parser.add_argument("--extractor", metavar="MODULE:FUNCTION")
    parser.add_argument("--no-group", dest="group", action="store_false",
                        help="do not group syndicated copies (cluster/canonical left empty)")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    modules = ["pyspark.sql", "fastwarc", "pyarrow.parquet"]
    require("pressclip spark-batch", "spark", modules + ["datasketch"] * args.group)
    from ..corpus.remote import is_url, read_paths
    from ..corpus.sources import InputError, expand_inputs

    try:
        paths = [str(p) for p in expand_inputs([i for i in args.inputs if not is_url(i)])]
        paths += [i for i in args.inputs if is_url(i)]
        if args.paths_from:
            paths += read_paths(args.paths_from, args.base_url)
    except (InputError, OSError) as exc:
        raise CliError(str(exc)) from exc
    if not paths:
        raise CliError("no input: give WARC paths or URLs, or --paths-from")
    from ..corpus.spark import SparkJob, run_spark

    job = SparkJob(paths=paths, output=args.output, master=args.master,
                   partitions=args.partitions, time_limit=args.time_limit,
                   memory_mb=args.memory_mb, extractor=args.extractor, group=args.group,
                   mode="overwrite" if args.overwrite else "errorifexists")
    count = run_spark(job)
    print(f"pressclip: {count} rows written to {args.output}", file=sys.stderr)
    return EXIT_OK
