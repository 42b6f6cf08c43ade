"""Syndicated-copy groups on Spark: the `cluster` / `canonical` columns of a row DataFrame.

The same groups as `pressclip batch` (corpus.dedup: same signatures, LSH bands, similarity
check and canonical order), computed where the rows are:
1. executors: the MinHash signature of every ok body with enough words;
2. executors: one (band, band values) key per signature band; bodies sharing a key are
   candidates, and each candidate pair is checked against the threshold on executors;
3. driver: union-find over the checked pairs only (copies, not the whole corpus), each
   group's canonical copy by dedup.order_key, carried along with the pairs;
4. the (id, cluster, canonical) of grouped rows joined back; any other ok row is its own
   group, other rows have neither.
The driver holds about 100 bytes per row that has a copy; the shuffle carries each
signature once per band (a few hundred bytes per row).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from . import dedup
from .schema import OK


def _signatures(rows: Iterator[Any], num_perm: int) -> Iterator[tuple]:
    for row in rows:
        values = dedup.signature(row["text"], num_perm)
        if values is not None:
            yield row["id"], values.tobytes(), dedup.order_key(row["id"], row["date"],
                                                                row["warc_date"])


def _band_keys(item: tuple, ranges: list[tuple[int, int]], itemsize: int) -> Iterator[tuple]:
    key, values, order = item
    for number, (start, end) in enumerate(ranges):
        yield (number, values[start * itemsize:end * itemsize]), (key, values, order)


def _checked_pairs(members: Any, threshold: float, dtype: str) -> Iterator[tuple]:
    import numpy as np

    unique = {key: (np.frombuffer(values, dtype=dtype), order)
              for key, values, order in members}
    for a, b in combinations(sorted(unique), 2):
        if dedup.similarity(unique[a][0], unique[b][0]) >= threshold:
            yield (a, unique[a][1]), (b, unique[b][1])


def copy_groups(frame: Any, threshold: float = dedup.THRESHOLD,
                num_perm: int = dedup.NUM_PERM) -> dict[str, tuple[str, bool]]:
    """id -> (cluster, canonical) for the rows that have at least one copy."""
    probe = dedup.signature(" ".join(["word"] * dedup.MIN_WORDS), num_perm)
    dtype, itemsize = probe.dtype.str, probe.dtype.itemsize
    ranges = dedup.band_ranges(threshold, num_perm)
    ok = frame.where(frame["status"] == OK).select("id", "text", "date", "warc_date").rdd
    pairs = (ok.mapPartitions(lambda rows: _signatures(rows, num_perm))
             .flatMap(lambda item: _band_keys(item, ranges, itemsize))
             .groupByKey()
             .flatMap(lambda bucket: _checked_pairs(bucket[1], threshold, dtype))
             .distinct()
             .collect())
    parent: dict[str, str] = {}
    order: dict[str, tuple] = {}

    def find(key: str) -> str:
        root = key
        while parent[root] != root:
            root = parent[root]
        while parent[key] != root:
            parent[key], key = root, parent[key]
        return root

    for (a, order_a), (b, order_b) in pairs:
        for key, when in ((a, order_a), (b, order_b)):
            parent.setdefault(key, key)
            order[key] = when
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    members: dict[str, list[str]] = {}
    for key in parent:
        members.setdefault(find(key), []).append(key)
    groups: dict[str, tuple[str, bool]] = {}
    for group in members.values():
        canonical = min(group, key=order.__getitem__)
        for key in group:
            groups[key] = (canonical, key == canonical)
    return groups


def with_groups(frame: Any, threshold: float = dedup.THRESHOLD) -> Any:
    """The frame with `cluster` / `canonical` filled as `pressclip batch` fills them."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import BooleanType, StringType, StructField, StructType

    spark = frame.sparkSession
    groups = copy_groups(frame, threshold)
    schema = StructType([StructField("id", StringType(), False),
                         StructField("_cluster", StringType(), True),
                         StructField("_canonical", BooleanType(), True)])
    found = spark.createDataFrame([(k, c, m) for k, (c, m) in groups.items()], schema)
    is_ok = F.col("status") == F.lit(OK)
    joined = frame.drop("cluster", "canonical").join(found, on="id", how="left")
    cluster = F.coalesce(F.col("_cluster"), F.when(is_ok, F.col("id"))).alias("cluster")
    canonical = F.coalesce(F.col("_canonical"), F.when(is_ok, F.lit(True))).alias("canonical")
    columns = [cluster if c == "cluster" else canonical if c == "canonical" else F.col(c)
               for c in frame.columns]
    return joined.select(*columns)
