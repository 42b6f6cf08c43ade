"""Interrupting `pressclip batch` with a real signal: the rows so far are kept (Parquet's
buffer included), the exit code says which signal, the message says how to resume, and no
process prints a traceback."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from pressclip.corpus.output import read_rows  # noqa: E402

HERE = Path(__file__).resolve().parent


def _pages(path: Path, pidfile: Path, before_hang: int = 10, after: int = 10) -> int:
    """JSON Lines of small articles with, after `before_hang` of them, one page that hangs
    (its worker writes `pidfile` first: the sign that the run is halfway)."""
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(before_hang + after):
            if n == before_hang:
                fh.write(json.dumps({"id": "hang", "html":
                                     f"<html><body>HANG:{pidfile}</body></html>"}) + "\n")
            body = "".join(f"<p>The ferry line {n} reopened after a storm had closed the "
                           f"harbour for three days, part {i}.</p>" for i in range(3))
            fh.write(json.dumps({"id": f"p{n}", "url": f"https://ferry.example/{n}",
                                 "html": f"<html><body><article><h1>Ferry {n}</h1>{body}"
                                         "</article></body></html>"}) + "\n")
    return before_hang + after + 1


@pytest.mark.parametrize(("signum", "code", "output"),
                         [(signal.SIGTERM, 143, "out.parquet"), (signal.SIGINT, 130, "out.parquet"),
                          (signal.SIGINT, 130, "out.csv")],
                         ids=["SIGTERM", "SIGINT", "SIGINT-csv"])
def test_a_signal_keeps_the_rows_so_far_and_the_rerun_resumes(tmp_path: Path, signum: int,
                                                              code: int, output: str) -> None:
    pidfile = tmp_path / "hanging.pid"
    total = _pages(tmp_path / "pages.jsonl", pidfile)
    out = tmp_path / output
    command = [sys.executable, "-m", "pressclip.cli", "batch", str(tmp_path / "pages.jsonl"),
               "-o", str(out), "--workers", "2", "--no-progress", "--time-limit", "60",
               "--extractor", "test_corpus_batch:slow_extract"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])}
    # A session of its own, so that SIGINT goes to the whole group as Ctrl-C sends it
    # (workers included), and SIGTERM to the main process only, as `kill` sends it.
    run = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not pidfile.exists():
        time.sleep(0.05)
    assert pidfile.exists(), "the run never reached its hanging page"
    time.sleep(0.5)  # the other worker goes on with the pages after it
    if signum == signal.SIGINT:
        os.killpg(run.pid, signum)
    else:
        run.send_signal(signum)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == code, stderr
    assert "Traceback" not in stderr and "Error" not in stderr, stderr
    kept = list(read_rows(str(out)))
    assert f"interrupted: {len(kept)} rows written; rerun the same command to resume" in stderr
    assert 8 <= len(kept) < total  # written before the hang, flushed although under 2,000
    hanging = int(pidfile.read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and os.path.exists(f"/proc/{hanging}"):
        time.sleep(0.05)
    assert not os.path.exists(f"/proc/{hanging}"), "a worker outlived its interrupted run"
    command[command.index("--time-limit") + 1] = "2"
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    rows = list(read_rows(str(out)))
    assert len(rows) == len({row["id"] for row in rows}) == total
    assert f"{total - len(kept)} pages" in rerun.stderr
    if out.suffix == ".csv":
        # No record cut by the interrupt is left: Python's own strict reader agrees.
        with open(out, encoding="utf-8", newline="") as fh:
            records = list(csv.DictReader(fh, strict=True))
        assert [r["id"] for r in records] == [row["id"] for row in rows]


def test_an_interrupted_url_batch_stops_at_once(tmp_path: Path) -> None:
    """A URL list half of whose pages drip their headers for the whole --fetch-timeout:
    Ctrl-C ends the run within seconds, not after the pending fetches' deadlines; the rows
    written are kept, and the rerun fetches the rest, each page once."""
    from tests.loopback import dripping_headers, route_table, serving

    article = ("<html><body><article><h1>Ferry</h1>" + "<p>The ferry line reopened after "
               "a storm had closed the harbour for three days.</p>" * 3
               + "</article></body></html>").encode()
    good = route_table({"/robots.txt": (404, {}, b""),
                        "/page*": (200, {"Content-Type": "text/html"}, article)})
    with serving(good) as base, dripping_headers() as dripping:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{base}/page{n}\n{dripping}{n}\n" for n in range(6)))
        out = tmp_path / "out.jsonl"
        command = [sys.executable, "-m", "pressclip.cli", "batch", str(urls), "-o", str(out),
                   "--workers", "1", "--no-progress", "--delay", "0", "--per-host", "6",
                   "--fetch-timeout", "120"]
        run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and \
                (not out.exists() or out.read_text().count("\n") < 6):
            time.sleep(0.1)
        time.sleep(0.5)
        interrupted = time.monotonic()
        os.killpg(run.pid, signal.SIGINT)
        _, stderr = run.communicate(timeout=60)
        took = time.monotonic() - interrupted
        assert run.returncode == 130, stderr
        assert took < 10, f"the interrupted run took {took:.0f} s to end"
        assert "Traceback" not in stderr, stderr
        kept = list(read_rows(str(out)))
        assert sorted(row["url"] for row in kept) == sorted(f"{base}/page{n}" for n in range(6))
        command[command.index("--fetch-timeout") + 1] = "1"
        rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
        rows = list(read_rows(str(out)))
        assert len(rows) == len({row["id"] for row in rows}) == 12, rerun.stderr
