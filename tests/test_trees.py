"""The compiled tree walk (model/_trees.pyx) reaches the same leaves as the numpy walk.

Both shipped models are scored through TreeEnsemble.leaves(); the numpy walk is the
reference. Same leaves means the same scores to the last bit, since numpy sums the leaf
values either way. CI sets PRESSCLIP_REQUIRE_COMPILED=1 so that a build without the
extension fails here rather than only running slower.
"""

from __future__ import annotations

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
    assert compiled.shape == (X.shape[0], ensemble.roots.size)
    np.testing.assert_array_equal(compiled, ensemble.leaves_numpy(X))


@needs_compiled
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_random_rows_and_rows_on_the_thresholds(dtype: type) -> None:
    rng = np.random.default_rng(7)
    for ensemble in _ensembles():
        width = int(ensemble.feature.max()) + 1
        spread = rng.normal(0, 3, size=(200, width)).astype(dtype)
        # Rows that sit exactly on split values, where > and >= part ways.
        inner = ensemble.threshold[ensemble.threshold < np.finfo(np.float64).max]
        on_splits = rng.choice(inner, size=(200, width)).astype(dtype)
        _assert_same_leaves(ensemble, np.vstack([spread, on_splits]))


@needs_compiled
def test_no_rows_and_a_strided_matrix() -> None:
    ensemble = load_locator().stage1
    width = int(ensemble.feature.max()) + 1
    assert ensemble.leaves(np.zeros((0, width), dtype=np.float32)).shape == (0, 80)
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
