"""Child processes that their parent can really stop: the base of both worker pools.

A thread cannot be stopped and a pool's `map(timeout=...)` only stops *waiting*, so a page
that takes too long would go on burning a core. The batch runner (corpus/workers.py) and
the HTTP service (service/workers.py) therefore run extraction in child processes, each
with its own pipe, and kill and replace a child that overruns. What they share lives here:

- children come from one forkserver with pressclip preloaded, so a replacement starts in
  milliseconds and no child is forked from a parent that runs threads;
- `guard()`, called first in a child, makes it end with its parent and caps the memory it
  may add, so that one greedy page raises MemoryError in its child instead of taking the
  machine down.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
import signal
from collections.abc import Callable

_MP = mp.get_context("forkserver")
_MP.set_forkserver_preload(["pressclip"])
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def guard(memory_mb: int) -> None:
    """End with the parent, and allow `memory_mb` of address space above what is held now
    (0: no cap). Called in the child, before it takes work."""
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


class Child:
    """A started child process running `target(conn, *args)`, and the parent's end of
    its pipe."""

    def __init__(self, target: Callable[..., None], *args: object):
        self.conn, child_conn = _MP.Pipe()
        self.process = _MP.Process(target=target, args=(child_conn, *args), daemon=True)
        self.process.start()
        child_conn.close()
        self.done = 0  # jobs answered

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

