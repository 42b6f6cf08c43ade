"""bench/locator_drops: article blocks the trees drop, put under the names around them."""

import numpy as np

from bench.locator_drops import block_cause, page_drops
from pressclip.locate.features import WORDS_COLUMN, feature_names
from training.locator_data import PageData, page_blocks

_STORY = ("The council met on Monday evening and approved the budget for the coming year "
          "after a long debate about the roads and the schools.")
_PAGE = ('<html><body><div class="comments"><p>First. ' + _STORY + '</p></div>'
         '<div class="page"><div class="wrap"><div class="box"><p>Second. ' + _STORY
         + '</p></div></div></div>'
         '<div class="related-stories"><div class="wrap"><div class="box"><p>Third. ' + _STORY
         + '</p></div></div></div>'
         '<p><a href="/a">Fourth, a story told in a link</a> of the page</p>'
         '<p>Fifth. ' + _STORY + '</p></body></html>')
_COLUMNS = {name: i for i, name in enumerate(feature_names())}


def _page() -> PageData:
    blocks, X, groups = page_blocks(_PAGE)
    texts = [b.text for b in blocks]
    y = np.ones(len(blocks), dtype=np.int8)
    return PageData("p", "fundus_dev", X, y, np.ones(len(blocks), np.float32), texts, groups)


def test_each_dropped_block_goes_under_the_first_cause_that_holds():
    page = _page()
    causes = [block_cause(row, _COLUMNS) for row in page.X]
    assert causes == ["names near: comment", "none of these", "names above: related", "links",
                      "none of these"]


def test_the_loss_is_the_dropped_share_of_the_article_units():
    page = _page()
    units = np.expm1(page.X[:, WORDS_COLUMN].astype(np.float64))
    scores = np.array([0.1, 0.9, 0.2, 0.9, 0.9])
    lost, by_cause = page_drops(page, scores, 0.6, _COLUMNS)
    assert lost == (units[0] + units[2]) / units.sum()
    assert by_cause == {"names near: comment": units[0], "names above: related": units[2]}
