"""The tail outside the article: kept blocks after the article's last paragraph of prose
that lie outside the smallest container holding all its paragraphs of prose
(drop_outside_tail), and, where a paragraph beside the article widens that container, the
blocks ending no sentence beyond the container of nearly all the prose (drop_unended_tail).

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

import heapq

import numpy as np

from .blocks import Container, RawBlock
from .features import ENDS_COLUMN, prose_blocks

# drop_unended_tail's body holds this share of the prose's word units. Out of fold on the
# train split: 0.9 changed 10 pages, none for the worse; 0.8 and 0.7 won more pages (19,
# 28) but lost 6 and 10 (short closing sentences of the gold set beside the body).
BODY_SHARE = 0.9


def drop_outside_tail(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                      units: np.ndarray) -> np.ndarray:
    """The kept blocks without those after the last kept paragraph of prose and outside the
    container of all of them; unchanged with fewer than two such paragraphs (one paragraph's
    container says nothing of where the article ends)."""
    prose = np.flatnonzero(keep & prose_blocks(X, units))
    if len(prose) < 2:
        return keep
    last = int(prose[-1])
    after = np.flatnonzero(keep[last + 1:]) + last + 1
    if not len(after):
        return keep
    body = _common_container([raw[i].container for i in prose.tolist()])
    if body is None:
        return keep
    within = _Within(body)
    out = keep.copy()
    for i in after.tolist():
        out[i] = within(raw[i].container)
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


def drop_unended_tail(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                      units: np.ndarray) -> np.ndarray:
    """The kept blocks without those that end no sentence, after the body's last paragraph
    of prose and outside the body, the body being here the deepest container holding
    BODY_SHARE of the prose's word units (a paragraph printed beside the article, a comment,
    widens drop_outside_tail's container to the page; this one stays on the article)."""
    prose = np.flatnonzero(keep & prose_blocks(X, units))
    if len(prose) < 2:
        return keep
    body = _main_container(raw, prose, units)
    if body is None:
        return keep
    within = _Within(body)
    inner = [i for i in prose.tolist() if within(raw[i].container)]
    if len(inner) < 2:
        return keep
    out = keep.copy()
    last = inner[-1]
    for i in (np.flatnonzero(keep[last + 1:]) + last + 1).tolist():
        if X[i, ENDS_COLUMN] == 0:
            out[i] = within(raw[i].container)
    return out


def _main_container(raw: list[RawBlock], prose: np.ndarray,
                    units: np.ndarray) -> Container | None:
    """The deepest container holding BODY_SHARE of the word units of the `prose` blocks
    (None where none does: blocks of two trees).

    The containers are visited deepest first, each passing its words to its parent, so that
    a container's total is complete when it is visited and each is visited once (each
    paragraph is a container of its own: walking every paragraph's ancestors would cost
    paragraphs x depth)."""
    enough = BODY_SHARE * float(units[prose].sum())
    held: dict[int, float] = {}
    heap: list[tuple[int, int, Container]] = []
    for i, words in zip(prose.tolist(), units[prose].tolist(), strict=True):
        c = raw[i].container
        if id(c) not in held:
            held[id(c)] = 0.0
            heapq.heappush(heap, (-c.depth, id(c), c))
        held[id(c)] += words
    while heap:
        _, key, c = heapq.heappop(heap)
        if held[key] >= enough:
            return c
        parent = c.parent
        if parent is None:
            continue
        if id(parent) not in held:
            held[id(parent)] = 0.0
            heapq.heappush(heap, (-parent.depth, id(parent), parent))
        held[id(parent)] += held[key]
    return None


class _Within:
    """Whether a container lies in `region` (is it or a descendant: blocks.inside), each
    ancestor's answer kept: the kept blocks share their ancestors."""

    def __init__(self, region: Container) -> None:
        self.region = region
        self.known: dict[int, bool] = {}

    def __call__(self, c: Container) -> bool:
        path: list[int] = []
        node: Container | None = c
        answer = False
        while node is not None:
            known = self.known.get(id(node))
            if known is not None:
                answer = known
                break
            if node is self.region:
                answer = True
                break
            path.append(id(node))
            node = node.parent
        for key in path:
            self.known[key] = answer
        return answer
