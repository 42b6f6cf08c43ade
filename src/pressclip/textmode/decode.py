"""From per-line article probabilities to the lines kept, preferring long contiguous runs.

An article is mostly one run of lines. A two-state Viterbi pass (outside / inside the
article) keeps a line when its evidence, weighed by its length, pays for entering the
article; every switch between states costs `switch_cost`, so one odd line inside the body
stays in and one prose-like line inside a menu stays out. Linear in the number of lines.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class DecodeParams:
    threshold: float = 0.5  # probability above which a line argues for "inside"
    switch_cost: float = 2.0  # price of entering or leaving the article
    length_weight: float = 0.5  # evidence grows with token count ** length_weight
    # When no line clears `threshold` (short articles), the best lines still make the
    # article: the threshold drops to this share of the page's best probability.
    fallback_share: float = 0.7

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> DecodeParams:
        return cls(**data)


def decode(probs: np.ndarray, sizes: np.ndarray, params: DecodeParams) -> list[bool]:
    """Which lines are inside the article (`sizes`: tokens per line)."""
    if len(probs) == 0:
        return []
    keep = _viterbi(probs, sizes, params.threshold, params.switch_cost, params.length_weight)
    if not any(keep):
        threshold = float(np.max(probs)) * params.fallback_share
        keep = _viterbi(probs, sizes, threshold, params.switch_cost, params.length_weight)
    return keep


def _viterbi(
    probs: np.ndarray, sizes: np.ndarray, threshold: float, cost: float, length_weight: float
) -> list[bool]:
    n = len(probs)
    gains = ((probs - threshold) * np.maximum(sizes, 1.0) ** length_weight).tolist()
    # best score of paths ending outside / inside at line i, with back-pointers: for
    # "inside" at i, was i-1 inside; for "outside" at i, was i-1 inside.
    out_score, in_score = 0.0, gains[0] - cost
    came_in = [False] * n
    came_out = [False] * n
    for i in range(1, n):
        enter, leave = out_score - cost, in_score - cost
        if leave > out_score:
            came_out[i] = True
            out_score = leave
        if in_score >= enter:
            came_in[i] = True
            in_score += gains[i]
        else:
            in_score = enter + gains[i]
    # The path may end inside: leaving at the end of the page costs nothing more.
    inside = in_score > out_score
    keep = [False] * n
    for i in range(n - 1, -1, -1):
        keep[i] = inside
        inside = came_in[i] if inside else came_out[i]
    return keep
