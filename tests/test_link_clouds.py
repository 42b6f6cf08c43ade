"""A kept run of links without a sentence (a list of other stories run together, a tag
cloud, a link directory) leaves the selection; linked prose and short link lines stay."""

import numpy as np

from pressclip.locate.clouds import drop_link_clouds
from pressclip.locate.features import N_FEATURES, STOPS_COLUMN, feature_names

_LINKS = feature_names().index("link_density")


def _case(rows: list[tuple[bool, int, float, float]]) -> list[bool]:
    """Rows of (kept, word units, sentence ends a word, link density)."""
    X = np.zeros((len(rows), N_FEATURES), dtype=np.float32)
    X[:, STOPS_COLUMN] = [stops for _, _, stops, _ in rows]
    X[:, _LINKS] = [links for *_, links in rows]
    keep = np.array([kept for kept, *_ in rows])
    units = np.array([float(n) for _, n, *_ in rows])
    return drop_link_clouds(X, keep, units).tolist()


PROSE = (True, 40, 0.1, 0.0)
CLOUD = (True, 45, 0.0, 0.9)


def test_a_long_run_of_links_without_a_sentence_leaves():
    assert _case([PROSE, CLOUD, PROSE]) == [True, False, True]


def test_linked_prose_a_short_link_line_and_a_wordy_block_stay():
    linked_prose = (True, 45, 0.05, 0.9)
    short_links = (True, 12, 0.0, 0.9)
    few_links = (True, 45, 0.0, 0.3)
    for block in (linked_prose, short_links, few_links):
        assert _case([PROSE, block]) == [True, True], block


def test_a_dropped_cloud_stays_dropped_and_a_page_of_clouds_stays_whole():
    assert _case([PROSE, (False, 45, 0.0, 0.9)]) == [True, False]
    # No sentence would be left: the clouds are all the page has, the gate decides.
    assert _case([CLOUD, (True, 30, 0.0, 0.8)]) == [True, True]
