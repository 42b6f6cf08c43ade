"""Extraction off the event loop, in worker processes that a deadline really stops.

Each worker is a killable child (children.py) that warms its models before it takes a job,
so that no job's deadline pays for loading. A job that overruns its time limit gets its
worker killed and replaced, and the request is answered with the limit that was hit; a job
past the memory guard is answered 413 and its worker, whose heap grew, is replaced. The
blocking pipe calls run in threads, one per busy worker, so the event loop goes on serving
other requests meanwhile. Batch corpus runs have their own pool (corpus/workers.py), built
for a stream of tasks rather than for concurrent requests.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from multiprocessing.connection import Connection

from ..children import Child, guard
from .extraction import Answer, Job, run_job, warm_up

# Waiting for a fresh worker's warm-up: generous, it only guards against a broken install.
_READY_SECONDS = 120.0
_READY = "ready"


class ExtractTimeout(Exception):
    """The job overran the time limit; its worker was replaced."""


class WorkerDied(Exception):
    """The worker process died during the job (killed from outside, out of memory)."""


class PoolBusy(Exception):
    """No worker became free within the queue time."""


def _child_main(conn: Connection, memory_mb: int) -> None:
    # Ctrl-C reaches the whole process group; the server, not each worker, decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    # After the warm-up: the guard caps what a job adds to a worker with its models loaded.
    guard(memory_mb)
    conn.send(_READY)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        answer = run_job(job)
        conn.send(answer)
        if answer.retire:
            return  # the parent replaces us: a heap that hit the guard is not reused


class _Worker(Child):
    def __init__(self, memory_mb: int) -> None:
        super().__init__(_child_main, memory_mb)
        try:
            ready = self.conn.poll(_READY_SECONDS) and self.conn.recv() == _READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise WorkerDied("an extraction worker did not start")

    def call(self, job: Job, seconds: float) -> Answer:
        self.conn.send(job)
        if not self.conn.poll(seconds):
            raise ExtractTimeout
        return self.conn.recv()


class ExtractorPool:
    """`workers` extraction processes shared by all requests; start() inside the loop."""

    def __init__(self, workers: int, time_limit: float, queue_seconds: float,
                 memory_mb: int = 0):
        self.size = max(1, workers)
        self.time_limit = time_limit
        self.queue_seconds = queue_seconds
        self.memory_mb = memory_mb
        self.replaced = 0
        self._idle: asyncio.Queue[_Worker] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        workers = await asyncio.gather(*(asyncio.to_thread(self._spawn)
                                         for _ in range(self.size)))
        for worker in workers:
            self._idle.put_nowait(worker)

    async def run(self, job: Job) -> Answer:
        """The job's answer; ExtractTimeout, WorkerDied or PoolBusy otherwise."""
        assert self._idle is not None, "ExtractorPool.start() was not awaited"
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.queue_seconds)
        except TimeoutError:
            raise PoolBusy from None
        # Shielded: if the request is cancelled (the client left), the job still ends in its
        # thread, which alone gives the worker back, so no two jobs ever share a pipe.
        return await asyncio.shield(asyncio.to_thread(self._call, worker, job))

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.kill()

    def _call(self, worker: _Worker, job: Job) -> Answer:
        try:
            answer = worker.call(job, self.time_limit)
            if answer.retire:
                worker = self._replace(worker)
            return answer
        except ExtractTimeout:
            worker = self._replace(worker)
            raise
        except (EOFError, OSError) as exc:
            worker = self._replace(worker)
            raise WorkerDied(f"the extraction worker died ({exc or type(exc).__name__})") \
                from exc
        finally:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._give_back, worker)

    def _give_back(self, worker: _Worker) -> None:
        assert self._idle is not None
        if worker in self._all:  # not when the pool was closed meanwhile
            self._idle.put_nowait(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.memory_mb)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        self.replaced += 1
        return self._spawn()
