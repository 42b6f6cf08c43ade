"""Text mode on real flattened pages of the heldout split, for each flattener."""

from __future__ import annotations

import pytest

from bench import datasets
from bench.scoring import score_page, score_set, tokens
from pressclip.textmode import extract_text

PAGES_PER_FLATTENER = 40
# Far below the benchmark's figures (bench/textmode.py): a floor that catches a broken model.
MIN_F1 = 0.75
MIN_GAIN_OVER_WHOLE_TEXT = 0.15


@pytest.fixture(scope="module")
def heldout_rows() -> list[dict]:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no flattened pages to test on")
    rows: list[dict] = []
    counts = {"resiliparse": 0, "inscriptis": 0}
    for row in datasets.rows("textmode", split="heldout"):
        if tokens(row.get("body")) and counts[row["flattener"]] < PAGES_PER_FLATTENER:
            counts[row["flattener"]] += 1
            rows.append(row)
        if min(counts.values()) >= PAGES_PER_FLATTENER:
            break
    return rows


@pytest.mark.parametrize("flattener", ["resiliparse", "inscriptis"])
def test_body_f1_per_flattener(heldout_rows: list[dict], flattener: str) -> None:
    rows = [r for r in heldout_rows if r["flattener"] == flattener]
    ours = score_set(score_page(r["body"], extract_text(r["text"]).text) for r in rows)
    whole = score_set(score_page(r["body"], r["text"]) for r in rows)
    assert ours.f1 >= MIN_F1
    assert ours.f1 >= whole.f1 + MIN_GAIN_OVER_WHOLE_TEXT
