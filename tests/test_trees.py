"""The compiled tree walk (model/_trees.pyx) reaches the same leaves as the numpy walk,
and its sums of their values are numpy's to the bit.

The numpy walk is the reference of TreeEnsemble.leaves(); numpy's take and sum over those
leaves is the reference of TreeEnsemble.leaf_sums(), through which the shipped models are
scored: the compiled sum adds in numpy's pairwise order, so the scores are the same to the
last bit. CI sets PRESSCLIP_REQUIRE_COMPILED=1 so that a build without the
extension fails here rather than only running slower.
"""

from __future__ import annotations

import dataclasses
import itertools
import os

import numpy as np
import pytest

from bench import datasets
from pressclip.clean import clean
from pressclip.locate import blocks, features
from pressclip.locate.model import load_model as load_locator
from pressclip.metadata import read_metadata
from pressclip.model import trees
from pressclip.parse.html import parse_html
from pressclip.textmode.lines import split_lines
from pressclip.textmode.model import load_model as load_line_model

needs_compiled = pytest.mark.skipif(
    trees._compiled_leaves is None, reason="the C extension pressclip.model._trees was not built"
)


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled walk (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert trees._compiled_leaves is not None, "setup.py did not build pressclip.model._trees"


def _ensembles() -> list[trees.TreeEnsemble]:
    locator, lines = load_locator(), load_line_model()
    return [locator.stage1, locator.stage2, lines.stage_one, lines.stage_two]


def _assert_same_leaves(ensemble: trees.TreeEnsemble, X: np.ndarray) -> None:
    compiled = ensemble.leaves(X)
    assert compiled.shape == (X.shape[0], ensemble.n_trees)
    np.testing.assert_array_equal(compiled, ensemble.leaves_numpy(X))
    _assert_same_sums(ensemble, X)


def _assert_same_sums(ensemble: trees.TreeEnsemble, X: np.ndarray) -> None:
    compiled = ensemble.leaf_sums(X)
    assert compiled.dtype == np.float32 and compiled.shape == (X.shape[0],)
    # Bit for bit: an equal value of another sign (a zero) or a last bit apart would fail.
    np.testing.assert_array_equal(compiled.view(np.int32),
                                  ensemble.leaf_sums_numpy(X).view(np.int32))


@needs_compiled
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_random_rows_and_rows_on_the_thresholds(dtype: type) -> None:
    rng = np.random.default_rng(7)
    for ensemble in _ensembles():
        width = int(ensemble.feature.max()) + 1
        spread = rng.normal(0, 3, size=(200, width)).astype(dtype)
        # Rows that sit exactly on split values, where > and >= part ways, and (float32)
        # on the float32 values next to them, where a threshold rounded to nearest would
        # part from the float64 one.
        splits = rng.choice(ensemble.threshold[np.isfinite(ensemble.threshold)],
                            size=(200, width)).astype(dtype)
        below = np.nextafter(splits, dtype(-np.inf))
        above = np.nextafter(splits, dtype(np.inf))
        _assert_same_leaves(ensemble, np.vstack([spread, splits, below, above]))


def _one_split(threshold: float) -> trees.TreeEnsemble:
    """An invented ensemble: one tree splitting feature 0 at `threshold`, its left leaf
    worth -1 and its right leaf +1, under a leaf standing at the root of a second tree."""
    return trees.TreeEnsemble.from_json({
        "roots": [0, 3], "depth": 1, "baseline": 0.0,
        "feature": [0, 0, 0, 0], "threshold": [threshold, 0.0, 0.0, 0.0],
        "left": [1, 1, 2, 3], "right": [2, 1, 2, 3], "value": [0.0, -1.0, 1.0, 0.5],
    })


@pytest.mark.parametrize("threshold", [0.1, 1 / 3, -2.7, 1e-40, 3.5e38, 1e300, -1e300])
def test_float32_rows_split_where_the_float64_threshold_does(threshold: float) -> None:
    # None of these is a float32: rounded to nearest, the compiled walk's float32 bound
    # would send the float32 next above or below the threshold the other way.
    ensemble = _one_split(threshold)
    with np.errstate(over="ignore"):  # 1e300 is beyond float32's range: its nearest is inf
        near = np.float32(threshold)
    X = np.array([[near], [np.nextafter(near, np.float32(-np.inf))],
                  [np.nextafter(near, np.float32(np.inf))], [np.inf], [-np.inf], [np.nan]],
                 dtype=np.float32)
    expected = np.where(X[:, 0].astype(np.float64) > threshold, 1.0, -1.0) + 0.5
    np.testing.assert_array_equal(ensemble.leaf_sums(X), expected.astype(np.float32))
    np.testing.assert_array_equal(ensemble.leaf_sums_numpy(X), expected.astype(np.float32))


def test_a_leaf_above_the_last_level_holds_whatever_its_row() -> None:
    # The second tree is one leaf: its row goes left through a node no value exceeds,
    # infinities and NaN included.
    X = np.array([[np.inf], [-np.inf], [np.nan], [0.0]])
    leaves = _one_split(0.5).leaves(X)
    np.testing.assert_array_equal(leaves[:, 1], [2, 2, 2, 2])
    np.testing.assert_array_equal(leaves, _one_split(0.5).leaves_numpy(X))


@needs_compiled
@pytest.mark.parametrize("trees_kept", [1, 5, 8, 13, 80, 129, 240, 1000])
def test_sums_of_any_number_of_trees_add_in_numpys_order(trees_kept: int) -> None:
    # numpy sums under 8 values, up to 128 and above in three ways (_trees.pyx's
    # _pairwise_sum): ensembles of the locator's trees, cut short or repeated, take each.
    ensemble = load_locator().stage1
    inner, leaves_a_tree = (1 << ensemble.depth) - 1, 1 << ensemble.depth
    kept = np.resize(np.arange(ensemble.n_trees), trees_kept)
    nodes = (kept[:, None] * inner + np.arange(inner)).ravel()
    slots = (kept[:, None] * leaves_a_tree + np.arange(leaves_a_tree)).ravel()
    # Values of many magnitudes, so that another order of the additions would round apart.
    scale = np.random.default_rng(3).choice([1e-4, 1.0, 1e4], size=slots.size)
    cut = dataclasses.replace(ensemble, feature=ensemble.feature[nodes],
                              threshold=ensemble.threshold[nodes],
                              value=(ensemble.value[slots] * scale).astype(np.float32))
    assert cut.n_trees == trees_kept
    width = int(ensemble.feature.max()) + 1
    X = np.random.default_rng(5).normal(0, 3, size=(300, width)).astype(np.float32)
    _assert_same_sums(cut, X)
    if trees_kept >= 8:  # under 8, numpy's order is the running sum's
        running = np.add.accumulate(cut.value.take(cut.leaves(X)), axis=1)[:, -1]
        assert not np.array_equal(cut.leaf_sums(X), running), "no order tells here"


@needs_compiled
def test_sums_of_zeros_of_either_sign() -> None:
    ensemble = load_locator().stage1
    for zero in (0.0, -0.0):
        flat = dataclasses.replace(ensemble, value=np.full_like(ensemble.value, zero))
        _assert_same_sums(flat, np.zeros((3, int(ensemble.feature.max()) + 1)))


@needs_compiled
def test_no_rows_and_a_strided_matrix() -> None:
    ensemble = load_locator().stage1
    width = int(ensemble.feature.max()) + 1
    assert ensemble.leaves(np.zeros((0, width), dtype=np.float32)).shape == (0, 80)
    assert ensemble.leaf_sums(np.zeros((0, width), dtype=np.float32)).shape == (0,)
    strided = np.random.default_rng(1).random((50, 2 * width)).astype(np.float32)[:, ::2]
    _assert_same_leaves(ensemble, strided)


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_block_and_line_matrices() -> None:
    locator = load_locator()
    for row in itertools.islice(datasets.rows("trafilatura"), 30):
        root = parse_html(row["html"])
        hint = read_metadata(root).article_body
        clean(root)
        found = blocks.segment(root)
        X = features.build_matrix(found, hint)
        _assert_same_leaves(locator.stage1, X)
        p1 = locator.stage1.predict_proba(X)
        _assert_same_leaves(locator.stage2,
                            features.context_matrix(features.container_groups(found), X, p1))
    line_model = load_line_model()
    for row in itertools.islice(datasets.rows("textmode"), 30):
        _assert_same_leaves(line_model.stage_one, line_model.matrix(split_lines(row["text"])))
