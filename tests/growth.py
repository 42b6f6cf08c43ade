"""CPU time of one call on a small and a large input, for tests of growth (time at 2n
against time at n), never of a wall-clock bound."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def best_cpu_seconds(call: Callable[[Any], object], small: Any, large: Any,
                     repeats: int = 3) -> tuple[float, float]:
    """The best of `repeats` CPU times of call(small) and call(large), measured in turn after
    one warm-up call, so that a burst of load on a shared machine inflates neither size."""
    call(small)
    best = [float("inf"), float("inf")]
    for _ in range(repeats):
        for i, value in enumerate((small, large)):
            started = time.process_time()
            call(value)
            best[i] = min(best[i], time.process_time() - started)
    return best[0], best[1]
