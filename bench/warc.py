"""WARC benchmark of `pressclip batch`, on WARC files built here from ../shared/data pages.

Measures: the two WARC readers (FastWARC, warcio) on the same files; pages/s with 1 and 2
workers and the speed-up; peak memory per worker; WARC reading as a share of the 1-worker
run; pathological pages (a 50 MB page, deep nesting, binary data declared as HTML) mixed
in, each costing at most its time limit; a run killed in the middle (SIGKILL to the runner
and its workers) and restarted, checked for every record exactly once; the same pages
through Spark local[2] (with --spark).

    python -m bench.warc --pages 300 [--spark]
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import datasets
from pressclip.corpus.batch import BatchConfig, run_batch
from pressclip.corpus.output import read_rows
from pressclip.corpus.warc import FASTWARC, WARCIO, read_warc

SETS = ("dragnet", "l3s_gn1", "trafilatura", "cleanportaleval")
FILES = 2
TIME_LIMIT = 10.0


def build_warcs(folder: Path, pages: int) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rows = []
    for name in SETS:
        rows.extend(datasets.rows(name, split="heldout", limit=pages // len(SETS) + 1))
    rows = rows[:pages]
    paths = [str(folder / f"bench-{i}.warc.gz") for i in range(FILES)]
    for i, path in enumerate(paths):
        with open(path, "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for row in rows[i::FILES]:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    row.get("url") or f"https://bench.invalid/{row['id']}", "response",
                    payload=io.BytesIO(row["html"].encode("utf-8")), http_headers=headers))
    return paths


def pathological_warc(folder: Path) -> str:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = {
        "huge": b"<html><body>" + b"<p>Words in a paragraph of a very long page.</p>" * 1_100_000,
        "deep": b"<html><body>" + b"<div>" * 200_000 + b"deep" + b"</div>" * 200_000,
        "binary": b"<html>" + os.urandom(2_000_000),
    }
    path = str(folder / "bad.warc.gz")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for name, body in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://bench.invalid/{name}", "response", payload=io.BytesIO(body),
                http_headers=headers))
    return path


def time_readers(paths: list[str]) -> dict[str, float]:
    out = {}
    for reader in (FASTWARC, WARCIO):
        started = time.perf_counter()
        count = sum(1 for path in paths for _ in read_warc(path, reader))
        out[reader] = time.perf_counter() - started
        print(f"read {count} records with {reader}: {out[reader]:.3f} s")
    return out


def batch_speed(paths: list[str], folder: Path, workers: int) -> tuple[float, float, int]:
    out = folder / f"w{workers}.jsonl"
    summary = run_batch(BatchConfig(inputs=paths, output=str(out), workers=workers,
                                    group=False, time_limit=TIME_LIMIT))
    rate = summary.pages / summary.seconds
    print(f"{workers} worker(s): {summary.line()}; peak worker memory "
          f"{summary.peak_worker_mb:.0f} MB")
    return rate, summary.seconds, summary.pages


def pathological(folder: Path) -> None:
    path = pathological_warc(folder)
    out = folder / "bad.jsonl"
    # The size cap is lifted so that the 50 MB page meets the time limit, not the cap.
    summary = run_batch(BatchConfig(inputs=[path], output=str(out), workers=2, group=False,
                                    time_limit=TIME_LIMIT, max_bytes=100_000_000))
    for row in read_rows(str(out)):
        print(f"pathological {row['url'].rsplit('/', 1)[1]}: {row['status']} in "
              f"{row['seconds']} s ({row['error'] or ''})")
    print(f"pathological run: {summary.seconds:.1f} s for {summary.pages} pages "
          f"(time limit {TIME_LIMIT:g} s each)")


def kill_and_restart(paths: list[str], folder: Path, expected: int) -> None:
    out = folder / "killed.jsonl"
    command = [sys.executable, "-m", "pressclip.cli", "batch", *paths, "-o", str(out),
               "--no-progress", "--no-group"]
    run = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    while not out.exists() or out.read_bytes().count(b"\n") < expected // 3:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    before = out.read_bytes().count(b"\n")
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    ids = [row["id"] for row in read_rows(str(out))]
    verdict = "exactly once" if len(ids) == len(set(ids)) == expected else "WRONG"
    print(f"killed after {before} rows, restarted: {len(ids)} rows, {len(set(ids))} distinct "
          f"of {expected} records: {verdict}")


def spark_speed(paths: list[str], folder: Path) -> None:
    from pressclip.corpus.spark import SparkJob, run_spark

    started = time.perf_counter()
    count = run_spark(SparkJob(paths=paths, output=str(folder / "spark.parquet"),
                               master="local[2]", time_limit=TIME_LIMIT))
    seconds = time.perf_counter() - started
    print(f"spark local[2]: {count} rows in {seconds:.1f} s ({count / seconds:.1f} pages/s, "
          f"Spark start-up included)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--spark", action="store_true", help="also run Spark local[2]")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build_warcs(folder, args.pages)
        readers = time_readers(paths)
        one, one_seconds, pages = batch_speed(paths, folder, 1)
        two, _, _ = batch_speed(paths, folder, 2)
        print(f"speed-up with 2 workers: {two / one:.2f}x ({one:.1f} -> {two:.1f} pages/s)")
        print(f"WARC reading share of the 1-worker run: "
              f"{readers[FASTWARC] / one_seconds:.1%} (fastwarc)")
        pathological(folder)
        kill_and_restart(paths, folder, pages)
        if args.spark:
            spark_speed(paths, folder)


if __name__ == "__main__":
    main()
