"""Polite fetching of URL-list inputs: turns `url` tasks into `html` tasks.

Politeness: at most `per_host` requests at a time to one host and a pause between two
requests to it, robots.txt obeyed (read once per host), bounded retries with backoff on
network errors, 429 and 5xx, and an on-disk cache so that a rerun or a second run over the
same list fetches nothing twice. Every URL task comes out again, fetched or with a failure,
so that it still gets its row.

`timeout` is one time budget per URL: robots.txt, the page and its retries all fit in it
(waits for the host's turn do not count), so that a site that drips its answers costs a
batch one timeout per URL. A timeout is not retried: the site had the whole time allowed.

The fetching threads are daemon threads, left behind when the batch stops early (an
interrupt): the run ends at once instead of waiting for up to 2 x `concurrency` fetches to
reach their deadline, and the pages they were fetching have no row yet, so the rerun
fetches them. A thread that was writing the cache leaves no entry (its metadata file, the
sign of a whole entry, is written last).
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..intake import looks_binary
from .schema import ERROR, TOO_LARGE
from .sources import HTML, URL, Task, is_html_response

DEFAULT_CONCURRENCY = 16
DEFAULT_PER_HOST = 2
DEFAULT_DELAY = 1.0  # seconds between two requests to one host
DEFAULT_TIMEOUT = 20.0
DEFAULT_RETRIES = 2
_BACKOFF = 1.0  # seconds, doubled at each retry
_RETRIED_STATUSES = {429, 500, 502, 503, 504}
ROBOTS_AGENT = "pressclip"


@dataclass(slots=True)
class Fetched:
    final_url: str
    status: int
    content_type: str | None
    charset: str | None
    body: bytes


class _Budget:
    """The time left for one URL: a deadline that waits for a turn push back."""

    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds
        self._paused = 0  # nested pauses count once

    @contextmanager
    def paused(self) -> Iterator[None]:
        started = time.monotonic()
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1
            if self._paused == 0:
                self.deadline += time.monotonic() - started

    @contextmanager
    def running(self) -> Iterator[None]:
        """Inside a pause, time that counts again (our own read of robots.txt)."""
        depth, self._paused = self._paused, 0
        started = time.monotonic()
        try:
            yield
        finally:
            self._paused = depth
            # The pause around us will add this time back: take it off in advance.
            self.deadline -= time.monotonic() - started


class PoliteFetcher:
    """Fetches pages for a batch. `get` is pressclip.fetch.fetch unless a test swaps it."""

    def __init__(self, cache_dir: str | None = None, concurrency: int = DEFAULT_CONCURRENCY,
                 per_host: int = DEFAULT_PER_HOST, delay: float = DEFAULT_DELAY,
                 timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES,
                 max_bytes: int = 10_000_000, get: Callable[..., object] | None = None):
        from .. import fetch as fetch_module

        self._get = get or fetch_module.fetch
        self._fetch_error = fetch_module.FetchError
        # Failures worth another try: the network or the server may do better next time.
        self._transient = {fetch_module.CONNECT, fetch_module.BROKEN}
        self._timeout_reason = fetch_module.TIMEOUT
        self._too_large = fetch_module.TOO_LARGE
        self.cache = Path(cache_dir) if cache_dir else None
        self.concurrency = concurrency
        self.delay = delay
        self.timeout = timeout
        self.retries = retries
        self.max_bytes = max_bytes
        self._per_host = per_host
        self._lock = threading.Lock()
        self._host_slots: dict[str, threading.Semaphore] = {}
        self._host_next: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def fetch_tasks(self, tasks: Iterable[Task]) -> Iterator[Task]:
        """Tasks out as they come in, URL tasks once fetched (in completion order)."""
        to_fetch: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        fetched: queue.SimpleQueue[Task] = queue.SimpleQueue()
        threads: list[threading.Thread] = []
        stopped = threading.Event()
        pending = 0
        try:
            for task in tasks:
                if task.kind != URL or task.failure:
                    yield task
                    continue
                if len(threads) < self.concurrency:  # started as URL tasks come
                    threads.append(threading.Thread(target=self._fetch_loop, daemon=True,
                                                    args=(to_fetch, fetched, stopped),
                                                    name=f"fetch-{len(threads)}"))
                    threads[-1].start()
                to_fetch.put(task)
                pending += 1
                while pending >= 2 * self.concurrency:
                    yield fetched.get()
                    pending -= 1
            while pending:
                yield fetched.get()
                pending -= 1
        finally:
            # Done, or stopped early: queued tasks are dropped and idle threads end; busy
            # ones are left to their deadline, or to the end of the process (daemons).
            stopped.set()
            for _ in threads:
                to_fetch.put(None)

    def _fetch_loop(self, to_fetch: queue.SimpleQueue, fetched: queue.SimpleQueue,
                    stopped: threading.Event) -> None:
        while (task := to_fetch.get()) is not None and not stopped.is_set():
            try:
                fetched.put(self._fetch_task(task))
            except Exception as exc:  # noqa: BLE001 - a task must come out, with its row
                task.failure = (ERROR, f"fetch failed: {type(exc).__name__}: {exc}")
                fetched.put(task)

    def _fetch_task(self, task: Task) -> Task:
        url = task.source["url"]
        try:
            page = self.fetch(url)
        except self._fetch_error as exc:
            status = TOO_LARGE if exc.reason == self._too_large else ERROR
            task.failure = (status, f"fetch failed: {exc}")
            return task
        if not is_html_response(page.content_type, page.body) or looks_binary(page.body):
            task.failure = (ERROR, f"not an HTML page ({page.content_type})")
            return task
        task.kind, task.payload, task.charset = HTML, page.body, page.charset
        task.reference_time = datetime.now(UTC)
        return task

    def fetch(self, url: str) -> Fetched:
        """One page: from the cache, or politely from its host within `timeout`, robots.txt
        and retries included (raises FetchError)."""
        cached = self._cache_read(url)
        if cached is not None:
            return cached
        budget = _Budget(self.timeout)
        if not self.allowed(url, budget):
            raise self._fetch_error(f"{url} is disallowed by robots.txt", url=url)
        page = self._polite_get(url, budget)
        self._cache_write(url, page)
        return page

    def allowed(self, url: str, budget: _Budget | None = None) -> bool:
        budget = budget or _Budget(self.timeout)
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            host_lock = self._robots_locks.setdefault(root, threading.Lock())
        with budget.paused(), host_lock:  # one read of robots.txt per host, however many
            if root not in self._robots:  # threads ask; another's read is not our time
                self._robots[root] = self._read_robots(root, budget)
        parser = self._robots[root]
        return parser is None or parser.can_fetch(ROBOTS_AGENT, url)

    def _left(self, url: str, budget: _Budget) -> float:
        left = budget.deadline - time.monotonic()
        if left <= 0:
            raise self._fetch_error(f"{url} was not fetched within {self.timeout:g} s",
                                    url=url, reason=self._timeout_reason)
        return left

    def _read_robots(self, root: str, budget: _Budget) -> RobotFileParser | None:
        """None means no rules: robots.txt missing (4xx) or unreadable for a network reason
        other than a server error; a 5xx answer means 'stay away' (the usual reading)."""
        parser = RobotFileParser()
        try:
            with budget.running():
                page = self._polite_get(f"{root}/robots.txt", budget)
        except self._fetch_error as exc:
            status = getattr(exc, "status", None)
            if status is not None and status >= 500:
                parser.disallow_all = True
                return parser
            return None
        parser.parse(page.body.decode("utf-8", "replace").splitlines())
        return parser

    def _polite_get(self, url: str, budget: _Budget) -> Fetched:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            slot = self._host_slots.setdefault(host, threading.Semaphore(self._per_host))
        attempt = 0
        while True:
            with budget.paused():
                slot.acquire()
            try:
                with budget.paused():
                    self._wait_turn(host)
                try:
                    result = self._get(url, timeout=self._left(url, budget),
                                       max_bytes=self.max_bytes)
                    return Fetched(result.final_url, result.status, result.content_type,
                                   result.charset, result.body)
                except self._fetch_error as exc:
                    retry = exc.reason in self._transient or exc.status in _RETRIED_STATUSES
                    pause = _BACKOFF * 2**attempt
                    if not retry or attempt >= self.retries or \
                            time.monotonic() + pause >= budget.deadline:
                        raise
            finally:
                slot.release()
            time.sleep(pause)
            attempt += 1

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._host_next.get(host, 0.0))
            self._host_next[host] = start + self.delay
        if start > now:
            time.sleep(start - now)

    def _cache_path(self, url: str) -> Path | None:
        if self.cache is None:
            return None
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.cache / digest[:2] / digest

    def _cache_read(self, url: str) -> Fetched | None:
        path = self._cache_path(url)
        if path is None or not path.with_suffix(".json").exists():
            return None
        meta = json.loads(path.with_suffix(".json").read_text())
        return Fetched(meta["final_url"], meta["status"], meta["content_type"], meta["charset"],
                       path.with_suffix(".body").read_bytes())

    def _cache_write(self, url: str, page: Fetched) -> None:
        path = self._cache_path(url)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.with_suffix(".body").write_bytes(page.body)
        meta = {"url": url, "final_url": page.final_url, "status": page.status,
                "content_type": page.content_type, "charset": page.charset}
        # The metadata file is written last: its presence means the entry is whole.
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(meta))
        tmp.replace(path.with_suffix(".json"))
