"""The tail outside the article: kept blocks after the article's last paragraph of prose
that lie outside the smallest container holding all its paragraphs of prose.

An article's paragraphs share a container (its body); what a page prints after the body,
in another branch of the tree (a box of other stories, an author's card, a notice, the
names and dates of a comment thread), is no part of it even when the trees keep it for its
words. Inside that container, or before the last paragraph, nothing is touched: the
article's own end (a signature, a note, an update line) sits in the body. A paragraph of
prose after the body (a comment) is itself a paragraph: it widens the body to hold it.

Out of fold on the train split (bench.locator_oof, 3 site folds), keeping instead the
trailing blocks of 12 units or more with a sentence inside cost more than it saved (a
comment thread's bodies, dragnet and cleaneval).
"""

from __future__ import annotations

import numpy as np

from .blocks import Container, RawBlock, inside
from .features import ENDS_COLUMN

# A paragraph of prose: this many word units or more, ending like a sentence (the
# furniture pass's measure, locate._AWAY_PROSE_UNITS).
PROSE_UNITS = 12


def drop_outside_tail(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                      units: np.ndarray) -> np.ndarray:
    """The kept blocks without those after the last kept paragraph of prose and outside the
    container of all of them; unchanged with fewer than two such paragraphs (one paragraph's
    container says nothing of where the article ends)."""
    prose = np.flatnonzero(keep & (X[:, ENDS_COLUMN] > 0) & (units >= PROSE_UNITS))
    if len(prose) < 2:
        return keep
    last = int(prose[-1])
    after = np.flatnonzero(keep[last + 1:]) + last + 1
    if not len(after):
        return keep
    body = _common_container([raw[i].container for i in prose.tolist()])
    if body is None:
        return keep
    out = keep.copy()
    for i in after.tolist():
        out[i] = inside(raw[i].container, body)
    return out


def _common_container(containers: list[Container]) -> Container | None:
    """The smallest container holding all of `containers`."""
    chain: list[Container] = []
    c: Container | None = containers[0]
    while c is not None:
        chain.append(c)
        c = c.parent
    depth = {id(c): k for k, c in enumerate(chain)}
    lowest = 0
    for c in containers[1:]:
        node: Container | None = c
        while node is not None and id(node) not in depth:
            node = node.parent
        if node is None:
            return None
        lowest = max(lowest, depth[id(node)])
    return chain[lowest]
