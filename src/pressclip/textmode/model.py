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

from ..model.trees import TreeEnsemble
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
        first = self.stage_one.predict_proba(x)
        if len(first) == 0:
            return first
        return self.stage_two.predict_proba(np.hstack((x, score_context(first, sizes))))


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
