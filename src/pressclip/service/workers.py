"""Extraction off the event loop, in worker processes that a deadline really stops.

The workers are children.py's pool; each warms its models before it takes a job, so that
no job's deadline pays for loading. A job that overruns its time limit gets its worker
replaced, and the request is answered with the limit that was hit; a job past the memory
guard is answered 413 and its worker, whose heap grew, is replaced. A worker found dead
when a job is handed to it (it died while idle) is replaced first, and the job goes to its
successor; one that dies during a job is reported (500) and replaced. The blocking pipe
calls run in threads, one per busy worker, so the event loop goes on serving other requests
meanwhile. The batch runner (corpus/workers.py) uses the same pool for a stream of tasks.
"""

from __future__ import annotations

import asyncio
import signal
from multiprocessing.connection import Connection

from ..children import READY, Child, ChildDied, ChildPool, guard, serve
from .extraction import Answer, Job, run_job, warm_up

# Waiting for a fresh worker's warm-up: generous, it only guards against a broken install.
_READY_SECONDS = 120.0


class ExtractTimeout(Exception):
    """The job overran the time limit; its worker was replaced."""


WorkerDied = ChildDied  # the worker process died during the job, or did not start


class PoolBusy(Exception):
    """No worker became free within the queue time."""


def _child_main(conn: Connection, memory_mb: int) -> None:
    # Ctrl-C reaches the whole process group; the server, not each worker, decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    # After the warm-up: the guard caps what a job adds to a worker with its models loaded.
    guard(memory_mb)
    conn.send(READY)

    def handle(job: Job) -> tuple[Answer, bool]:
        answer = run_job(job)
        return answer, answer.retire

    serve(conn, handle)


class ExtractorPool:
    """`workers` extraction processes shared by all requests; start() inside the loop."""

    def __init__(self, workers: int, time_limit: float, queue_seconds: float,
                 memory_mb: int = 0):
        self.size = max(1, workers)
        self.time_limit = time_limit
        self.queue_seconds = queue_seconds
        self.children = ChildPool(_child_main, memory_mb, ready_seconds=_READY_SECONDS)
        self._idle: asyncio.Queue[Child] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def replaced(self) -> int:
        return self.children.replaced

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        workers = await asyncio.gather(*(asyncio.to_thread(self.children.spawn)
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
        self.children.close()

    def _call(self, worker: Child, job: Job) -> Answer:
        try:
            worker = self._send(worker, job)
            if not worker.conn.poll(self.time_limit):
                worker = self.children.replace(worker)
                raise ExtractTimeout
            answer: Answer = worker.conn.recv()
            worker = self.children.answered(worker, answer.retire)
            return answer
        except (EOFError, OSError) as exc:
            worker = self.children.replace(worker)
            raise WorkerDied(f"the extraction worker died ({exc or type(exc).__name__})") \
                from exc
        finally:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._give_back, worker)

    def _send(self, worker: Child, job: Job) -> Child:
        """Hand `job` to `worker`, or to its successor if it died while idle (killed from
        outside, or by the kernel's OOM killer): the job never reached it, so it is no fault
        of the job's, and the asker gets the answer, not a 500. The worker that served it is
        returned."""
        if not worker.process.is_alive():
            worker = self.children.replace(worker)
        try:
            worker.conn.send(job)
        except OSError:
            # It died between the check and the job (the pipe's far end is closed): the job
            # was still never read.
            worker = self.children.replace(worker)
            worker.conn.send(job)
        return worker

    def _give_back(self, worker: Child) -> None:
        assert self._idle is not None
        if worker in self.children.all:  # not when the pool was closed meanwhile
            self._idle.put_nowait(worker)
