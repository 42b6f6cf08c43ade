"""split_incises is linear, as its docstring says: time at 2n against time at n, on a run
of incises ("« Oui, dit-il, " repeated) that made it quadratic."""

from __future__ import annotations

import time

from pressclip.facts.marks import split_incises


def _cpu_seconds(n: int) -> float:
    text = "« Oui, dit-il, " * n
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        split_incises(text, 0, len(text))
        best = min(best, time.process_time() - started)
    return best


def test_split_incises_grows_linearly() -> None:
    small, large = _cpu_seconds(4000), _cpu_seconds(8000)
    # Linear: about 2; the quadratic version measured 4.
    assert large / small < 3.0


def test_incises_are_still_cut() -> None:
    text = "« Nous partirons demain, explique Jean Dupont. Rien ne changera. »"
    parts = split_incises(text, 2, len(text) - 2)
    assert len(parts) == 2 and text[parts[0][0]:parts[0][1]] == "Nous partirons demain"
