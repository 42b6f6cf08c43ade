"""The compiled second-stage columns (textmode/_scores.pyx) give model.python_score_context's
matrix bit for bit: stage two of the shipped line model was trained on the Python builder's
numbers. On the stage-one scores of real flattened pages, on crafted scores (one line, no
line above one half, ties for the largest region, scores of exactly one half) and on random
ones. CI sets PRESSCLIP_REQUIRE_COMPILED=1, so a build that silently fell back to Python
fails there instead of only running slower."""

from __future__ import annotations

import os

import numpy as np
import pytest

from bench import datasets
from pressclip.textmode import model
from pressclip.textmode.lines import split_lines

compiled = model._compiled_score_context
needs_compiled = pytest.mark.skipif(
    compiled is None, reason="the C extension pressclip.textmode._scores was not built"
)
PAGES = 40


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled score columns (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert compiled is not None, "setup.py did not build pressclip.textmode._scores"


def assert_same(scores: np.ndarray, sizes: np.ndarray, templated: np.ndarray) -> None:
    reference = model.python_score_context(scores, sizes, templated)
    built = compiled(scores, sizes, templated)
    assert built.dtype == np.float64 and built.shape == reference.shape
    # Compared as bits: equal floats, the same zeros' signs, and no NaN that == lets through.
    differ = np.argwhere(built.view(np.uint64) != reference.view(np.uint64))
    assert not len(differ), [(int(row), model.SCORE_NAMES[col], reference[row, col],
                              built[row, col]) for row, col in differ[:5]]


@needs_compiled
def test_crafted_scores_give_the_same_columns() -> None:
    cases = [
        [0.9], [0.1], [0.5], [0.5, 0.5000001], [0.0, 0.0, 0.0],
        [0.9, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1, 0.9],  # gaps of two (closed) and three (not)
        [0.9, 0.1, 0.1, 0.1, 0.9],  # two regions of equal mass: the first is the largest
        [0.2, 0.7, 0.3, 0.99, 0.6, 0.1, 0.8, 0.8, 0.8, 0.05],
    ]
    for scores in cases:
        n = len(scores)
        array = np.array(scores, dtype=np.float32)
        sizes = np.arange(1, n + 1, dtype=np.float64)
        assert_same(array, sizes, np.zeros(n))
        assert_same(array, np.full(n, 12.0), (np.arange(n) % 2).astype(np.float64))
    # The templated column as it comes: a strided view of the feature matrix.
    x = np.arange(30, dtype=np.float64).reshape(10, 3) % 2
    assert_same(np.linspace(0.0, 1.0, 10, dtype=np.float32), np.full(10, 3.0), x[:, 1])


@needs_compiled
def test_random_scores_give_the_same_columns() -> None:
    rng = np.random.default_rng(15)
    for _ in range(300):
        n = int(rng.integers(1, 400))
        # Runs of high and low scores, as a page's lines have them.
        scores = np.clip(np.repeat(rng.random(n // 5 + 1), 5)[:n]
                         + rng.normal(0.0, 0.2, n), 0.0, 1.0).astype(np.float32)
        sizes = np.expm1(np.log1p(rng.integers(0, 80, n).astype(np.float64)))
        templated = (rng.random(n) < 0.2).astype(np.float64)
        assert_same(scores, sizes, templated)


@needs_compiled
def test_real_pages_give_the_same_columns() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no flattened pages to test on")
    line_model = model.load_model()
    for name in ("textmode", "textmode_fundus_dev"):
        for row in datasets.rows(name, limit=PAGES // 2):
            lines = split_lines(row["text"])
            if not lines:
                continue
            x = line_model.matrix(lines)
            scores = line_model.stage_one.predict_proba(x)
            assert scores.dtype == np.float32  # what the compiled builder is made for
            assert_same(scores, np.expm1(x[:, model._LOG_TOKENS]), x[:, model._TEMPLATED])
