"""Extraction off the event loop, in worker processes that a deadline really stops.

A thread cannot be stopped, so a page that takes too long would keep burning a core after
its request had been answered. Each worker here is a child process with its own pipe; a
job that overruns its time limit gets its worker killed and replaced, and the request is
answered with the limit that was hit. The blocking pipe calls run in threads, one per busy
worker, so the event loop goes on serving other requests meanwhile.

Workers come from a forkserver with pressclip preloaded, and warm their models before they
take a job, so that a replacement is ready in well under a second and no job's deadline
pays for loading. Batch corpus runs have their own pool (corpus/workers.py), built for a
stream of tasks rather than for concurrent requests.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import signal
import threading
from multiprocessing.connection import Connection

from .extraction import Answer, Job, run_job, warm_up

_MP = mp.get_context("forkserver")
_MP.set_forkserver_preload(["pressclip", "pressclip.service.extraction"])
# Waiting for a fresh worker's warm-up: generous, it only guards against a broken install.
_READY_SECONDS = 120.0
_READY = "ready"


class ExtractTimeout(Exception):
    """The job overran the time limit; its worker was replaced."""


class WorkerDied(Exception):
    """The worker process died during the job (killed from outside, out of memory)."""


class PoolBusy(Exception):
    """No worker became free within the queue time."""


def _child_main(conn: Connection) -> None:
    # Ctrl-C reaches the whole process group; the server, not each worker, decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    conn.send(_READY)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        conn.send(run_job(job))


class _Worker:
    def __init__(self) -> None:
        self.conn, child_conn = _MP.Pipe()
        self.process = _MP.Process(target=_child_main, args=(child_conn,), daemon=True)
        self.process.start()
        child_conn.close()
        if not self.conn.poll(_READY_SECONDS) or self.conn.recv() != _READY:
            self.kill()
            raise WorkerDied("an extraction worker did not start")

    def call(self, job: Job, seconds: float) -> Answer:
        self.conn.send(job)
        if not self.conn.poll(seconds):
            raise ExtractTimeout
        return self.conn.recv()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class ExtractorPool:
    """`workers` extraction processes shared by all requests; start() inside the loop."""

    def __init__(self, workers: int, time_limit: float, queue_seconds: float):
        self.size = max(1, workers)
        self.time_limit = time_limit
        self.queue_seconds = queue_seconds
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
            return worker.call(job, self.time_limit)
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
        worker = _Worker()
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        self.replaced += 1
        return self._spawn()
