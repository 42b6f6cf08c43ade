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
from .features import context_matrix, context_names, feature_names

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
    return read_model(json.loads(text))


def read_model(data: dict) -> LocatorModel:
    """A locator model from its JSON form; refuses one trained on other features."""
    # A model trained on other features would score every block wrongly and silently.
    expected = (feature_names(), feature_names() + context_names())
    for stage, names in zip(("stage1", "stage2"), expected, strict=True):
        if data[stage].get("feature_names") != names:
            raise RuntimeError(
                f"{MODEL_FILE} {stage} was trained on other features than pressclip.locate."
                "features computes; retrain it with python -m training.train_locator")
    return LocatorModel(
        stage1=TreeEnsemble.from_json(data["stage1"]),
        stage2=TreeEnsemble.from_json(data["stage2"]),
        threshold_keep=float(data["threshold_keep"]),
    )
