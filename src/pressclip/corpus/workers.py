"""Batch extraction in child processes that a time limit or a memory guard can really stop.

Each worker is a killable child (children.py); when a page overruns its time limit the
parent kills that child and starts a fresh one, and the page is recorded as `timeout`.
An allocation past the memory guard raises MemoryError in the child, the page is recorded
as `too_large`, and the child is replaced so that its heap is given back.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from ..children import Child, guard
from .schema import EMPTY, ERROR, OK, TIMEOUT, TOO_LARGE
from .sources import Task

DEFAULT_TIME_LIMIT = 30.0  # seconds per page
DEFAULT_MEMORY_MB = 2048  # address space a worker may add to what it holds at start
# A child is replaced after this many pages, bounding slow growth of its heap.
MAX_TASKS_PER_CHILD = 2000


@dataclass(slots=True)
class Outcome:
    status: str
    error: str | None = None
    article: dict[str, Any] | None = None
    seconds: float | None = None


def resolve_extractor(path: str) -> Callable[..., Any]:
    """`package.module:function` -> the function (the extractor a batch may be given)."""
    module_name, _, attribute = path.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"extractor must be written module:function, not {path!r}")
    return getattr(importlib.import_module(module_name), attribute)


def extract_one(kind: str, payload: bytes | str, url: str | None, reference, charset,
                extract_html: Callable[..., Any] | None) -> Outcome:
    """Read one page through the intake (its checks, for every kind) and extract it, with
    `extract_html` in place of pressclip.extract when given; every failure is an outcome."""
    from ..intake import HTML, extract_page, read_page
    from ..record import ExtractionError

    started = time.perf_counter()
    try:
        page = read_page(payload, kind, url, charset, reference)
        if kind == HTML and extract_html is not None:
            options = {"http_charset": charset} if charset else {}
            article = extract_html(payload, url=url, reference_time=reference, **options)
        else:
            article = extract_page(page)
        outcome = Outcome(EMPTY if article.is_empty else OK, None, article.to_dict())
    except MemoryError:
        outcome = Outcome(TOO_LARGE, "over the memory guard")
    except ExtractionError as exc:
        outcome = Outcome(ERROR, f"unreadable page: {exc}")
    except Exception as exc:  # noqa: BLE001 - any extractor bug is one page's error
        outcome = Outcome(ERROR, f"{type(exc).__name__}: {exc}")
    outcome.seconds = time.perf_counter() - started
    return outcome


def _child_main(conn: Connection, extractor: str | None, memory_mb: int) -> None:
    guard(memory_mb)
    extract_html = resolve_extractor(extractor) if extractor else None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        outcome = extract_one(*message, extract_html)
        conn.send((outcome.status, outcome.error, outcome.article, outcome.seconds))
        if outcome.status == TOO_LARGE:
            return  # the parent replaces us: a heap that hit the guard is not reused


class WorkerPool:
    """`workers` children extracting tasks; results come back in completion order."""

    def __init__(self, workers: int, extractor: str | None = None,
                 time_limit: float = DEFAULT_TIME_LIMIT, memory_mb: int = DEFAULT_MEMORY_MB):
        if extractor:
            resolve_extractor(extractor)  # fail here, once, not in every child
        self.time_limit = time_limit
        self._extractor = extractor
        self._memory_mb = memory_mb
        self._idle = [self._spawn() for _ in range(max(1, workers))]
        self._busy: dict[Connection, tuple[Child, Task, float]] = {}
        self.replaced = 0
        self.peak_rss_mb = 0.0  # the largest peak of any worker, read as each one ends

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._idle + [w for w, _, _ in self._busy.values()]:
            self.peak_rss_mb = max(self.peak_rss_mb, worker.peak_rss_mb())
            worker.kill()
        self._idle, self._busy = [], {}

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, Outcome]]:
        pending = iter(tasks)
        exhausted = False
        while True:
            while self._idle and not exhausted:
                task = next(pending, None)
                if task is None:
                    exhausted = True
                    break
                self._start(self._idle.pop(), task)
            if not self._busy:
                return
            oldest = min(started for _, _, started in self._busy.values())
            timeout = max(0.0, oldest + self.time_limit - time.monotonic())
            for conn in wait(list(self._busy), timeout):
                yield self._collect(conn)
            now = time.monotonic()
            for conn, (worker, task, started) in list(self._busy.items()):
                if now - started >= self.time_limit:
                    del self._busy[conn]
                    self._replace(worker)
                    yield task, Outcome(TIMEOUT, f"over the {self.time_limit:g} s time limit",
                                        seconds=now - started)

    def _spawn(self) -> Child:
        return Child(_child_main, self._extractor, self._memory_mb)

    def _replace(self, worker: Child) -> None:
        self.peak_rss_mb = max(self.peak_rss_mb, worker.peak_rss_mb())
        worker.kill()
        self.replaced += 1
        self._idle.append(self._spawn())

    def _start(self, worker: Child, task: Task) -> None:
        message = (task.kind, task.payload, task.source.get("url"), task.reference_time,
                   task.charset)
        try:
            worker.conn.send(message)
        except (BrokenPipeError, OSError):  # the child died while idle: replace, retry once
            self._replace(worker)
            worker = self._idle.pop()
            worker.conn.send(message)
        self._busy[worker.conn] = (worker, task, time.monotonic())

    def _collect(self, conn: Connection) -> tuple[Task, Outcome]:
        worker, task, started = self._busy.pop(conn)
        try:
            status, error, article, seconds = conn.recv()
        except (EOFError, OSError):
            worker.process.join(1.0)
            code = worker.process.exitcode
            self._replace(worker)
            how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            return task, Outcome(ERROR, f"worker process died ({how})",
                                 seconds=time.monotonic() - started)
        worker.done += 1
        if status == TOO_LARGE or worker.done >= MAX_TASKS_PER_CHILD:
            self._replace(worker)
        else:
            self._idle.append(worker)
        return task, Outcome(status, error, article, seconds)
