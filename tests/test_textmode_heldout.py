"""Text mode on real flattened pages of the heldout split (sites never seen in training), for
each flattener, on the old sets and on the modern pages apart."""

from __future__ import annotations

import pytest

from bench import datasets
from bench.scoring import score_page, score_set, tokens
from pressclip.textmode import extract_text

PAGES_PER_FLATTENER = 40
# Far below the benchmark's figures (bench/textmode.py): a floor that catches a broken model.
MIN_F1 = 0.75
MIN_GAIN_OVER_WHOLE_TEXT = 0.15
TEXT_SETS = ("textmode", "textmode_fundus_dev")
FLATTENERS = ("resiliparse", "inscriptis")


@pytest.fixture(scope="module")
def heldout_rows() -> dict[str, list[dict]]:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no flattened pages to test on")
    found: dict[str, list[dict]] = {}
    for name in TEXT_SETS:
        rows: list[dict] = []
        counts = dict.fromkeys(FLATTENERS, 0)
        for row in datasets.rows(name, split="heldout"):
            if tokens(row.get("body")) and counts[row["flattener"]] < PAGES_PER_FLATTENER:
                counts[row["flattener"]] += 1
                rows.append(row)
            if min(counts.values()) >= PAGES_PER_FLATTENER:
                break
        found[name] = rows
    return found


@pytest.mark.parametrize("text_set", TEXT_SETS)
@pytest.mark.parametrize("flattener", FLATTENERS)
def test_body_f1_per_flattener(heldout_rows: dict[str, list[dict]], text_set: str,
                               flattener: str) -> None:
    rows = [r for r in heldout_rows[text_set] if r["flattener"] == flattener]
    assert len(rows) == PAGES_PER_FLATTENER
    ours = score_set(score_page(r["body"], extract_text(r["text"]).text) for r in rows)
    whole = score_set(score_page(r["body"], r["text"]) for r in rows)
    assert ours.f1 >= MIN_F1
    assert ours.f1 >= whole.f1 + MIN_GAIN_OVER_WHOLE_TEXT
