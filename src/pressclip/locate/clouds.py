"""Link clouds: kept blocks that are a long run of links without a sentence.

A list of other stories run together, a tag cloud, a directory of links, the names of the
readers who liked a post: many words, nearly all of them links, and no sentence end anywhere.
Article text that links much still ends its sentences; a headline list does not. The trees
keep such a block when its neighbours are prose (they weigh neighbours heavily); it leaves
the selection here, for any site and script (the columns are language-free: word units,
the share of characters in links, sentence ends per word).
"""

from __future__ import annotations

import numpy as np

from .features import STOPS_COLUMN, feature_names

# Out of fold on the train split (bench.locator_oof, 3 site folds), the blocks with at least
# this many word units, this share of their characters in links and no sentence end were
# 0.06 gold on cleaneval (1,875 shingles, 117 in gold), none on dragnet (22), 0.10 on
# l3s_gn1 (68), and held no segment trafilatura's pages mark for keeping (81 blocks, most
# of them the teaser headlines of "more stories" lists). At 15 units they were half gold on
# dragnet (a numbered list of a blog's posts), fundus_dev and readability ("Lire aussi : X").
CLOUD_UNITS = 20
CLOUD_LINK_SHARE = 0.7
_LINK_COLUMN = feature_names().index("link_density")


def drop_link_clouds(X: np.ndarray, keep: np.ndarray, units: np.ndarray) -> np.ndarray:
    """The kept blocks without the link clouds among them; unchanged when no kept block with
    a sentence would be left (the clouds are then the page's only text)."""
    cloud = (keep & (units >= CLOUD_UNITS) & (X[:, _LINK_COLUMN] >= CLOUD_LINK_SHARE)
             & (X[:, STOPS_COLUMN] == 0))
    if not cloud.any():
        return keep
    out = keep & ~cloud
    if not (out & (X[:, STOPS_COLUMN] > 0)).any():
        return keep
    return out
