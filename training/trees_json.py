"""A fitted scikit-learn HistGradientBoostingClassifier as the plain arrays that
pressclip.model.trees.TreeEnsemble walks at run time (JSON, so the package needs no
learning library). Shared by every training script that ships trees."""

from __future__ import annotations

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier


def export_trees(clf: HistGradientBoostingClassifier) -> dict:
    """baseline, depth, roots and per-node feature/threshold/left/right/value arrays; a
    leaf points to itself on both sides.

    Thresholds are kept exact: features are float32, so two values a split separates can
    be 1e-7 apart, and a threshold rounded to 6 decimals can land on the wrong side of one
    of them (on a toy model, 17 of 400 rows scored differently from scikit-learn). Leaf
    values are rounded to 6 decimals, which moves a score by at most 1e-4."""
    roots, feature, threshold, left, right, value = [], [], [], [], [], []
    depth = 0
    for (predictor,) in clf._predictors:
        base = len(feature)
        roots.append(base)
        for node in predictor.nodes:
            leaf = bool(node["is_leaf"])
            feature.append(0 if leaf else int(node["feature_idx"]))
            threshold.append(0.0 if leaf else float(node["num_threshold"]))
            idx = len(feature) - 1
            left.append(idx if leaf else base + int(node["left"]))
            right.append(idx if leaf else base + int(node["right"]))
            value.append(float(node["value"]) if leaf else 0.0)
            depth = max(depth, int(node["depth"]))
    return {
        "baseline": float(np.ravel(clf._baseline_prediction)[0]),
        "depth": depth,
        "roots": roots,
        "feature": feature,
        "threshold": threshold,
        "left": left,
        "right": right,
        "value": [round(v, 6) for v in value],
    }
