"""Gradient-boosted trees exported from scikit-learn, walked with numpy for many rows at once.

Both shipped models (the HTML block locator and the text-mode line model) are ensembles of
this kind, stored as plain arrays in JSON by the training scripts, so the package needs
numpy but no learning library at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# The threshold of a node that stands in for a leaf above the last level: nothing exceeds
# it, not even an infinite value, so every row goes left down to the leaf's first slot.
_PAD_THRESHOLD = np.inf
# The compiled walk's node records, one array per ensemble so that a node's split is one
# read: the threshold in the rows' own precision beside the feature it tests.
NODE32 = np.dtype([("threshold", np.float32), ("feature", np.int32)])
NODE64 = np.dtype([("threshold", np.float64), ("feature", np.int64)])


@dataclass(frozen=True)
class TreeEnsemble:
    """Trees in a layout made for walking many rows at once.

    Every tree is stored complete to `depth`, in heap order: the inner nodes of tree t are
    `feature`/`threshold`[t * inner:(t + 1) * inner] (inner = 2**depth - 1, the children of
    node i at 2i + 1 and 2i + 2) and its leaves `value`[t * 2**depth:(t + 1) * 2**depth].
    A leaf above the last level becomes nodes that always go left, its value at the slots
    below it. One step of all trees for all rows is `node = 2 * node + 1 + (x > threshold)`:
    no branch, no child index to read, and a tree's top levels share a cache line.
    """

    feature: np.ndarray
    threshold: np.ndarray
    value: np.ndarray
    baseline: float
    depth: int
    nodes32: np.ndarray = field(init=False, repr=False, compare=False)
    nodes64: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "nodes32", _records(self.feature, self.threshold, NODE32))
        object.__setattr__(self, "nodes64", _records(self.feature, self.threshold, NODE64))

    @property
    def n_trees(self) -> int:
        return self.value.size >> self.depth

    @classmethod
    def from_json(cls, data: dict) -> TreeEnsemble:
        depth = int(data["depth"])
        feature, threshold, value = _heap_layout(data, depth)
        return cls(feature=feature, threshold=threshold, value=value,
                   baseline=float(data["baseline"]), depth=depth)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Probability that each row (block) is article text."""
        n = X.shape[0]
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        margin = self.baseline + self.leaf_sums(X)
        return 1.0 / (1.0 + np.exp(-margin))

    def leaf_sums(self, X: np.ndarray) -> np.ndarray:
        """Each row's sum of the values of the leaves its trees reach (float32). The
        compiled walk adds them in numpy's order, without numpy's take over the rows x
        trees array of leaves; leaf_sums_numpy is its reference."""
        if _compiled_leaf_sums is not None and X.dtype in _COMPILED_DTYPES:
            out = np.empty(X.shape[0], dtype=np.float32)
            _compiled_leaf_sums(np.ascontiguousarray(X), self._nodes_for(X), self.value,
                                self.depth, out)
            return out
        return self.leaf_sums_numpy(X)

    def leaf_sums_numpy(self, X: np.ndarray) -> np.ndarray:
        """leaf_sums() by numpy: the leaves' values taken and summed along each row."""
        return self.value.take(self.leaves(X), mode="clip").sum(axis=1)

    def leaves(self, X: np.ndarray) -> np.ndarray:
        """The leaf slot (an index of `value`) each tree reaches for each row: an array
        rows x trees."""
        if _compiled_leaves is not None and X.dtype in _COMPILED_DTYPES:
            out = np.empty((X.shape[0], self.n_trees), dtype=np.intp)
            _compiled_leaves(np.ascontiguousarray(X), self._nodes_for(X), self.depth, out)
            return out
        return self.leaves_numpy(X)

    def leaves_numpy(self, X: np.ndarray) -> np.ndarray:
        """leaves() as numpy steps, one level of all trees for all rows at a time: the
        reference the compiled walk (_trees.pyx) is tested against, and the walk where that
        extension was not built."""
        n, inner = X.shape[0], (1 << self.depth) - 1
        # take() on flat indices is about twice as fast as 2-D fancy indexing, and a quarter
        # faster again with mode="clip", which skips the bounds check: every index is a
        # node of the layout or a cell of X by construction.
        flat = np.ascontiguousarray(X).ravel()
        row_base = (np.arange(n, dtype=np.intp) * X.shape[1])[:, None]
        tree_base = np.arange(self.n_trees, dtype=np.intp) * inner
        node = np.zeros((n, self.n_trees), dtype=np.intp)
        for _ in range(self.depth):
            at = tree_base + node
            x = flat.take(row_base + self.feature.take(at, mode="clip"), mode="clip")
            node = 2 * node + 1 + (x > self.threshold.take(at, mode="clip"))
        return node - inner + (np.arange(self.n_trees, dtype=np.intp) << self.depth)

    def _nodes_for(self, X: np.ndarray) -> np.ndarray:
        return self.nodes32 if X.dtype == np.float32 else self.nodes64


def _heap_layout(data: dict, depth: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The stored trees (sklearn's node order, a leaf its own left child) laid out complete
    to `depth` in heap order (TreeEnsemble)."""
    old_feature, old_threshold = data["feature"], data["threshold"]
    old_left, old_right, old_value = data["left"], data["right"], data["value"]
    inner, width = (1 << depth) - 1, 1 << depth
    n_trees = len(data["roots"])
    feature = np.zeros(n_trees * inner, dtype=np.intp)
    threshold = np.full(n_trees * inner, _PAD_THRESHOLD, dtype=np.float64)
    value = np.zeros(n_trees * width, dtype=np.float32)
    for tree, root in enumerate(data["roots"]):
        todo = [(root, 0, 0)]  # (stored node, heap position, level)
        while todo:
            old, at, level = todo.pop()
            if old_left[old] == old:  # a leaf: its value at every slot below `at`
                below = 1 << (depth - level)
                first = (at + 1) * below - 1 - inner
                value[tree * width + first:tree * width + first + below] = old_value[old]
                continue
            if level == depth:
                raise ValueError(f"a tree is deeper than the ensemble's depth {depth}")
            feature[tree * inner + at] = old_feature[old]
            threshold[tree * inner + at] = old_threshold[old]
            todo.append((old_left[old], 2 * at + 1, level + 1))
            todo.append((old_right[old], 2 * at + 2, level + 1))
    return feature, threshold, value


def _records(feature: np.ndarray, threshold: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """The nodes as records of `dtype` for the compiled walk, as the bytes it reads."""
    records = np.empty(feature.size, dtype=dtype)
    records["feature"] = feature
    records["threshold"] = (threshold if dtype == NODE64 else _float32_below(threshold))
    return records.view(np.uint8)


def _float32_below(threshold: np.ndarray) -> np.ndarray:
    """The greatest float32 at or below each float64 threshold: for every float32 x (NaN
    and infinities included), x > that bound exactly when x > the threshold, since no
    float32 lies between the two. Rounding to nearest would move the boundaries where it
    rounds up."""
    with np.errstate(over="ignore"):  # beyond float32's range the nearest is infinite
        nearest = threshold.astype(np.float32)
    above = nearest.astype(np.float64) > threshold
    nearest[above] = np.nextafter(nearest[above], np.float32(-np.inf))
    return nearest


# The same walk compiled (model/_trees.pyx), when the extension was built at install.
try:
    from ._trees import leaf_sums as _compiled_leaf_sums
    from ._trees import leaves as _compiled_leaves
except ImportError:  # installed without a C compiler: the numpy walk gives the same leaves
    _compiled_leaves = _compiled_leaf_sums = None
_COMPILED_DTYPES = (np.dtype(np.float32), np.dtype(np.float64))
