"""`pressclip spark-batch`: the batch job on Apache Spark (needs the `spark` extra)."""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, CliError

_EPILOG = """\
examples:
  pressclip spark-batch crawl/*.warc.gz -o out.parquet --master 'local[*]'
  spark-submit --master yarn $(python -c 'import pressclip.cli as c; print(c.__file__)') \\
      spark-batch s3a-mounted/warc/*.warc.gz -o hdfs:///pressclip/out.parquet

The output is a Parquet folder with the schema of `pressclip batch` (docs/schema.md).
See docs/corpus.md for running on a cluster.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    from ..corpus.workers import DEFAULT_MEMORY_MB, DEFAULT_TIME_LIMIT

    parser = subparsers.add_parser(
        "spark-batch", help="extract WARC/WET files on Apache Spark into Parquet",
        description="Extract every page of WARC/WET files with Spark: one partition per "
                    "file (mapPartitions), each page in a killable worker child, Parquet out.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="WARC", help="WARC/WET paths or globs")
    parser.add_argument("-o", "--output", required=True, help="Parquet output folder")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: from "
                                         "spark-submit, else local[*])")
    parser.add_argument("--partitions", type=int, help="default: one per input file")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                        metavar="SECONDS")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB, metavar="MB")
    parser.add_argument("--extractor", metavar="MODULE:FUNCTION")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        from ..corpus.spark import SparkJob, run_spark
    except ImportError as exc:
        raise CliError(f"spark-batch needs PySpark: pip install 'pressclip[spark]' ({exc})") \
            from exc
    from ..corpus.sources import InputError, expand_inputs

    try:
        paths = [str(p) for p in expand_inputs(args.inputs)]
    except InputError as exc:
        raise CliError(str(exc)) from exc
    job = SparkJob(paths=paths, output=args.output, master=args.master,
                   partitions=args.partitions, time_limit=args.time_limit,
                   memory_mb=args.memory_mb, extractor=args.extractor,
                   mode="overwrite" if args.overwrite else "errorifexists")
    count = run_spark(job)
    print(f"pressclip: {count} rows written to {args.output}", file=sys.stderr)
    return EXIT_OK
