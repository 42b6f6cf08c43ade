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

from .features import context_matrix

MODEL_FILE = "locator.json"


@dataclass(frozen=True)
class TreeEnsemble:
    feature_names: tuple[str, ...]
    roots: np.ndarray  # index of each tree's root node
    feature: np.ndarray  # per node: feature column (leaves: 0)
    threshold: np.ndarray  # per node: go left when x <= threshold
    left: np.ndarray  # per node: left child (leaves: itself)
    right: np.ndarray  # per node: right child (leaves: itself)
    value: np.ndarray  # per node: leaf value (inner nodes: 0)
    baseline: float
    depth: int

    @classmethod
    def from_json(cls, data: dict) -> TreeEnsemble:
        return cls(
            feature_names=tuple(data["feature_names"]),
            roots=np.asarray(data["roots"], dtype=np.int32),
            feature=np.asarray(data["feature"], dtype=np.int32),
            threshold=np.asarray(data["threshold"], dtype=np.float32),
            left=np.asarray(data["left"], dtype=np.int32),
            right=np.asarray(data["right"], dtype=np.int32),
            value=np.asarray(data["value"], dtype=np.float32),
            baseline=float(data["baseline"]),
            depth=int(data["depth"]),
        )

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Probability that each row (block) is article text."""
        n = X.shape[0]
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        rows = np.arange(n)[:, None]
        node = np.broadcast_to(self.roots, (n, self.roots.size)).copy()
        for _ in range(self.depth):
            go_left = X[rows, self.feature[node]] <= self.threshold[node]
            node = np.where(go_left, self.left[node], self.right[node])
        margin = self.baseline + self.value[node].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-margin))


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
