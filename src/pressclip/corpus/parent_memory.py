"""A memory guard for the batch's main process, which reads every record.

Payload sizes are checked before a record is read (warc.py, sources.py), but a reader may
still be asked for more than the machine has: a record whose declared size passes
`--max-bytes` and inflates from a few MB to gigabytes, a JSONL line without an end. A
1.5 GB record once took the main process to 3 GB (issue 18 item 6). While the records are
read, the process may hold only `memory_mb` more than it did at the start (RLIMIT_DATA,
which counts heap and anonymous mappings, so one bad allocation raises MemoryError); the
readers turn that into an error row naming the file and offset, and the run goes on.

The worker children are started before the cap is set, and the forkserver they come from
with them: they keep their own guard (children.guard). The cap is lifted afterwards, before
the grouping step, whose memory grows with the output, not with one record.
"""

from __future__ import annotations

import os
import resource
from collections.abc import Iterator
from contextlib import contextmanager

MB = 1024 * 1024
# What the main process may add while reading: records in flight (one per worker, and the
# fetcher's pages) at up to --max-bytes each, with room to spare.
MIN_MEMORY_MB = 1024
RECORDS_IN_FLIGHT = 8
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def default_memory_mb(max_bytes: int) -> int:
    """The guard for a run whose records may be `max_bytes` long."""
    return max(MIN_MEMORY_MB, RECORDS_IN_FLIGHT * max_bytes // MB)


@contextmanager
def capped_memory(memory_mb: int) -> Iterator[None]:
    """Allow `memory_mb` of heap above what the process holds now (0: no cap) inside."""
    if memory_mb <= 0:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    with open("/proc/self/statm") as fh:
        held = int(fh.read().split()[5]) * _PAGE_SIZE  # data + stack, as RLIMIT_DATA counts
    limit = held + memory_mb * MB
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY:
        limit = min(limit, soft)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))
