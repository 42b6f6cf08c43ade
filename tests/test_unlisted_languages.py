"""Function words of a language outside stopwords.py's lists come from the page itself.

Czech, Norwegian, Swedish, Hungarian or Swahili prose shares a few short words with the
listed languages ("a", "je", "se", "i", "er", "na"): its listed share is a third of a listed
language's, as low as a menu's, yet not 0. Such a page reads its function-word columns from
its own frequent words, as a Japanese page does; a page in a listed language keeps them.
Real train pages of ../shared/data (skipped when absent).
"""

from __future__ import annotations

import numpy as np
import pytest

from bench import datasets
from pressclip.clean import clean
from pressclip.locate.blocks import segment
from pressclip.locate.features import (
    FREQUENT_COLUMN,
    FUNCTION_COLUMN,
    WORDS_COLUMN,
    build_matrix,
)
from pressclip.parse.html import parse_html

pytestmark = pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")


def _matrix(page_id: str, name: str) -> np.ndarray:
    row = next(r for r in datasets.rows(name, split="train") if r["id"] == page_id)
    tree = parse_html(row["html"])
    clean(tree)
    return build_matrix(segment(tree))


def _prose(X: np.ndarray) -> np.ndarray:
    return np.expm1(X[:, WORDS_COLUMN]) >= 20


@pytest.mark.parametrize(("page_id", "name"), [
    ("readability/aktualne", "readability"),  # cs
    ("fundus_dev/no/VerdensGang_2024_08_05", "fundus_dev"),  # nb
])
def test_a_language_sharing_a_few_listed_words_reads_its_own_frequent_words(page_id, name):
    X = _matrix(page_id, name)
    prose = _prose(X)
    assert prose.sum() >= 5
    assert np.array_equal(X[:, FUNCTION_COLUMN], X[:, FREQUENT_COLUMN])
    # Read so, its paragraphs have the share of function words prose has in English.
    assert float(np.median(X[prose, FUNCTION_COLUMN])) >= 0.15


@pytest.mark.parametrize(("page_id", "name"), [
    ("readability/lemonde-1", "readability"),  # fr
    ("fundus_dev/de/Taz_2023_04_28", "fundus_dev"),
])
def test_a_listed_language_keeps_its_listed_function_words(page_id, name):
    X = _matrix(page_id, name)
    assert not np.array_equal(X[:, FUNCTION_COLUMN], X[:, FREQUENT_COLUMN])
    assert float(np.median(X[_prose(X), FUNCTION_COLUMN])) >= 0.25
