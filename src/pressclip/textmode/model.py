"""The shipped line model: two stages of boosted trees, evaluated with numpy.

Stage one scores each line from its own and its neighbours' features. Stage two also sees
stage one's scores around the line (article lines come in runs, and where most of the
page's article-like mass lies says a lot about one line). The trees are trained by
training/train_textmode.py and stored as plain arrays in model/textmode.json; all trees are
walked at once, one level per step, for all lines of a page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from .decode import DecodeParams
from .features import FEATURE_NAMES

MODEL_FILE = "textmode.json"
# Window half-widths (lines) of the stage-one score means stage two sees.
SCORE_WINDOWS = (2, 5, 12, 30)
SCORE_NAMES = (
    "score", "score_prev", "score_next",
    *(f"score_w{w}" for w in SCORE_WINDOWS),
    "mass_before", "mass_after", "page_max", "score_to_max", "page_share_above_half",
    "max_so_far", "max_from_here",
)  # fmt: skip


@dataclass(frozen=True)
class TreeEnsemble:
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    baseline: float
    depth: int

    @classmethod
    def from_json(cls, data: dict) -> TreeEnsemble:
        return cls(
            feature=np.asarray(data["feature"], dtype=np.intp),
            threshold=np.asarray(data["threshold"], dtype=float),
            left=np.asarray(data["left"], dtype=np.intp),
            right=np.asarray(data["right"], dtype=np.intp),
            value=np.asarray(data["value"], dtype=float),
            roots=np.asarray(data["roots"], dtype=np.intp),
            baseline=float(data["baseline"]),
            depth=int(data["depth"]),
        )

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        n = len(x)
        if n == 0:
            return np.zeros(0)
        nodes = np.broadcast_to(self.roots, (n, len(self.roots))).copy()
        rows = np.arange(n)[:, None]
        for _ in range(self.depth):
            go_left = x[rows, self.feature[nodes]] <= self.threshold[nodes]
            nodes = np.where(go_left, self.left[nodes], self.right[nodes])
        logit = self.baseline + self.value[nodes].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-logit))


def _window_means(col: np.ndarray, w: int) -> np.ndarray:
    n = len(col)
    cs = np.concatenate(([0.0], np.cumsum(col)))
    idx = np.arange(n)
    lo = np.maximum(idx - w, 0)
    hi = np.minimum(idx + w + 1, n)
    return (cs[hi] - cs[lo]) / (hi - lo)


def score_context(scores: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Stage two's extra columns (SCORE_NAMES) from stage one's scores and line token counts."""
    n = len(scores)
    mass = scores * sizes
    cumulative = np.cumsum(mass)
    total = cumulative[-1] + 1e-9
    top = scores.max()
    cols = [
        scores,
        np.concatenate(([0.0], scores[:-1])),
        np.concatenate((scores[1:], [0.0])),
        *(_window_means(scores, w) for w in SCORE_WINDOWS),
        (cumulative - mass) / total,
        1.0 - cumulative / total,
        np.full(n, top),
        scores / (top + 1e-9),
        np.full(n, float((scores > 0.5).mean())),
        np.maximum.accumulate(scores),
        np.maximum.accumulate(scores[::-1])[::-1],
    ]
    return np.column_stack(cols)


@dataclass(frozen=True)
class LineModel:
    stage_one: TreeEnsemble
    stage_two: TreeEnsemble
    decode: DecodeParams

    def probabilities(self, x: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        first = self.stage_one.probabilities(x)
        if len(first) == 0:
            return first
        return self.stage_two.probabilities(np.hstack((x, score_context(first, sizes))))


@cache
def load_model() -> LineModel:
    text = resources.files("pressclip.model").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if tuple(data["feature_names"]) != FEATURE_NAMES:
        raise RuntimeError(f"{MODEL_FILE} was trained on other features: retrain it")
    return LineModel(
        TreeEnsemble.from_json(data["stage_one"]),
        TreeEnsemble.from_json(data["stage_two"]),
        DecodeParams.from_json(data["decode"]),
    )
