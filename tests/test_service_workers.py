"""The service's extraction processes: a job over its time limit gets its worker killed and
replaced, the next job is served, and a worker that dies is reported, not waited for."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed")

from pressclip.cli.extract import PageInput  # noqa: E402
from pressclip.service.extraction import Job  # noqa: E402
from pressclip.service.workers import (  # noqa: E402
    ExtractorPool,
    ExtractTimeout,
    WorkerDied,
    _Worker,
)

PARAGRAPH = ("<p>The mayor said on Tuesday that the bridge would reopen in May, after "
             "engineers finished their inspection of the old steel frame.</p>")


def _job(paragraphs: int) -> Job:
    html = f"<html><body><article>{PARAGRAPH * paragraphs}</article></body></html>"
    return Job(PageInput(html.encode(), "test page", charset="utf-8"), "html", None, None)


@asynccontextmanager
async def one_worker() -> AsyncIterator[tuple[ExtractorPool, _Worker]]:
    pool = ExtractorPool(1, time_limit=30.0, queue_seconds=60.0)
    await pool.start()
    try:
        (worker,) = pool._all
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


def test_a_worker_killed_from_outside_is_reported_and_replaced() -> None:
    async def scenario() -> None:
        async with one_worker() as (pool, worker):
            os.kill(worker.process.pid, signal.SIGKILL)
            worker.process.join()
            with pytest.raises(WorkerDied):
                await pool.run(_job(3))
            assert (await pool.run(_job(3))).status == 200

    asyncio.run(scenario())
