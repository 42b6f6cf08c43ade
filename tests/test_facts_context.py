"""The facts pass's per-name context, computed once and shared: same answers as the plain
rules it stands for, on crafted strings that probe their edges and on real texts of
../shared/data (skipped when absent)."""

from __future__ import annotations

import pytest

from bench import datasets
from pressclip.facts import names

CRAFTED = [
    "Results: 1. Camenzind 2. Huser\n12. Zberg. 3.\tDufaux, 4.  Jalabert",
    "LONDON - Prices rose. (AP) — Rain fell. N.S. -Dawn came. Paris (AFP) – Le Monde dit",
    "He said: « Voilà ». “Quote” (Aside) Next 1.5. Then 2,3. Moreover v1. Zurich",
    "A. B.\n\nC.  D.\u00a0E. 123. F 1234. G .. H",
    "",
    "Ab",
]


def plain_sentence_start(text: str, pos: int) -> bool:
    """The rule names.sentence_start stands for, with the rank's search always run."""
    if pos < 3:
        return True
    if text[pos - 1] != "\n" and text[pos - 1].isspace() and \
            names.RANK.search(text, max(0, pos - 6), pos):
        return False
    before = text[max(0, pos - 3) : pos].rstrip(" \t\u00a0")
    if before and before[-1] in "-–—" and \
            names.DATELINE_DASH.search(text, max(0, pos - 16), pos):
        return True
    return not before or before[-1] in ".!?\n:«“\"("


def check(text: str) -> int:
    """Every position of the text asked both ways, in an order that reuses answers; the
    number of positions read as ranked (not opening a sentence after a rank)."""
    shared = names.SentenceStarts(text)
    ranked = 0
    for pos in list(range(len(text) + 1)) + list(range(len(text), -1, -1)):
        expected = plain_sentence_start(text, pos)
        assert names.sentence_start(text, pos) == expected, (text[max(0, pos - 10):pos], pos)
        assert shared(pos) == expected
        ranked += names.RANK.search(text, max(0, pos - 6), pos) is not None
    return ranked


@pytest.mark.parametrize("text", CRAFTED)
def test_sentence_starts_match_the_plain_rule_on_crafted_text(text: str) -> None:
    check(text)


def test_the_crafted_texts_hold_ranks() -> None:
    # Not a vacuous comparison: the probes do hold ranks for the full stop's check to pass.
    assert sum(check(t) for t in CRAFTED) >= 10


def test_sentence_starts_are_shared_per_text() -> None:
    text = "Mr. Smith met 12. Jones. Then Brown left."
    assert names.sentence_starts(text) is names.sentence_starts(text)
    assert names.sentence_starts(text) is not names.sentence_starts(text + " ")


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_sentence_starts_match_the_plain_rule_on_real_pages() -> None:
    texts = [row["body"][:4000] for name in ("fundus_dev", "l3s_gn1")
             for row in datasets.rows(name, limit=20) if row.get("body")]
    assert len(texts) >= 20
    for text in texts:
        check(text)
