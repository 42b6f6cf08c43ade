"""Gradient-boosted trees exported from scikit-learn, walked with numpy for many rows at once.

Both shipped models (the HTML block locator and the text-mode line model) are ensembles of
this kind, stored as plain arrays in JSON by the training scripts, so the package needs
numpy but no learning library at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# A leaf's threshold: every value goes "left", i.e. stays on the leaf.
_LEAF_THRESHOLD = np.finfo(np.float64).max


@dataclass(frozen=True)
class TreeEnsemble:
    """Trees in a layout made for walking many rows at once.

    Every inner node's two children sit side by side (right = left + 1) and a leaf points
    to itself with a threshold nothing exceeds, so one step of all trees for all rows is
    `node = left[node] + (x > threshold[node])`: no branch, no select.
    """

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
        margin = self.baseline + self.leaf_sums(X)
        return 1.0 / (1.0 + np.exp(-margin))

    def leaf_sums(self, X: np.ndarray) -> np.ndarray:
        """Each row's sum of the values of the leaves its trees reach (float32). The
        compiled walk adds them as it goes, in numpy's order, without the rows x trees
        array of leaves; leaf_sums_numpy is its reference."""
        if _compiled_leaf_sums is not None and X.dtype in _COMPILED_DTYPES:
            out = np.empty(X.shape[0], dtype=np.float32)
            _compiled_leaf_sums(np.ascontiguousarray(X), self.roots, self.feature,
                                self.threshold, self.left, self.value, self.depth, out)
            return out
        return self.leaf_sums_numpy(X)

    def leaf_sums_numpy(self, X: np.ndarray) -> np.ndarray:
        """leaf_sums() by numpy: the leaves' values taken and summed along each row."""
        return self.value.take(self.leaves(X), mode="clip").sum(axis=1)

    def leaves(self, X: np.ndarray) -> np.ndarray:
        """The node (a leaf) each tree reaches for each row: an array rows x trees."""
        if _compiled_leaves is not None and X.dtype in _COMPILED_DTYPES:
            node = np.empty((X.shape[0], self.roots.size), dtype=np.intp)
            _compiled_leaves(np.ascontiguousarray(X), self.roots, self.feature, self.threshold,
                             self.left, self.depth, node)
            return node
        return self.leaves_numpy(X)

    def leaves_numpy(self, X: np.ndarray) -> np.ndarray:
        """leaves() as numpy steps, one level of all trees for all rows at a time: the
        reference the compiled walk (_trees.pyx) is tested against, and the walk where that
        extension was not built."""
        n = X.shape[0]
        # take() on flat indices is about twice as fast as 2-D fancy indexing, and a quarter
        # faster again with mode="clip", which skips the bounds check: every index is a
        # node of the layout or a cell of X by construction.
        flat = np.ascontiguousarray(X).ravel()
        row_base = (np.arange(n, dtype=np.intp) * X.shape[1])[:, None]
        node = np.broadcast_to(self.roots, (n, self.roots.size)).copy()
        left, feature, threshold = self.left, self.feature, self.threshold
        for _ in range(self.depth):
            x = flat.take(row_base + feature.take(node, mode="clip"), mode="clip")
            node = left.take(node, mode="clip") + (x > threshold.take(node, mode="clip"))
        return node


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
    # Indices as intp, numpy's own index type: take() converts any other on every call.
    return (
        np.asarray(feature, dtype=np.intp),
        # float64 like scikit-learn's thresholds: float32 would move a few boundaries.
        np.asarray(threshold, dtype=np.float64),
        np.asarray(left, dtype=np.intp),
        np.asarray(value, dtype=np.float32),
        np.asarray(roots, dtype=np.intp),
    )


# The same walk compiled (model/_trees.pyx), when the extension was built at install.
try:
    from ._trees import leaf_sums as _compiled_leaf_sums
    from ._trees import leaves as _compiled_leaves
except ImportError:  # installed without a C compiler: the numpy walk gives the same leaves
    _compiled_leaves = _compiled_leaf_sums = None
_COMPILED_DTYPES = (np.dtype(np.float32), np.dtype(np.float64))
