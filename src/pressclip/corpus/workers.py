"""Extraction in child processes that a time limit or a memory guard can really stop.

A pool's `map(timeout=...)` only stops *waiting*: the worker goes on burning its core. Here
each worker is a child process with its own pipe; when a page overruns its time limit the
parent kills that child and starts a fresh one, and the page is recorded as `timeout`.
The memory guard is an address-space limit set inside each child (RLIMIT_AS): an
allocation past it raises MemoryError there, the page is recorded as `too_large`, and the
child is replaced so that its heap is given back.

Children come from a forkserver with pressclip preloaded: a replacement starts in
milliseconds, and no child is forked from a parent that runs fetch threads.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing as mp
import os
import resource
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from .schema import EMPTY, ERROR, OK, TIMEOUT, TOO_LARGE
from .sources import TEXT, Task

DEFAULT_TIME_LIMIT = 30.0  # seconds per page
DEFAULT_MEMORY_MB = 2048  # address space a worker may add to what it holds at start
# A child is replaced after this many pages, bounding slow growth of its heap.
MAX_TASKS_PER_CHILD = 2000
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_MP = mp.get_context("forkserver")
_MP.set_forkserver_preload(["pressclip"])


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
                extract_html: Callable[..., Any], extract_text: Callable[..., Any]) -> Outcome:
    """Run one page through the extractor, turning every failure into an outcome."""
    from ..record import ExtractionError

    started = time.perf_counter()
    try:
        if kind == TEXT:
            article = extract_text(payload, url=url, reference_time=reference)
        else:
            options = {"http_charset": charset} if charset else {}
            article = extract_html(payload, url=url, reference_time=reference, **options)
        outcome = Outcome(EMPTY if article.is_empty else OK, None, article.to_dict())
    except MemoryError:
        outcome = Outcome(TOO_LARGE, "over the memory guard")
    except ExtractionError as exc:
        outcome = Outcome(ERROR, f"unreadable page: {exc}")
    except Exception as exc:  # noqa: BLE001 - any extractor bug is one page's error
        outcome = Outcome(ERROR, f"{type(exc).__name__}: {exc}")
    outcome.seconds = time.perf_counter() - started
    return outcome


def default_extractors() -> tuple[Callable[..., Any], Callable[..., Any]]:
    import pressclip

    return pressclip.extract, pressclip.extract_text


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _end_with_runner() -> None:
    """Make sure this child ends when the runner does, even if the runner is SIGKILLed while
    the child hangs on a page. The kernel SIGKILLs the child when its parent, the forkserver,
    ends; the forkserver ends when no process holds its "alive" pipe any more, and every
    child is handed a copy of that pipe, which workers never use: closing it leaves the
    runner as its only holder. Linux only; elsewhere the child ends at its next read of
    the closed pipe to the runner."""
    import ctypes
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    alive = getattr(server, "_forkserver_alive_fd", None)
    if alive is not None:
        with contextlib.suppress(OSError):
            os.close(alive)
        server._forkserver_alive_fd = None
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _child_main(conn: Connection, extractor: str | None, memory_mb: int) -> None:
    _end_with_runner()
    if memory_mb > 0:
        with open("/proc/self/statm") as fh:
            held = int(fh.read().split()[0]) * _PAGE_SIZE
        limit = held + memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:  # e.g. spark.executor.pyspark.memory set one
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    extract_html, extract_text = default_extractors()
    if extractor:
        extract_html = resolve_extractor(extractor)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        outcome = extract_one(*message, extract_html, extract_text)
        conn.send((outcome.status, outcome.error, outcome.article, outcome.seconds))
        if outcome.status == TOO_LARGE:
            return  # the parent replaces us: a heap that hit the guard is not reused


class _Worker:
    def __init__(self, extractor: str | None, memory_mb: int):
        self.conn, child_conn = _MP.Pipe()
        self.process = _MP.Process(target=_child_main, args=(child_conn, extractor, memory_mb),
                                   daemon=True)
        self.process.start()
        child_conn.close()
        self.done = 0

    def peak_rss_mb(self) -> float:
        """The child's peak resident memory so far (0 when it is gone)."""
        try:
            with open(f"/proc/{self.process.pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


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
        self._busy: dict[Connection, tuple[_Worker, Task, float]] = {}
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

    def _spawn(self) -> _Worker:
        return _Worker(self._extractor, self._memory_mb)

    def _replace(self, worker: _Worker) -> None:
        self.peak_rss_mb = max(self.peak_rss_mb, worker.peak_rss_mb())
        worker.kill()
        self.replaced += 1
        self._idle.append(self._spawn())

    def _start(self, worker: _Worker, task: Task) -> None:
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
