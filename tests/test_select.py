"""The selection's compiled passes (locate/_select.pyx) give their Python twins' results, bit
for bit: the drop of furniture beside prose, and the gate's evidence, whose sums must be
numpy's own floats (it adds pairwise), as the gate's trees were trained on them."""

from __future__ import annotations

import dataclasses
import itertools
import os
import random

import numpy as np
import pytest

import pressclip.locate as locate
from bench import datasets
from pressclip.clean import clean
from pressclip.locate.blocks import segment
from pressclip.locate.features import WORDS_COLUMN, build_matrix, container_groups
from pressclip.locate.model import load_model
from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

needs_compiled = pytest.mark.skipif(
    locate._compiled_evidence is None,
    reason="the C extension pressclip.locate._select was not built")


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled passes (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert locate._compiled_evidence is not None, "setup.py did not build locate._select"


def _scored(html: str, url: str | None = None) -> tuple:
    """A page's blocks, matrix, scores and word units, as select makes them."""
    root = parse_html(html)
    hint = read_metadata(root, url).article_body
    clean(root)
    raw = segment(root)
    groups = container_groups(raw)
    X = build_matrix(raw, hint, groups)
    proba = load_model().predict_proba(X, groups)
    units = np.expm1(X[:, WORDS_COLUMN].astype(np.float64))
    return raw, X, proba, units


def _bits(evidence: object) -> list:
    return [v.hex() if isinstance(v, float) else v for v in dataclasses.astuple(evidence)]


def _assert_same(raw: list, X: np.ndarray, proba: np.ndarray, units: np.ndarray,
                 keep: np.ndarray) -> None:
    for fallback in (False, True):
        assert _bits(locate._compiled_evidence(raw, keep, proba, units, X, fallback)) == \
            _bits(locate._python_evidence(raw, keep, proba, units, X, fallback))
    built = locate._compiled_furniture(raw, X, keep, units)
    reference = locate._python_drop_furniture_beside_prose(raw, X, keep, units)
    assert built.dtype == bool and built.tolist() == reference.tolist()


def _keeps(proba: np.ndarray, rng: random.Random) -> list[np.ndarray]:
    """The model's own selection, every block, none, and random ones."""
    n = len(proba)
    keeps = [proba >= load_model().threshold_keep, np.ones(n, bool), np.zeros(n, bool)]
    for share in (0.1, 0.5, 0.9):
        keeps.append(np.array([rng.random() < share for _ in range(n)], dtype=bool))
    return keeps


_PROSE = ("Ms Halvorsen said the ferry would run again on Monday, after the storm had passed. "
          "The harbour office agreed, and the first boat left at nine. ")
_PAGE = ("<nav><ul><li><a href=/a>Home</a></li><li><a href=/b>World</a></li></ul></nav>"
         "<main><article><h1>Ferry runs again</h1>{body}<aside><p>{prose}</p></aside>"
         "<div class='comments'><p>{prose}</p><p>Great news.</p></div></article></main>"
         "<aside><article><p>{prose}</p></article><p>{prose}</p></aside>"
         "<footer><p>{prose}</p><p>\u00a9 2026 The Harbour Post</p></footer>")
CASES = {
    # Few blocks: numpy's sums of under 8 values, then one run of 8 lanes and a rest.
    "short": _PAGE.format(body=f"<p>{_PROSE}</p>", prose=_PROSE),
    "one block": "<p>One line without an end</p>",
    # Over 128 and over 256 blocks: the pairwise sums cut in halves.
    "long": _PAGE.format(body="".join(f"<p>{_PROSE * (k % 4 + 1)}</p><p>Line {k}</p>"
                                      for k in range(90)), prose=_PROSE),
    "longer": _PAGE.format(body="".join(f"<p>{_PROSE[:k * 7 % 160]}</p>"
                                        for k in range(300)), prose=_PROSE),
}


@needs_compiled
@pytest.mark.parametrize("name", sorted(CASES))
def test_crafted_pages_give_the_same_results(name: str) -> None:
    raw, X, proba, units = _scored(f"<html><body>{CASES[name]}</body></html>")
    rng = random.Random(name)
    for keep in _keeps(proba, rng):
        _assert_same(raw, X, proba, units, keep)
    # Scores of every size, and blocks weighed far apart: the order of the sums shows.
    for _ in range(5):
        noisy = np.array([rng.random() for _ in raw], dtype=np.float32)
        spread = units * np.array([10.0 ** rng.randint(-3, 5) for _ in raw])
        for keep in _keeps(noisy, rng):
            _assert_same(raw, X, noisy, spread, keep)


@needs_compiled
def test_scores_of_another_type_are_read_by_the_twin() -> None:
    # A stand-in model (bench.locator_oof's) gives float64 scores, which the compiled
    # evidence does not read.
    raw, X, proba, units = _scored(f"<html><body>{CASES['short']}</body></html>")
    keep = proba >= load_model().threshold_keep
    scores = proba.astype(np.float64)
    assert _bits(locate._evidence(raw, keep, scores, units, X, False)) == \
        _bits(locate._python_evidence(raw, keep, scores, units, X, False))


@needs_compiled
def test_furniture_leaves_beside_prose_in_both() -> None:
    raw, X, proba, units = _scored(f"<html><body>{CASES['short']}</body></html>")
    keep = np.ones(len(raw), dtype=bool)
    built = locate._compiled_furniture(raw, X, keep, units)
    # The menu, the comments, the footer and the aside's paragraphs leave; the article's
    # own paragraph, and the one in an <article> inside an <aside>, stay.
    assert not built.all() and built.any()
    assert built.tolist() == locate._python_drop_furniture_beside_prose(
        raw, X, keep, units).tolist()


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
@pytest.mark.parametrize("name", ["fundus_dev", "trafilatura", "cleaneval", "readability"])
def test_real_pages_give_the_same_results(name: str) -> None:
    rng = random.Random(name)
    for row in itertools.islice(datasets.rows(name), 30):
        raw, X, proba, units = _scored(row["html"], row.get("url"))
        if raw:
            for keep in _keeps(proba, rng):
                _assert_same(raw, X, proba, units, keep)
