"""Kept blocks after the article's last paragraph of prose, outside the container of its
paragraphs (a box of other stories, an author's card, a notice), leave; the article's own
end, inside its body, stays."""

from types import SimpleNamespace

import numpy as np

from pressclip.locate.features import ENDS_COLUMN, N_FEATURES
from pressclip.locate.tail import drop_outside_tail, drop_unended_tail

PAGE = SimpleNamespace(parent=None, depth=0)
BODY = SimpleNamespace(parent=PAGE, depth=1)
SIGNATURE = SimpleNamespace(parent=BODY, depth=2)
BOX = SimpleNamespace(parent=PAGE, depth=1)


def _case(rows: list[tuple[bool, int, bool, object]]) -> list[bool]:
    """Rows of (kept, word units, ends like a sentence, container)."""
    raw = [SimpleNamespace(container=c) for *_, c in rows]
    X = np.zeros((len(rows), N_FEATURES), dtype=np.float32)
    X[:, ENDS_COLUMN] = [float(ends) for _, _, ends, _ in rows]
    keep = np.array([kept for kept, *_ in rows])
    units = np.array([float(n) for _, n, *_ in rows])
    return drop_outside_tail(raw, X, keep, units).tolist()


PROSE = (True, 40, True, BODY)


def test_blocks_after_the_body_in_another_branch_leave():
    label = (True, 3, False, BOX)
    teaser = (True, 15, False, BOX)
    assert _case([PROSE, PROSE, label, teaser]) == [True, True, False, False]


def test_the_article_s_own_end_and_blocks_above_its_last_paragraph_stay():
    signature = (True, 3, False, SIGNATURE)
    assert _case([PROSE, PROSE, signature]) == [True, True, True]
    kicker = (True, 4, False, BOX)
    assert _case([kicker, PROSE, PROSE]) == [True, True, True]


def test_one_paragraph_says_nothing_of_where_the_article_ends():
    assert _case([PROSE, (True, 6, False, BOX)]) == [True, True]
    # A dropped paragraph is no paragraph of the article.
    assert _case([PROSE, (False, 40, True, BODY), (True, 6, False, BOX)]) == [True, False, True]


def test_paragraphs_in_two_branches_make_the_page_their_body():
    other = (True, 40, True, BOX)
    assert _case([PROSE, other, (True, 6, False, BOX)]) == [True, True, True]


def test_after_a_stray_paragraph_the_unended_blocks_beyond_the_body_still_leave():
    rows = [PROSE] * 5 + [(True, 20, True, BOX), (True, 5, False, BOX),
            (True, 6, True, BOX), (True, 3, False, SIGNATURE)]
    raw = [SimpleNamespace(container=c) for *_, c in rows]
    X = np.zeros((len(rows), N_FEATURES), dtype=np.float32)
    X[:, ENDS_COLUMN] = [float(ends) for _, _, ends, _ in rows]
    keep = np.array([kept for kept, *_ in rows])
    units = np.array([float(n) for _, n, *_ in rows])
    # The stray paragraph widens drop_outside_tail's container to the page: nothing leaves.
    assert drop_outside_tail(raw, X, keep, units).tolist() == [True] * 9
    # The body holds nine tenths of the prose: beyond it, the block ending no sentence
    # leaves; the paragraph, the short sentence and the body's own signature stay.
    assert drop_unended_tail(raw, X, keep, units).tolist() == [True] * 6 + [False, True, True]
