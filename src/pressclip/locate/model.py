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


# A leaf's threshold: every value goes "left", i.e. stays on the leaf.
_LEAF_THRESHOLD = np.finfo(np.float32).max


@dataclass(frozen=True)
class TreeEnsemble:
    """Trees in a layout made for walking many rows at once.

    Every inner node's two children sit side by side (right = left + 1) and a leaf points
    to itself with a threshold nothing exceeds, so one step of all trees for all rows is
    `node = left[node] + (x > threshold[node])`: no branch, no select.
    """

    feature_names: tuple[str, ...]
    roots: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    value: np.ndarray
    baseline: float
    depth: int

    @classmethod
    def from_json(cls, data: dict) -> TreeEnsemble:
        feature, threshold, left, value, roots = _adjacent_layout(data)
        return cls(
            feature_names=tuple(data["feature_names"]),
            roots=roots,
            feature=feature,
            threshold=threshold,
            left=left,
            value=value,
            baseline=float(data["baseline"]),
            depth=int(data["depth"]),
        )

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Probability that each row (block) is article text."""
        n = X.shape[0]
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        # take() on flat indices is about twice as fast as 2-D fancy indexing.
        flat = np.ascontiguousarray(X, dtype=np.float32).ravel()
        row_base = (np.arange(n, dtype=np.int64) * X.shape[1])[:, None]
        node = np.broadcast_to(self.roots, (n, self.roots.size)).copy()
        left, feature, threshold = self.left, self.feature, self.threshold
        for _ in range(self.depth):
            x = flat.take(row_base + feature.take(node))
            node = left.take(node) + (x > threshold.take(node))
        margin = self.baseline + self.value.take(node).sum(axis=1)
        return 1.0 / (1.0 + np.exp(-margin))


def _adjacent_layout(data: dict) -> tuple[np.ndarray, ...]:
    """Renumber the stored trees (sklearn's node order) so that siblings are adjacent."""
    old_feature, old_threshold = data["feature"], data["threshold"]
    old_left, old_right, old_value = data["left"], data["right"], data["value"]
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    value: list[float] = []
    roots: list[int] = []

    def slot() -> int:
        feature.append(0)
        threshold.append(_LEAF_THRESHOLD)
        left.append(0)
        value.append(0.0)
        return len(feature) - 1

    for root in data["roots"]:
        new_root = slot()
        roots.append(new_root)
        todo = [(root, new_root)]
        while todo:
            old, new = todo.pop()
            if old_left[old] == old:  # a leaf
                left[new] = new
                value[new] = old_value[old]
                continue
            feature[new] = old_feature[old]
            threshold[new] = old_threshold[old]
            first = slot()
            slot()
            left[new] = first
            todo.append((old_left[old], first))
            todo.append((old_right[old], first + 1))
    return (
        np.asarray(feature, dtype=np.int32),
        np.asarray(threshold, dtype=np.float32),
        np.asarray(left, dtype=np.int32),
        np.asarray(value, dtype=np.float32),
        np.asarray(roots, dtype=np.int32),
    )


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
