"""A short label kept right before a dropped list of links leaves with the list.

"Read also", "More on this:" and the like open a list of other stories; the locator drops
the list (links) but may keep its label, which then labels nothing in the article.
"""

from types import SimpleNamespace

import numpy as np

from pressclip.locate import _drop_link_labels
from pressclip.locate.features import N_FEATURES, STOPS_COLUMN, feature_names

_LINKS = feature_names().index("link_density")


def _case(rows: list[tuple[bool, int, float, float, int]]) -> list[bool]:
    """Rows of (kept, word units, sentence ends a word, link density, heading level)."""
    raw = [SimpleNamespace(in_heading=level) for *_, level in rows]
    X = np.zeros((len(rows), N_FEATURES), dtype=np.float32)
    X[:, STOPS_COLUMN] = [stops for _, _, stops, _, _ in rows]
    X[:, _LINKS] = [links for _, _, _, links, _ in rows]
    keep = np.array([kept for kept, *_ in rows])
    units = np.array([float(units) for _, units, *_ in rows])
    return _drop_link_labels(raw, X, keep, units).tolist()


PROSE = (True, 40, 0.1, 0.0, 0)
LINKS = (False, 12, 0.0, 0.9, 0)


def test_a_label_before_dropped_links_leaves():
    assert _case([PROSE, (True, 3, 0.0, 0.0, 0), LINKS, PROSE]) == [True, False, False, True]


def test_a_sentence_a_long_block_a_heading_or_kept_links_stay():
    for block in ((True, 4, 0.25, 0.0, 0), (True, 20, 0.0, 0.0, 0), (True, 3, 0.0, 0.0, 2)):
        assert _case([PROSE, block, LINKS]) == [True, True, False], block
    assert _case([PROSE, (True, 3, 0.0, 0.0, 0), (True, 12, 0.0, 0.9, 0)]) == [True] * 3


def test_a_label_before_dropped_prose_stays():
    dropped_prose = (False, 40, 0.1, 0.0, 0)
    assert _case([PROSE, (True, 3, 0.0, 0.0, 0), dropped_prose]) == [True, True, False]


def test_no_label_leaves_where_no_sentence_would_stay():
    # A brief of one short line before a list of links is the article itself.
    brief = (True, 6, 0.0, 0.0, 0)
    assert _case([brief, LINKS]) == [True, False]
    assert _case([(False, 40, 0.1, 0.0, 0), brief, LINKS]) == [False, True, False]
