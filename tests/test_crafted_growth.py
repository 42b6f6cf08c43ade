"""extract() on crafted hostile pages grows linearly (issue 18 item 7): time at 2n against
time at n for each page of bench/crafted_pages.py (attributes on one tag, incises, quote
runs, deep nesting, one long line), facts included. Their times per KB, beside the
anchors', are in bench/robustness.py."""

from __future__ import annotations

import time

import pytest

import pressclip
from bench.crafted_pages import CRAFTED

SMALL_KB = 48


def _cpu_seconds(page: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        pressclip.extract(page, facts=True)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", list(CRAFTED))
def test_extract_grows_linearly_on_a_crafted_page(name: str) -> None:
    build = CRAFTED[name]
    pressclip.extract("<p>load the models first</p>", facts=True)
    small, large = _cpu_seconds(build(SMALL_KB)), _cpu_seconds(build(2 * SMALL_KB))
    # Linear: about 2; the quadratic cases measured 4 and more. A floor of 20 ms keeps the
    # noise of a busy machine out of pages that take almost nothing.
    assert large / max(small, 0.02) < 3.0, (small, large)
