"""The Spark job in local[2] mode: same rows, same Parquet schema as `pressclip batch`.
Runs in CI (.ci/run installs Java); takes about a minute, most of it Spark starting."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")
if shutil.which("java") is None:
    pytest.skip("no Java runtime: Spark cannot start (.ci/run installs one)",
                allow_module_level=True)

from test_corpus_batch import page, write_warc  # noqa: E402

from pressclip.corpus.batch import BatchConfig, run_batch  # noqa: E402
from pressclip.corpus.schema import arrow_schema  # noqa: E402
from pressclip.corpus.spark import SparkJob, run_spark  # noqa: E402


def test_spark_local_matches_batch(tmp_path):
    warcs = []
    for part in range(3):
        path = tmp_path / f"part{part}.warc.gz"
        write_warc(path, [(f"https://news.example/{part}/{n}", page(10 * part + n).encode(),
                           "text/html") for n in range(3)])
        warcs.append(str(path))
    out = tmp_path / "spark.parquet"
    assert run_spark(SparkJob(paths=warcs, output=str(out), master="local[2]")) == 9
    table = pq.read_table(out)
    assert table.schema.equals(arrow_schema(), check_metadata=False)
    run_batch(BatchConfig(inputs=warcs, output=str(tmp_path / "b.parquet"), format="parquet",
                          workers=1, group=False))
    local = pq.read_table(tmp_path / "b.parquet")
    key = ["warc_record_id", "status", "title", "text", "warc_record_offset",
           "warc_record_length"]
    assert sorted(table.select(key).to_pylist(), key=str) == \
        sorted(local.select(key).to_pylist(), key=str)
