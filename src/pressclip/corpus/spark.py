"""The batch job on Apache Spark: `mapPartitions` over WARC paths, Parquet out.

Each partition is a few WARC/WET paths; an executor reads them with the same reader and
extracts every page in one killable worker child (corpus.workers), so the per-page time
limit and memory guard hold on a cluster too, and yields rows of the same schema
(corpus.schema) that Spark writes as Parquet. Syndicated-copy groups are a whole-corpus
pass that this job leaves out: `cluster` and `canonical` stay null (docs/corpus.md).
Paths must be readable by every executor under the same name (a shared file system).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from .batch import DEFAULT_MAX_BYTES, task_rows
from .sources import iter_tasks
from .workers import DEFAULT_MEMORY_MB, DEFAULT_TIME_LIMIT, WorkerPool


@dataclass(frozen=True)
class SparkJob:
    paths: list[str]
    output: str
    master: str | None = None  # None: whatever spark-submit was given
    partitions: int | None = None  # default: one per path
    time_limit: float = DEFAULT_TIME_LIMIT
    memory_mb: int = DEFAULT_MEMORY_MB
    max_bytes: int = DEFAULT_MAX_BYTES
    extractor: str | None = None
    mode: str = "errorifexists"  # Spark's save mode: errorifexists, overwrite


def extract_partition(paths: Iterator[str], options: dict[str, Any]) -> Iterator[dict]:
    """Rows of every record of the partition's paths (runs on an executor)."""
    tasks = iter_tasks(list(paths))
    with WorkerPool(1, options["extractor"], options["time_limit"],
                    options["memory_mb"]) as pool:
        for _, row in task_rows(pool, tasks, options["max_bytes"]):
            yield row


def spark_schema():
    """The Spark schema of a row, converted from the Parquet (Arrow) schema."""
    from pyspark.sql.pandas.types import from_arrow_schema

    from .schema import arrow_schema

    return from_arrow_schema(arrow_schema())


def run_spark(job: SparkJob) -> int:
    """Run the job; returns the number of rows written."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("pressclip-batch")
    if job.master:
        builder = builder.master(job.master)
    spark = builder.getOrCreate()
    options = {k: v for k, v in asdict(job).items()
               if k in ("extractor", "time_limit", "memory_mb", "max_bytes")}
    schema = spark_schema()
    columns = schema.fieldNames()
    paths = spark.sparkContext.parallelize(job.paths, job.partitions or len(job.paths))
    rows = paths.mapPartitions(lambda part: extract_partition(part, options)) \
                .map(lambda row: tuple(row[c] for c in columns))
    frame = spark.createDataFrame(rows, schema).cache()
    frame.write.mode(job.mode).parquet(job.output)
    count = frame.count()
    frame.unpersist()
    return count
