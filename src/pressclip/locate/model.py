"""Pass 4 of the locator: shipped tree ensembles score every block, in two stages.

Stage one scores each block from its own description; stage two also sees stage one's scores
of the block's neighbours and containers, because article text comes in runs. Both are
gradient-boosted trees trained by training/train_locator.py and stored as plain arrays in
JSON, so the package needs numpy but no learning library at run time. All trees are walked
at once, one level per step, for all blocks of a page: a few dozen numpy calls a page
instead of a Python loop per block and tree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..model.trees import TreeEnsemble
from .features import context_matrix

MODEL_FILE = "locator.json"


@dataclass(frozen=True)
class LocatorModel:
    stage1: TreeEnsemble
    stage2: TreeEnsemble
    threshold_keep: float

    def predict_proba(self, X: np.ndarray, groups: np.ndarray) -> np.ndarray:
        p1 = self.stage1.predict_proba(X)
        return self.stage2.predict_proba(context_matrix(groups, X, p1))


@lru_cache(maxsize=1)
def load_model() -> LocatorModel:
    """The shipped model; loaded once per process, immutable afterwards."""
    text = resources.files("pressclip.model").joinpath(MODEL_FILE).read_text("utf-8")
    data = json.loads(text)
    return LocatorModel(
        stage1=TreeEnsemble.from_json(data["stage1"]),
        stage2=TreeEnsemble.from_json(data["stage2"]),
        threshold_keep=float(data["threshold_keep"]),
    )
