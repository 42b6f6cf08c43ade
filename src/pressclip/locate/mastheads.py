"""Mastheads: the page's own header (its sister sites, sections, services, a subscription
line) kept above the article.

A <header> with no <article> or <main> around it is the page's masthead; the article's own
header (headline, standfirst, byline) sits inside the article. The trees keep a masthead's
menus on pages where the article's container starts right after it (its entries are short
lines, linked or not: some pages write menus as plain list items that a script makes
clickable). A kept block of a masthead that is neither a heading nor a paragraph of prose
leaves the selection when the kept blocks outside mastheads hold a paragraph of prose, in
any language: a headline and a standfirst set in the page's header (pages without
<article>) stay.
"""

from __future__ import annotations

import numpy as np

from .blocks import Container, RawBlock, tag_flag
from .features import prose_blocks

_HEADER_BIT = tag_flag("header")
_CONTENT_TAGS = ("article", "main")


def _in_masthead(c: Container) -> bool:
    # An <article> or <main> anywhere above the block decides for the article: a header
    # inside one is the article's own, and one around it is a header the parser left open
    # over the page.
    node: Container | None = c
    header = False
    while node is not None:
        if node.tag in _CONTENT_TAGS:
            return False
        header = header or node.tag == "header"
        node = node.parent
    return header


def drop_masthead_lines(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                        units: np.ndarray) -> np.ndarray:
    """The kept blocks without the mastheads' short lines; unchanged when no prose is kept
    outside the page's mastheads."""
    prose = prose_blocks(X, units)
    candidates = np.flatnonzero(keep & ~prose).tolist()
    lines = [i for i in candidates
             if raw[i].container.bits & _HEADER_BIT and not raw[i].container.heading
             and _in_masthead(raw[i].container)]
    if not lines:
        return keep
    out = keep.copy()
    out[lines] = False
    rest = out & prose
    if not any(not _in_masthead(raw[i].container) for i in np.flatnonzero(rest).tolist()):
        return keep
    return out
