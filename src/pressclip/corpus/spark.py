"""The batch job on Apache Spark: `mapPartitions` over WARC paths, Parquet out.

Each partition is a few WARC/WET paths or URLs; an executor reads them (a URL is first
downloaded to its local disk, corpus.remote) with the same reader and extracts every page in
one killable worker child (corpus.workers), so the per-page time limit and memory guard hold
on a cluster too, and yields rows of the same schema (corpus.schema). Syndicated copies are
then grouped over the whole output with the code of `pressclip batch` (corpus.spark_group),
and Spark writes the rows as Parquet.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from .batch import DEFAULT_MAX_BYTES, task_rows
from .dedup import THRESHOLD
from .remote import local_copy
from .sources import warc_tasks
from .workers import DEFAULT_MEMORY_MB, DEFAULT_TIME_LIMIT, WorkerPool

_WORKER_OPTIONS = ("extractor", "time_limit", "memory_mb", "max_bytes")


@dataclass(frozen=True)
class SparkJob:
    paths: list[str]  # local/shared paths or http(s) URLs of WARC/WET files
    output: str
    master: str | None = None  # None: whatever spark-submit was given, else local[*]
    partitions: int | None = None  # default: one per path
    time_limit: float = DEFAULT_TIME_LIMIT
    memory_mb: int = DEFAULT_MEMORY_MB
    max_bytes: int = DEFAULT_MAX_BYTES
    extractor: str | None = None
    group: bool = True
    threshold: float = THRESHOLD
    mode: str = "errorifexists"  # Spark's save mode: errorifexists, overwrite


def extract_partition(paths: Iterator[str], options: dict[str, Any]) -> Iterator[dict]:
    """Rows of every record of the partition's paths (runs on an executor)."""
    with WorkerPool(1, options["extractor"], options["time_limit"],
                    options["memory_mb"]) as pool:
        for path in paths:
            with local_copy(path) as local:
                tasks = warc_tasks(local, name=path)
                for _, row in task_rows(pool, tasks, options["max_bytes"]):
                    yield row


def spark_schema():
    """The Spark schema of a row, converted from the Parquet (Arrow) schema."""
    from pyspark.sql.pandas.types import from_arrow_schema

    from .schema import arrow_schema

    return from_arrow_schema(arrow_schema())


def session(master: str | None):  # -> pyspark.sql.SparkSession
    """The Spark session of a job. In local mode, executors run this very Python (PySpark
    would start `python3` from PATH, which may lack pressclip) and Spark listens on the
    loopback interface only."""
    from pyspark import SparkConf, SparkContext
    from pyspark.sql import SparkSession

    # Start (or, under spark-submit, reach) the JVM first: only then does SparkConf see the
    # master that spark-submit was given.
    SparkContext._ensure_initialized()
    conf = SparkConf()
    if master:
        conf.setMaster(master)
    if conf.get("spark.master", "local[*]").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        conf.setIfMissing("spark.driver.host", "127.0.0.1")
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1")
    conf.setIfMissing("spark.master", "local[*]")
    return SparkSession.builder.appName("pressclip-batch").config(conf=conf).getOrCreate()


def run_spark(job: SparkJob) -> int:
    """Run the job; returns the number of rows written."""
    spark = session(job.master)
    options = {k: v for k, v in asdict(job).items() if k in _WORKER_OPTIONS}
    schema = spark_schema()
    columns = schema.fieldNames()
    paths = spark.sparkContext.parallelize(job.paths, job.partitions or len(job.paths))
    rows = paths.mapPartitions(lambda part: extract_partition(part, options)) \
                .map(lambda row: tuple(row[c] for c in columns))
    frame = spark.createDataFrame(rows, schema)
    if job.group:
        from .spark_group import with_groups

        frame = frame.cache()  # read twice (groups, then the output): extracted once
        frame = with_groups(frame, job.threshold)
    frame.write.mode(job.mode).parquet(job.output)
    return spark.read.parquet(job.output).count()
