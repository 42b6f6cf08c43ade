"""The Spark job in local[2] mode gives the rows of `pressclip batch`: same Parquet schema, same
records and statuses, same syndicated-copy groups, one WARC read from a URL (a loopback
server) as on a cluster. Runs in CI (.ci/run installs Java); one short Spark job, most of its
time is Spark starting."""

from __future__ import annotations

import http.server
import os
import random
import shutil
from functools import partial

import pytest
from loopback import serving

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")
if shutil.which("java") is None:
    pytest.skip("no Java runtime: Spark cannot start (.ci/run installs one)",
                allow_module_level=True)

from test_corpus_batch import write_warc  # noqa: E402

from pressclip.corpus.batch import BatchConfig, run_batch  # noqa: E402
from pressclip.corpus.schema import arrow_schema  # noqa: E402
from pressclip.corpus.spark import SparkJob, run_spark  # noqa: E402

_WORDS = ("council budget school road river bridge hospital teacher farmer market train "
          "station election mayor minister harbour festival museum library storm flood drought "
          "harvest factory worker union strike court judge police fire village city valley "
          "mountain forest coast island airport ferry tunnel energy price wage tax rent housing "
          "health doctor nurse patient student exam science research water power wind").split()
CC_KEY = "crawl-data/CC-MAIN-2024-10/segments/1/warc/CC-MAIN-test-00001.warc.gz"


def story(seed: int, site: str, published: str | None = None) -> bytes:
    """A page of story `seed` as site `site` shows it: same paragraphs, its own chrome."""
    rnd = random.Random(seed)
    paragraphs = "".join("<p>" + " ".join(rnd.choice(_WORDS) for _ in range(45)) + ".</p>"
                         for _ in range(4))
    meta = f"<meta property='article:published_time' content='{published}'>" if published else ""
    return (f"<!DOCTYPE html><html lang='en'><head><title>Story {seed} | {site}</title>{meta}"
            f"</head><body><nav><a href='/'>{site} home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Story {seed}</h1><p>By the staff of {site}.</p>{paragraphs}"
            f"</article><footer>Contact {site}</footer></body></html>").encode()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The same three WARC files through Spark (one by URL) and through pressclip batch."""
    tmp = tmp_path_factory.mktemp("spark")
    served = tmp / "served" / CC_KEY
    served.parent.mkdir(parents=True)
    files = {
        tmp / "a.warc.gz": [("https://a.example/1", story(1, "a", "2024-03-02"), "text/html"),
                            ("https://a.example/2", story(2, "a"), "text/html"),
                            ("https://a.example/bin", b"<html>" + os.urandom(4000),
                             "text/html")],
        tmp / "b.warc.gz": [("https://b.example/1", story(1, "b", "2024-03-01"), "text/html"),
                            ("https://b.example/3", story(3, "b"), "text/html"),
                            ("https://b.example/empty", b"<html><body></body></html>",
                             "text/html")],
        served: [("https://c.example/3", story(3, "c"), "text/html"),
                 ("https://c.example/4", story(4, "c"), "text/html")],
    }
    for path, pages in files.items():
        write_warc(path, pages)
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp / "served"))
    handler.log_message = lambda *args: None
    with serving(handler) as base:
        url = f"{base}/{CC_KEY}"
        count = run_spark(SparkJob(paths=[str(tmp / "a.warc.gz"), str(tmp / "b.warc.gz"), url],
                                   output=str(tmp / "spark.parquet"), master="local[2]"))
    run_batch(BatchConfig(inputs=[str(p) for p in files], output=str(tmp / "batch.parquet"),
                          format="parquet", workers=2))
    return count, tmp / "spark.parquet", tmp / "batch.parquet", url


def test_same_schema_and_rows_as_batch(outputs):
    count, spark_out, batch_out, url = outputs
    spark, batch = pq.read_table(spark_out), pq.read_table(batch_out)
    assert count == spark.num_rows == batch.num_rows == 8
    assert spark.schema.equals(arrow_schema(), check_metadata=False)
    # `input` and `warc_filename` name the file as each run was given it; `seconds` varies.
    same = [c for c in arrow_schema().names if c not in ("input", "warc_filename", "seconds")]
    key = lambda row: row["id"]  # noqa: E731
    assert sorted(spark.select(same).to_pylist(), key=key) == \
        sorted(batch.select(same).to_pylist(), key=key)
    by_url = {r["url"]: r for r in spark.to_pylist()}
    assert by_url["https://c.example/3"]["input"] == url
    assert by_url["https://c.example/3"]["warc_filename"] == CC_KEY  # joins the cc-index
    assert by_url["https://a.example/bin"]["status"] == "error"
    assert by_url["https://b.example/empty"]["status"] == "empty"


def test_copies_are_grouped_as_batch_groups_them(outputs):
    _, spark_out, _, _ = outputs
    rows = {r["url"]: r for r in pq.read_table(spark_out).to_pylist()}
    first_b, first_a = rows["https://b.example/1"], rows["https://a.example/1"]
    # Story 1 on two sites: the earlier-dated copy (b) is the canonical one.
    assert first_a["cluster"] == first_b["cluster"] == first_b["id"]
    assert first_b["canonical"] is True and first_a["canonical"] is False
    # Story 3 across a local file and a downloaded one; stories 2 and 4 stand alone.
    assert rows["https://b.example/3"]["cluster"] == rows["https://c.example/3"]["cluster"]
    for alone in ("https://a.example/2", "https://c.example/4"):
        assert (rows[alone]["cluster"], rows[alone]["canonical"]) == (rows[alone]["id"], True)
    # Rows without an article body belong to no group.
    for failed in ("https://a.example/bin", "https://b.example/empty"):
        assert rows[failed]["cluster"] is None and rows[failed]["canonical"] is None
