"""A block between two kept blocks of one body joins the selection.

A short article's middle paragraph, a subheading or a short line between its paragraphs is
often scored a little under the keep threshold while the paragraphs around it clear it; an
unlikely block, a link list, a block of another part of the page in the same gap, or a gap
of more than three blocks does not join.
"""

from types import SimpleNamespace

import numpy as np

from pressclip.locate import _fill_gaps
from pressclip.locate.blocks import Container
from pressclip.locate.features import ENDS_COLUMN, N_FEATURES, feature_names

_LINKS = feature_names().index("link_density")
BODY = Container("div", 3, 0, None)
ASIDE = Container("aside", 3, 0, None)


def _case(rows: list[tuple[bool, bool, bool, float, Container]]) -> list[bool]:
    """Rows of (kept, likely, ends like a sentence, link density, parent of the block)."""
    raw = [SimpleNamespace(container=Container("p", 4, 0, parent)) for *_, parent in rows]
    X = np.zeros((len(rows), N_FEATURES), dtype=np.float32)
    X[:, ENDS_COLUMN] = [ends for _, _, ends, _, _ in rows]
    X[:, _LINKS] = [links for _, _, _, links, _ in rows]
    keep = np.array([kept for kept, *_ in rows])
    likely = np.array([likely for _, likely, *_ in rows])
    return _fill_gaps(raw, X, keep, likely, np.zeros(len(rows), bool)).tolist()


def test_the_middle_paragraph_of_a_short_article_joins():
    rows = [(True, True, True, 0.0, BODY), (False, True, True, 0.0, BODY),
            (True, True, True, 0.0, BODY)]
    assert _case(rows) == [True, True, True]


def test_a_subheading_or_short_line_between_paragraphs_joins():
    # No sentence end: a subheading, a list item, a line set apart ("Photos: J. Doe").
    rows = [(True, True, True, 0.0, BODY), (False, True, False, 0.0, BODY),
            (False, True, False, 0.0, BODY), (True, True, True, 0.0, BODY)]
    assert _case(rows) == [True, True, True, True]


def test_an_unlikely_linked_or_foreign_block_stays_out():
    for gap in ((False, False, True, 0.0, BODY), (False, True, False, 0.8, BODY),
                (False, True, True, 0.0, ASIDE)):
        rows = [(True, True, True, 0.0, BODY), gap, (True, True, True, 0.0, BODY)]
        assert _case(rows) == [True, False, True], gap


def test_a_long_gap_is_another_part_of_the_page():
    rows = [(True, True, True, 0.0, BODY)] + [(False, True, False, 0.0, BODY)] * 4 + [
        (True, True, True, 0.0, BODY)]
    assert _case(rows) == [True, False, False, False, False, True]


def test_nothing_joins_before_the_first_or_after_the_last_kept_block():
    rows = [(False, True, False, 0.0, BODY), (True, True, True, 0.0, BODY),
            (True, True, True, 0.0, BODY), (False, True, False, 0.0, BODY)]
    assert _case(rows) == [False, True, True, False]
