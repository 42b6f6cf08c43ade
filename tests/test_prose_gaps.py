"""A paragraph of prose between two kept blocks of one body joins the selection.

A short article's middle paragraph is often scored a little under the keep threshold while
the ones around it clear it; a teaser, a caption, a link list or a block of another part of
the page in the same gap does not join.
"""

from types import SimpleNamespace

import numpy as np

from pressclip.locate import _fill_prose_gaps
from pressclip.locate.blocks import Container
from pressclip.locate.features import ENDS_COLUMN, N_FEATURES, feature_names

_LINKS = feature_names().index("link_density")
BODY = Container("div", 3, 0, None)
ASIDE = Container("aside", 3, 0, None)


def _case(rows: list[tuple[bool, bool, int, float, Container]]) -> list[bool]:
    """Rows of (kept, likely, word units, link density, parent of the block's <p>)."""
    raw = [SimpleNamespace(container=Container("p", 4, 0, parent)) for *_, parent in rows]
    X = np.zeros((len(rows), N_FEATURES), dtype=np.float32)
    X[:, ENDS_COLUMN] = 1.0
    X[:, _LINKS] = [links for _, _, _, links, _ in rows]
    keep = np.array([kept for kept, *_ in rows])
    likely = np.array([likely for _, likely, *_ in rows])
    units = np.array([float(units) for _, _, units, _, _ in rows])
    return _fill_prose_gaps(raw, X, keep, likely, units, np.zeros(len(rows), bool)).tolist()


def test_the_middle_paragraph_of_a_short_article_joins():
    rows = [(True, True, 60, 0.0, BODY), (False, True, 40, 0.0, BODY),
            (True, True, 60, 0.0, BODY)]
    assert _case(rows) == [True, True, True]


def test_an_unlikely_short_linked_or_foreign_block_stays_out():
    for gap in ((False, False, 40, 0.0, BODY), (False, True, 5, 0.0, BODY),
                (False, True, 40, 0.8, BODY), (False, True, 40, 0.0, ASIDE)):
        rows = [(True, True, 60, 0.0, BODY), gap, (True, True, 60, 0.0, BODY)]
        assert _case(rows) == [True, False, True], gap


def test_a_long_gap_is_another_part_of_the_page():
    rows = [(True, True, 60, 0.0, BODY)] + [(False, True, 40, 0.0, BODY)] * 4 + [
        (True, True, 60, 0.0, BODY)]
    assert _case(rows) == [True, False, False, False, False, True]
