"""The batch progress bar: how far the reading is through the inputs, with a total and an ETA.

Input sizes are known before the first page: the bytes of every input file. A row's place in
its input gives the share of that input read so far: a WARC record's offset against the
file's size, a JSON Lines or URL list line against the file's line count (counted first), a
folder's file against the folder's count. Bytes before that input plus that share of its
size is the bar's position, so rows skipped on a resume move the bar too, and any mix of
inputs has one total.
"""

from __future__ import annotations

import gzip
import os
import sys
from collections import Counter
from pathlib import Path

from .schema import OK, STATUSES
from .sources import Task, input_kind

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


class _Input:
    """One input's size in bytes, and the share of it a task's record has reached."""

    def __init__(self, path: str):
        self.kind = input_kind(path)
        self.lines = 0
        self.files: dict[str, int] = {}
        if self.kind == "html_dir":  # the same files, in the same order, as sources.py
            files = sorted(p for p in Path(path).rglob("*")
                           if p.is_file() and p.name.lower().endswith(_HTML_SUFFIXES))
            self.files = {str(p.relative_to(path)): n for n, p in enumerate(files, 1)}
            self.size = sum(p.stat().st_size for p in files)
            return
        self.size = os.path.getsize(path)
        if self.kind in ("jsonl", "urls"):
            with open(path, "rb") as fh:
                gzipped = fh.read(2) == b"\x1f\x8b"
            with (gzip.open(path, "rb") if gzipped else open(path, "rb")) as fh:
                self.lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(2**20),
                                                                        b""))

    def share(self, task: Task) -> float:
        position = task.extra.get("position")
        if self.kind == "warc" and isinstance(position, int):
            return min(1.0, position / self.size) if self.size else 1.0
        if self.kind == "jsonl" and isinstance(position, str) and position.startswith("line "):
            return self._of_lines(int(position[5:]))
        if self.kind == "urls" and task.source.get("record", "").isdigit():
            return self._of_lines(int(task.source["record"]))
        if self.kind == "html_dir" and self.files:
            return self.files.get(task.source.get("record", ""), 0) / len(self.files)
        return 1.0 if self.kind == "html" else 0.0

    def _of_lines(self, number: int) -> float:
        return min(1.0, number / self.lines) if self.lines else 1.0


class Progress:
    """A tqdm bar on stderr, only when asked (the CLI asks on a tty): input bytes read out of
    the total, with pages and the error counts beside it."""

    def __init__(self, enabled: bool, counts: Counter, paths: list[str]):
        self._counts = counts
        self._bar = None
        if not enabled:
            return
        from tqdm import tqdm

        self._inputs = {path: _Input(path) for path in paths}
        self._before: dict[str, int] = {}
        total = 0
        for path, read in self._inputs.items():
            self._before[path] = total
            total += read.size
        tqdm.monitor_interval = 0  # no monitor thread in a process that forks
        self._bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024,
                         file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
        self._reached = 0.0

    def update(self, task: Task) -> None:
        """A row of `task` was written."""
        if self._bar is None:
            return
        path = task.source["input"]
        read = self._inputs.get(path)
        if read is not None:
            self._reached = max(self._reached,
                                self._before[path] + read.share(task) * read.size)
        self._bar.update(int(self._reached) - self._bar.n)
        pages = sum(self._counts.values())
        if pages % 10 == 0:
            bad = {s: self._counts[s] for s in STATUSES if s not in (OK, "empty")
                   and self._counts[s]}
            self._bar.set_postfix({"pages": pages, **bad}, refresh=False)

    def close(self, finished: bool) -> None:
        if self._bar is not None:
            if finished:  # every input read to its end, the last records skipped included
                self._bar.update(self._bar.total - self._bar.n)
                self._bar.set_postfix({"pages": sum(self._counts.values())}, refresh=False)
            self._bar.close()
