"""A kept heading stays only when article text follows it within its section."""

from types import SimpleNamespace

import numpy as np

from pressclip.locate import _drop_orphan_headings


def _kept(levels: list[int]) -> list[bool]:
    """Which blocks stay when all are kept by the model; level 0 is a paragraph."""
    raw = [SimpleNamespace(in_heading=level) for level in levels]
    return _drop_orphan_headings(raw, np.ones(len(raw), dtype=bool)).tolist()


def test_a_heading_followed_by_text_stays():
    assert _kept([1, 0, 2, 0]) == [True, True, True, True]


def test_headings_of_a_list_of_links_go():
    # "More stories" h2 over h3 headlines with no text: none of them stays.
    assert _kept([0, 2, 3, 3, 3]) == [True, False, False, False, False]
    assert _kept([0, 2, 2]) == [True, False, False]


def test_a_standfirst_set_as_a_heading_above_a_subhead_stays():
    # h1 title, h2 standfirst, h3 subhead, then the text.
    assert _kept([1, 2, 3, 0, 0]) == [True, True, True, True, True]


def test_a_lower_heading_does_not_carry_a_higher_one_past_its_own_rank():
    # The h3 before the h2 has no text of its own: the h2 ends its section.
    assert _kept([3, 2, 0]) == [False, True, True]


def test_a_heading_the_model_dropped_is_not_counted():
    raw = [SimpleNamespace(in_heading=level) for level in (2, 0, 2, 0)]
    keep = np.array([True, False, True, True])
    assert _drop_orphan_headings(raw, keep).tolist() == [False, False, True, True]
