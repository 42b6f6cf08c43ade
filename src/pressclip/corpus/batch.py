"""The batch runner: inputs -> tasks -> worker children -> one row per record -> output.

Resumable: ids already in the output are skipped before any page is fetched or extracted
(rows that failed included, unless `retry_failed` removes them first to redo them).
When every record is done, syndicated copies are grouped over the whole output (its
`cluster` / `canonical` columns are filled in place) and the errors file is written from the
output, so both always agree with it.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..options import BALANCED
from . import dedup
from .output import JSONL, open_output
from .parent_memory import capped_memory, default_memory_mb
from .progress import Progress
from .schema import ERROR, OK, STATUSES, TIMEOUT, TOO_LARGE, make_row
from .sources import URL, Task, expand_inputs, iter_tasks
from .warc import DEFAULT_READER
from .workers import DEFAULT_MEMORY_MB, DEFAULT_TIME_LIMIT, WorkerPool

DEFAULT_MAX_BYTES = 20_000_000  # a page larger than this is recorded too_large unread
RETRIED = (TIMEOUT, TOO_LARGE, ERROR)  # what --retry-failed redoes
_ERROR_KEYS = ("id", "input", "record", "url", "warc_record_id", "warc_record_offset",
               "status", "error")


@dataclass
class BatchConfig:
    inputs: list[str]
    output: str
    format: str = JSONL
    workers: int = 0  # 0: every core
    time_limit: float = DEFAULT_TIME_LIMIT
    memory_mb: int = DEFAULT_MEMORY_MB
    max_bytes: int = DEFAULT_MAX_BYTES
    extractor: str | None = None  # module:function in place of pressclip.extract
    group: bool = True
    progress: bool = False
    warc_reader: str = DEFAULT_READER
    fetch_options: dict = field(default_factory=dict)
    retry_failed: bool = False  # redo the rows of RETRIED statuses that the output holds
    focus: str = BALANCED  # options.FOCUSES: the locator's threshold
    # What the main process may add while reading records (None: parent_memory's default
    # for max_bytes; 0: no cap).
    parent_memory_mb: int | None = None


@dataclass
class BatchSummary:
    counts: Counter
    already_done: int
    seconds: float
    errors_path: str
    replaced_workers: int = 0
    peak_worker_mb: float = 0.0
    clusters: int = 0
    damaged: list[str] = field(default_factory=list)  # inputs with unreadable data

    @property
    def pages(self) -> int:
        return sum(self.counts.values())

    def line(self) -> str:
        parts = ", ".join(f"{s} {self.counts[s]}" for s in STATUSES if self.counts[s])
        rate = self.pages / self.seconds if self.seconds else 0.0
        return (f"{self.pages} pages in {self.seconds:.1f} s ({rate:.1f}/s): {parts or 'none'}; "
                f"{self.already_done} already done")


def worker_count(requested: int) -> int:
    if requested > 0:
        return requested
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


class Interrupted(BaseException):
    """SIGINT or SIGTERM stopped the run (raised by the handler `stop_on_signals` installs).

    A BaseException, like KeyboardInterrupt, so that no reader's `except Exception` turns it
    into an error row. `written` is the rows this run wrote, all of them flushed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
        self.written = 0


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted in the main thread, once: a second signal while
    the output is being flushed is ignored, so that the flush completes."""
    watched = (signal.SIGINT, signal.SIGTERM)

    def handler(signum: int, frame: object) -> None:
        for number in watched:
            signal.signal(number, signal.SIG_IGN)
        raise Interrupted(signum)

    previous = {number: signal.signal(number, handler) for number in watched}
    try:
        yield
    finally:
        for number, action in previous.items():
            signal.signal(number, action)


def run_batch(config: BatchConfig) -> BatchSummary:
    paths = expand_inputs(config.inputs)
    output = open_output(config.output, config.format)
    done = output.done_ids()
    if config.retry_failed:
        done -= drop_failed(output)
    output.check_writable()  # a read-only folder fails before the first page, not after
    counts: Counter = Counter()
    started = time.monotonic()
    damaged: dict[str, None] = {}
    try:
        pool = _extract_all(config, paths, output, done, counts, damaged)
        summary = BatchSummary(counts, len(done) - sum(counts.values()),
                               time.monotonic() - started, str(output.errors_path),
                               pool.replaced, pool.peak_rss_mb, damaged=list(damaged))
        if config.group:
            summary.clusters = group_output(output)
        write_errors(output)
    except Interrupted as stop:
        stop.written = sum(counts.values())
        raise
    return summary


def drop_failed(output) -> set[str]:
    """Remove the rows of RETRIED statuses from the output, so that they are done again;
    returns their ids. A run stopped after this redoes them all the same: they are gone."""
    failed = {row["id"] for row in output.rows(["id", "status"]) if row["status"] in RETRIED}
    if failed:
        output.rewrite(lambda row: None if row["id"] in failed else row)
    return failed


def _extract_all(config: BatchConfig, paths: list, output, done: set[str], counts: Counter,
                 damaged: dict[str, None]) -> WorkerPool:
    """Every task not done yet through the pool into `output`, which is closed (flushed)
    however this ends; returns the closed pool for its counts."""
    progress = Progress(config.progress, counts, paths)
    finished = False
    tasks = (t for t in _noting_damage(iter_tasks(paths, config.warc_reader, config.max_bytes),
                                       damaged) if t.id not in done)
    tasks = _fetched(tasks, config.fetch_options)
    pool = None
    try:
        pool = WorkerPool(worker_count(config.workers), config.extractor, config.time_limit,
                          config.memory_mb, config.focus)
        memory_mb = default_memory_mb(config.max_bytes) if config.parent_memory_mb is None \
            else config.parent_memory_mb
        with capped_memory(memory_mb):  # the children have started: theirs is their own
            for task, row in task_rows(pool, tasks, config.max_bytes):
                output.write(row)
                done.add(task.id)
                counts[row["status"]] += 1
                progress.update(task)
        finished = True
    finally:
        if pool is not None:
            pool.close()  # first: no child goes on working while the rows are flushed
        output.close()
        progress.close(finished)
    return pool


def _noting_damage(tasks: Iterator[Task], damaged: dict[str, None]) -> Iterator[Task]:
    """Inputs with damaged records, noted before the resume filter so that a rerun names
    them too."""
    for task in tasks:
        if task.extra.get("damaged"):
            damaged[task.source["input"]] = None
        yield task


def _fetched(tasks: Iterator[Task], fetch_options: dict) -> Iterator[Task]:
    """URL tasks go through the polite fetcher (started only if there is one)."""
    first = next(tasks, None)
    if first is None:
        return
    from itertools import chain

    from .fetching import PoliteFetcher

    stream = chain([first], tasks)
    # Cheap: the fetcher starts no thread before its first URL task.
    yield from PoliteFetcher(**fetch_options).fetch_tasks(stream)


def task_rows(pool: WorkerPool, tasks: Iterator[Task], max_bytes: int
          ) -> Iterator[tuple[Task, dict]]:
    """Rows for tasks known bad up front are made here; the rest go to the pool."""
    ready: list[Task] = []

    def to_extract() -> Iterator[Task]:
        for task in tasks:
            if task.failure is None and task.kind != URL and len(task.payload or "") > max_bytes:
                task.failure = (TOO_LARGE, f"{len(task.payload):,} bytes, over the "
                                           f"{max_bytes:,}-byte limit")
            if task.failure is not None or task.kind == URL:
                ready.append(task)
                continue
            yield task

    for task, outcome in pool.run(to_extract()):
        while ready:
            yield _failed_row(ready.pop())
        yield task, make_row(task.source, outcome.status, outcome.error, outcome.article,
                             outcome.seconds)
    while ready:
        yield _failed_row(ready.pop())


def _failed_row(task: Task) -> tuple[Task, dict]:
    status, error = task.failure or (ERROR, "not fetched")
    return task, make_row(task.source, status, error)


def group_output(output) -> int:
    """Fill `cluster` / `canonical` over the whole output; returns the number of groups of
    two or more copies."""
    groups = dedup.group_rows(output.rows(["id", "status", "text", "date", "warc_date"]))

    def change(row: dict) -> dict:
        row["cluster"], row["canonical"] = groups.get(row["id"], (None, None))
        return row

    output.rewrite(change)
    sizes = Counter(cluster for cluster, _ in groups.values())
    return sum(1 for size in sizes.values() if size > 1)


def write_errors(output) -> None:
    """The errors file: one JSON line per row whose status is not ok or empty."""
    lines = [json.dumps({k: row.get(k) for k in _ERROR_KEYS}, ensure_ascii=False)
             for row in output.rows(list(_ERROR_KEYS))
             if row["status"] not in (OK, "empty")]
    path = output.errors_path
    if lines or path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
