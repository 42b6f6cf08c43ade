"""Batch extraction in child processes that a time limit or a memory guard can really stop.

The children are children.py's pool; this module says what a job is (an intake Page, read
and checked in the child) and dispatches a stream of tasks. When a page overruns its time
limit the parent has its child replaced, and the page is recorded as `timeout`. An
allocation past the memory guard raises MemoryError in the child, the page is recorded as
`too_large`, and the child is replaced so that its heap is given back.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from ..children import Child, ChildPool, guard, serve
from ..intake import HTML, Page
from ..options import BALANCED, Options
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


def extract_one(job: Page, extract_html: Callable[..., Any] | None,
                focus: str = BALANCED) -> Outcome:
    """Read one page through the intake (its checks, for every kind) and extract it, with
    `extract_html` in place of pressclip.extract when given; every failure is an outcome."""
    from ..intake import extract_page, read_page
    from ..record import ExtractionError

    started = time.perf_counter()
    try:
        page = read_page(job.data, job.kind, job.url, job.charset, job.reference_time)
        if page.kind == HTML and extract_html is not None:
            options = {"http_charset": page.charset} if page.charset else {}
            if focus != BALANCED:  # a replacement extractor sees only what it is asked
                options["focus"] = focus
            article = extract_html(page.data, url=page.url,
                                   reference_time=page.reference_time, **options)
        else:
            article = extract_page(page, Options(focus=focus))
        outcome = Outcome(EMPTY if article.is_empty else OK, None, article.to_dict())
    except MemoryError:
        outcome = Outcome(TOO_LARGE, "over the memory guard")
    except ExtractionError as exc:
        outcome = Outcome(ERROR, f"unreadable page: {exc}")
    except Exception as exc:  # noqa: BLE001 - any extractor bug is one page's error
        outcome = Outcome(ERROR, f"{type(exc).__name__}: {exc}")
    outcome.seconds = time.perf_counter() - started
    return outcome


def _child_main(conn: Connection, extractor: str | None, memory_mb: int,
                focus: str = BALANCED) -> None:
    guard(memory_mb)
    extract_html = resolve_extractor(extractor) if extractor else None

    def handle(job: Page) -> tuple[Outcome, bool]:
        outcome = extract_one(job, extract_html, focus)
        return outcome, outcome.status == TOO_LARGE

    serve(conn, handle)


class WorkerPool:
    """`workers` children extracting tasks; results come back in completion order."""

    def __init__(self, workers: int, extractor: str | None = None,
                 time_limit: float = DEFAULT_TIME_LIMIT, memory_mb: int = DEFAULT_MEMORY_MB,
                 focus: str = BALANCED):
        if extractor:
            resolve_extractor(extractor)  # fail here, once, not in every child
        self.time_limit = time_limit
        self._children = ChildPool(_child_main, extractor, memory_mb, focus,
                                   max_jobs=MAX_TASKS_PER_CHILD)
        self._idle = [self._children.spawn() for _ in range(max(1, workers))]
        self._busy: dict[Connection, tuple[Child, Task, float]] = {}

    @property
    def replaced(self) -> int:
        return self._children.replaced

    @property
    def peak_rss_mb(self) -> float:
        """The largest peak of any worker, read as each one ends."""
        return self._children.peak_rss_mb

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._children.close()
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
                    self._idle.append(self._children.replace(worker))
                    yield task, Outcome(TIMEOUT, f"over the {self.time_limit:g} s time limit",
                                        seconds=now - started)

    def _start(self, worker: Child, task: Task) -> None:
        job = Page(task.payload, task.kind, task.source.get("url"), task.charset,
                   task.reference_time)
        try:
            worker.conn.send(job)
        except (BrokenPipeError, OSError):  # the child died while idle: replace, retry once
            worker = self._children.replace(worker)
            worker.conn.send(job)
        self._busy[worker.conn] = (worker, task, time.monotonic())

    def _collect(self, conn: Connection) -> tuple[Task, Outcome]:
        worker, task, started = self._busy.pop(conn)
        try:
            outcome: Outcome = conn.recv()
        except (EOFError, OSError):
            how = worker.exit_text()
            self._idle.append(self._children.replace(worker))
            return task, Outcome(ERROR, f"worker process died ({how})",
                                 seconds=time.monotonic() - started)
        self._idle.append(self._children.answered(worker, outcome.status == TOO_LARGE))
        return task, outcome
