"""The service's extraction processes: a job over its time limit or its memory guard gets its
worker killed and replaced, the next job is served, a worker that dies is reported, not
waited for, and no worker outlives the server."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed")

from pressclip.children import Child  # noqa: E402
from pressclip.intake import HTML, Page  # noqa: E402
from pressclip.service.extraction import Job, run_job  # noqa: E402
from pressclip.service.workers import ExtractorPool, ExtractTimeout, WorkerDied  # noqa: E402

PARAGRAPH = ("<p>The mayor said on Tuesday that the bridge would reopen in May, after "
             "engineers finished their inspection of the old steel frame.</p>")


def _job(paragraphs: int) -> Job:
    html = f"<html><body><article>{PARAGRAPH * paragraphs}</article></body></html>"
    return Job(Page(html, HTML))


@asynccontextmanager
async def one_worker() -> AsyncIterator[tuple[ExtractorPool, Child]]:
    pool = ExtractorPool(1, time_limit=30.0, queue_seconds=60.0)
    await pool.start()
    try:
        (worker,) = pool.children.all
        yield pool, worker
    finally:
        pool.close()


def test_overrun_job_kills_its_worker_and_the_next_job_is_served() -> None:
    async def scenario() -> None:
        async with one_worker() as (pool, first):
            # No extraction of a 3,000-paragraph page ends within 10 ms, however fast the
            # machine: the limit is certain to be hit.
            pool.time_limit = 0.01
            with pytest.raises(ExtractTimeout):
                await pool.run(_job(3000))
            assert pool.replaced == 1 and not first.process.is_alive()
            pool.time_limit = 30.0
            answer = await pool.run(_job(3))
            assert answer.status == 200
            assert "bridge would reopen" in json.loads(answer.body)["text"]

    asyncio.run(scenario())


def test_a_worker_killed_while_idle_is_replaced_before_the_next_job() -> None:
    async def scenario() -> None:
        async with one_worker() as (pool, worker):
            os.kill(worker.process.pid, signal.SIGKILL)
            worker.process.join()
            answer = await pool.run(_job(3))
            assert answer.status == 200
            assert "bridge would reopen" in json.loads(answer.body)["text"]
            assert pool.replaced == 1
            assert (await pool.run(_job(3))).status == 200

    asyncio.run(scenario())


def test_a_worker_killed_during_a_job_is_reported_and_replaced() -> None:
    async def scenario() -> None:
        async with one_worker() as (pool, worker):
            # 20,000 paragraphs (3 MB) take seconds to extract: the kill lands mid-job.
            running = asyncio.create_task(pool.run(_job(20_000)))
            await asyncio.sleep(0.5)
            os.kill(worker.process.pid, signal.SIGKILL)
            with pytest.raises(WorkerDied):
                await running
            assert pool.replaced == 1
            assert (await pool.run(_job(3))).status == 200

    asyncio.run(scenario())


def test_a_job_past_the_memory_guard_is_refused_and_its_worker_replaced() -> None:
    async def scenario() -> None:
        pool = ExtractorPool(1, time_limit=60.0, queue_seconds=60.0, memory_mb=64)
        await pool.start()
        try:
            (first,) = pool.children.all
            # A 4 MB page needs far more than 64 MB to parse and describe; a 3-paragraph
            # page far less.
            answer = await pool.run(_job(20000))
            assert answer.status == 413 and "memory" in json.loads(answer.body)["error"]
            assert pool.replaced == 1
            first.process.join(10)
            assert not first.process.is_alive()
            assert (await pool.run(_job(3))).status == 200
        finally:
            pool.close()

    asyncio.run(scenario())


_SERVER_STANDIN = """
import asyncio, sys, time
from pressclip.service.workers import ExtractorPool

async def main():
    pool = ExtractorPool(1, time_limit=60.0, queue_seconds=60.0)
    await pool.start()
    (worker,) = pool.children.all
    print(worker.process.pid, flush=True)
    time.sleep(600)

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_workers_end_with_a_killed_server(tmp_path) -> None:
    """A worker stuck in a job (here: stopped) does not outlive a server killed with
    SIGKILL, which has no chance to stop it itself."""
    script = tmp_path / "server.py"
    script.write_text(_SERVER_STANDIN)
    server = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(server.stdout.readline())
        os.kill(worker, signal.SIGSTOP)  # deaf to its pipe, like a worker hung in C code
        server.send_signal(signal.SIGKILL)
        server.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(worker):
            time.sleep(0.05)
        assert not _alive(worker), "an extraction worker outlived its killed server"
    finally:
        server.kill()
        server.stdout.close()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_an_answer_with_a_lone_surrogate_is_written_as_json() -> None:
    # A page address that reached the worker unchecked: the record quotes it, and a lone
    # surrogate cannot be written in UTF-8. The answer must still be JSON, in this process
    # (the worker's loop), not an exception that ends it.
    html = f"<html><body><article>{PARAGRAPH * 3}</article></body></html>"
    answer = run_job(Job(Page(html, HTML, url="https://example.org/\ud800")))
    assert answer.status == 200
    assert json.loads(answer.body.decode("utf-8"))["url"] == "https://example.org/\ufffd"
