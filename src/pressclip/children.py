"""Child processes that their parent can really stop: the one pool of both users.

A thread cannot be stopped and a pool's `map(timeout=...)` only stops *waiting*, so a page
that takes too long would go on burning a core. The batch runner (corpus/workers.py) and
the HTTP service (service/workers.py) therefore run extraction in child processes, each
with its own pipe, and kill and replace a child that overruns. All of that lives here; the
two users only say what a job is and how they wait for answers (a stream of tasks against
concurrent requests):

- children come from one forkserver with pressclip preloaded and its models loaded
  (warm.py), so a replacement starts in milliseconds, ready, and no child is forked from a
  parent that runs threads;
- `guard()`, called first in a child, makes it end with its parent and caps the memory it
  may add, so that one greedy page raises MemoryError in its child instead of taking the
  machine down;
- `serve()` is every child's loop: a job (a dataclass) in, its answer (a dataclass) out,
  and the child ends after an answer that retires it (its heap hit the memory guard);
- `ChildPool` spawns, replaces (after an overrun, a death, a retiring answer or
  `max_jobs` jobs) and ends the children, and keeps the counts both users report.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
import signal
import threading
from collections.abc import Callable
from typing import Any

_MP = mp.get_context("forkserver")
# pressclip.warm loads the models once, in the forkserver: a child forked from it starts
# with them, instead of each child paying about 1 s of CPU on its first page.
_MP.set_forkserver_preload(["pressclip", "pressclip.warm"])
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def guard(memory_mb: int) -> None:
    """End with the parent, and allow `memory_mb` of address space above what is held now
    (0: no cap). Called in the child, before it takes work.

    Ctrl-C reaches the whole foreground process group; a child ignores it, because its
    parent decides what an interrupt means (flush, then end the children)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    if memory_mb > 0:
        with open("/proc/self/statm") as fh:
            held = int(fh.read().split()[0]) * _PAGE_SIZE
        limit = held + memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:  # e.g. spark.executor.pyspark.memory set one
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _end_with_parent() -> None:
    """Make sure this child ends when its parent does, even if the parent is SIGKILLed while
    the child hangs on a page. The kernel SIGKILLs the child when its own parent, the
    forkserver, ends; the forkserver ends when no process holds its "alive" pipe any more,
    and every child is handed a copy of that pipe, which children never use: closing it
    leaves the parent as its only holder. Linux only; elsewhere the child ends at its next
    read of the closed pipe to the parent."""
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


READY = "ready"  # what a child that warms up first sends when it can take jobs


def serve(conn: Any, handle: Callable[[Any], tuple[Any, bool]]) -> None:
    """A child's loop: answer each job with `handle(job)` -> (answer, retire) until the
    parent's end closes; after an answer with retire set, end (the parent replaces us).

    A parent that died or was stopped shows as a closed or reset pipe at either end: the
    child ends quietly then, since a traceback would only be noise under the parent's exit."""
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        answer, retire = handle(job)
        try:
            conn.send(answer)
        except OSError:  # BrokenPipeError, ConnectionResetError: the parent is gone
            return
        if retire:
            return


class Child:
    """A started child process running `target(conn, *args)`, and the parent's end of
    its pipe."""

    def __init__(self, target: Callable[..., None], *args: object):
        self.conn, child_conn = _MP.Pipe()
        self.process = _MP.Process(target=target, args=(child_conn, *args), daemon=True)
        self.process.start()
        child_conn.close()
        self.done = 0  # jobs answered

    def ready(self, seconds: float) -> bool:
        """Whether the child said READY within `seconds` (for targets that warm up)."""
        try:
            return self.conn.poll(seconds) and self.conn.recv() == READY
        except (EOFError, OSError):
            return False

    def exit_text(self) -> str:
        """How a dead child ended, for a message."""
        self.process.join(1.0)
        code = self.process.exitcode
        return f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"

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



class ChildDied(Exception):
    """A child did not start, or died during a job (killed from outside, out of memory)."""


class ChildPool:
    """The children running `target(conn, *args)`: spawned, replaced and ended here.

    `ready_seconds` > 0: a new child must send READY within that time (it warms up first).
    `max_jobs` > 0: a child is replaced after that many jobs, bounding slow heap growth.
    Thread-safe: the service replaces children from its threads.
    """

    def __init__(self, target: Callable[..., None], *args: object, ready_seconds: float = 0.0,
                 max_jobs: int = 0):
        self._target, self._args = target, args
        self._ready_seconds = ready_seconds
        self.max_jobs = max_jobs
        self.all: set[Child] = set()
        self.replaced = 0
        self.peak_rss_mb = 0.0  # the largest peak of any child, read as each one ends
        self._lock = threading.Lock()

    def spawn(self) -> Child:
        child = Child(self._target, *self._args)
        if self._ready_seconds > 0 and not child.ready(self._ready_seconds):
            child.kill()
            raise ChildDied("a worker process did not start")
        with self._lock:
            self.all.add(child)
        return child

    def replace(self, child: Child) -> Child:
        """End `child` (overrun, dead, retired) and start its successor."""
        self._end(child)
        with self._lock:
            self.replaced += 1
        return self.spawn()

    def answered(self, child: Child, retire: bool) -> Child:
        """Count a job `child` answered; the child to use next (a fresh one when it retired
        or reached max_jobs)."""
        child.done += 1
        if retire or (self.max_jobs and child.done >= self.max_jobs):
            return self.replace(child)
        return child

    def close(self) -> None:
        with self._lock:
            children, self.all = list(self.all), set()
        for child in children:
            self._end(child)

    def _end(self, child: Child) -> None:
        peak = child.peak_rss_mb()
        with self._lock:
            self.all.discard(child)
            self.peak_rss_mb = max(self.peak_rss_mb, peak)
        child.kill()
