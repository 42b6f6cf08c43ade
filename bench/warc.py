"""WARC benchmark of `pressclip batch` and `pressclip spark-batch`, on WARC files built here
from ../shared/data pages (heldout split).

Measures: the two WARC readers (FastWARC, warcio) on the same files; pages/s with 1 and 2
workers and the speed-up; peak memory per worker; WARC reading as a share of the 1-worker
run; pathological pages (a 50 MB page, deep nesting, binary data declared as HTML) mixed
among ordinary ones, each checked to cost at most its time limit without stopping the run;
a run whose main process is killed (SIGKILL) in the middle and restarted, checked for every
record exactly once; with --spark, the same pages through Spark local[2], checked to give
the same rows as the batch run.

    python -m bench.warc --pages 300 --spark [--write]
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

from bench import datasets, report
from pressclip.corpus.batch import BatchConfig, run_batch
from pressclip.corpus.output import read_rows
from pressclip.corpus.warc import FASTWARC, WARCIO, read_warc

SETS = ("dragnet", "l3s_gn1", "trafilatura", "cleanportaleval")
FILES = 2
TIME_LIMIT = 10.0
# What a killed page may cost beyond its time limit: noticing it and replacing the worker.
KILL_SLACK = 2.0


def _response(writer, url: str, body: bytes, content_type: str = "text/html; charset=utf-8"):
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  http_headers=headers))


def load_pages(pages: int) -> list[tuple[str, bytes]]:
    rows = []
    for name in SETS:
        rows.extend(datasets.rows(name, split="heldout", limit=pages // len(SETS) + 1))
    return [(row.get("url") or f"https://bench.invalid/{row['id']}", row["html"].encode())
            for row in rows[:pages]]


def build_warcs(folder: Path, pages: list[tuple[str, bytes]]) -> list[str]:
    from warcio.warcwriter import WARCWriter

    paths = [str(folder / f"bench-{i}.warc.gz") for i in range(FILES)]
    for i, path in enumerate(paths):
        with open(path, "wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for url, body in pages[i::FILES]:
                _response(writer, url, body)
    return paths


def pathological_warc(folder: Path, ordinary: list[tuple[str, bytes]]) -> tuple[str, set[str]]:
    """Bad pages between ordinary ones; returns the path and the bad pages' URLs."""
    from warcio.warcwriter import WARCWriter

    bad = {
        "https://bench.invalid/huge": b"<html><body>"
        + b"<p>Words in a paragraph of a very long page.</p>" * 1_100_000,
        "https://bench.invalid/deep": b"<html><body>" + b"<div>" * 200_000 + b"deep"
        + b"</div>" * 200_000,
        "https://bench.invalid/binary": b"<html>" + os.urandom(2_000_000),
    }
    path = str(folder / "bad.warc.gz")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (url, body) in enumerate(bad.items()):
            _response(writer, url, body, "text/html")
            for other_url, other_body in ordinary[2 * n:2 * n + 2]:
                _response(writer, other_url, other_body)
    return path, set(bad)


def time_readers(paths: list[str]) -> dict[str, float]:
    out = {}
    for reader in (FASTWARC, WARCIO):
        next(read_warc(paths[0], reader))  # the library's import is not reading
        started = time.perf_counter()
        count = sum(1 for path in paths for _ in read_warc(path, reader))
        out[reader] = time.perf_counter() - started
        print(f"read {count} records with {reader}: {out[reader]:.3f} s", file=sys.stderr)
    return out


def batch_speed(paths: list[str], folder: Path, workers: int):
    out = folder / f"w{workers}.parquet"
    summary = run_batch(BatchConfig(inputs=paths, output=str(out), format="parquet",
                                    workers=workers, group=False, time_limit=TIME_LIMIT))
    print(f"{workers} worker(s): {summary.line()}; peak worker memory "
          f"{summary.peak_worker_mb:.0f} MB", file=sys.stderr)
    return summary, out


def pathological(folder: Path, ordinary: list[tuple[str, bytes]]) -> list[tuple[str, str]]:
    path, bad = pathological_warc(folder, ordinary)
    out = folder / "bad.jsonl"
    # The size cap is lifted so that the 50 MB page meets the time limit, not the cap.
    summary = run_batch(BatchConfig(inputs=[path], output=str(out), workers=2, group=False,
                                    time_limit=TIME_LIMIT, max_bytes=100_000_000))
    rows = list(read_rows(str(out)))
    figures = []
    for row in rows:
        if row["url"] in bad:
            seconds = row["seconds"] or 0.0  # none: refused before any extraction
            within = seconds <= TIME_LIMIT + KILL_SLACK
            figures.append((f"pathological: {row['url'].rsplit('/', 1)[1]}",
                            f"{row['status']} in {seconds:.2f} s"
                            f"{'' if within else ' — OVER ITS TIME LIMIT'}"
                            f" ({row['error'] or 'no error'})"))
    ordinary_ok = sum(1 for r in rows if r["url"] not in bad and r["status"] == "ok")
    expected = len(rows) - len(bad)
    verdict = "the run went on" if ordinary_ok == expected and len(rows) == expected + len(bad) \
        else "WRONG"
    figures.append(("pathological run", f"{summary.seconds:.1f} s for {len(bad)} bad pages "
                                         f"(time limit {TIME_LIMIT:g} s each) and {expected} "
                                         f"ordinary pages: {ordinary_ok} ok, {verdict}"))
    return figures


def _children(pid: int) -> set[int]:
    """Every descendant of a process (from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def kill_and_restart(paths: list[str], folder: Path, expected: int) -> tuple[str, str]:
    """SIGKILL to the runner's main process only, then the same command again."""
    out = folder / "killed.jsonl"
    command = [sys.executable, "-m", "pressclip.cli", "batch", *paths, "-o", str(out),
               "--no-progress", "--no-group", "--workers", "2"]
    run = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    while not out.exists() or out.read_bytes().count(b"\n") < expected // 3:
        time.sleep(0.05)
    orphans = _children(run.pid)
    run.send_signal(signal.SIGKILL)
    run.wait()
    before = out.read_bytes().count(b"\n")
    deadline = time.monotonic() + TIME_LIMIT + KILL_SLACK
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{p}") for p in orphans):
        time.sleep(0.1)
    left = sorted(p for p in orphans if os.path.exists(f"/proc/{p}"))
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    ids = [row["id"] for row in read_rows(str(out))]
    verdict = "exactly once" if len(ids) == len(set(ids)) == expected else "WRONG"
    return ("main process killed (SIGKILL) mid-run, restarted",
            f"killed after {before} rows; {len(ids)} rows, {len(set(ids))} distinct of "
            f"{expected} records: {verdict}; workers left running after "
            f"{TIME_LIMIT + KILL_SLACK:g} s: {len(left)}")


def spark_speed(paths: list[str], folder: Path, batch_out: Path) -> list[tuple[str, str]]:
    import pyarrow.parquet as pq

    from pressclip.corpus.spark import SparkJob, run_spark, session

    started = time.perf_counter()
    session("local[2]")
    start_up = time.perf_counter() - started
    # A first, one-page job pays what every job pays (Python workers, a worker child with
    # pressclip loaded per partition, JVM warm-up, the Parquet commit); a cluster job pays
    # it once for thousands of files, so the throughput below leaves it out.
    from warcio.warcwriter import WARCWriter

    tiny = folder / "tiny.warc.gz"
    with open(tiny, "wb") as fh:
        _response(WARCWriter(fh, gzip=True), "https://bench.invalid/tiny",
                  b"<html><body><p>One page.</p></body></html>")
    started = time.perf_counter()
    run_spark(SparkJob(paths=[str(tiny)], output=str(folder / "tiny.parquet"),
                       master="local[2]", group=False))
    fixed = time.perf_counter() - started
    out = folder / "spark.parquet"
    started = time.perf_counter()
    count = run_spark(SparkJob(paths=paths, output=str(out), master="local[2]",
                               time_limit=TIME_LIMIT, group=False))
    seconds = time.perf_counter() - started
    key = ["id", "status", "text"]
    same = sorted(map(str, pq.read_table(out, columns=key).to_pylist())) == \
        sorted(map(str, pq.read_table(batch_out, columns=key).to_pylist()))
    print(f"spark local[2]: {count} rows in {seconds:.1f} s after a {start_up:.1f} s start "
          f"and a {fixed:.1f} s one-page job", file=sys.stderr)
    return [("Spark local[2] (2 WARC files = 2 partitions)",
             f"{count / seconds:.1f} pages/s ({count} rows in {seconds:.1f} s); rows "
             f"{'the same as' if same else 'DIFFERENT FROM'} pressclip batch"),
            ("Spark fixed costs, not in the pages/s above",
             f"session start {start_up:.1f} s; a one-page job {fixed:.1f} s")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--spark", action="store_true", help="also run Spark local[2]")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    pages = load_pages(args.pages)
    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build_warcs(folder, pages)
        readers = time_readers(paths)
        figures.append(("FastWARC / warcio: full read of the files",
                        f"{readers[FASTWARC]:.3f} s / {readers[WARCIO]:.3f} s"))
        # The forkserver (models loaded, children.py) starts once per process: started
        # here, untimed, so that the 1-worker run does not pay for it and the 2-worker
        # run reuse it.
        from pressclip.corpus.workers import WorkerPool

        WorkerPool(1).close()
        one, one_out = batch_speed(paths, folder, 1)
        two, _ = batch_speed(paths, folder, 2)
        rate_one, rate_two = one.pages / one.seconds, two.pages / two.seconds
        figures += [
            ("pressclip batch, 1 worker", f"{rate_one:.1f} pages/s ({one.line()})"),
            ("pressclip batch, 2 workers", f"{rate_two:.1f} pages/s "
                                           f"({rate_two / rate_one:.2f}x)"),
            ("peak memory per worker (VmHWM)",
             f"{one.peak_worker_mb:.0f} MB (1 worker), {two.peak_worker_mb:.0f} MB (2 workers)"),
            ("WARC reading (FastWARC) as a share of the 1-worker run",
             f"{readers[FASTWARC] / one.seconds:.1%}"),
        ]
        if args.spark:
            figures += spark_speed(paths, folder, one_out)
        figures += pathological(folder, pages)
        figures.append(kill_and_restart(paths, folder, len(pages)))
    body = (report.header("Corpus scale (pressclip batch and spark-batch, WARC)")
            + f"\n{len(pages)} heldout pages of {', '.join(SETS)} in {FILES} WARC files built "
            f"with warcio; every run with a {TIME_LIMIT:g} s time limit per page.\n\n"
            + report.table(["measure", "figure"], figures))
    print(body)
    if args.write:
        report.write_section("warc", body)


if __name__ == "__main__":
    main()
