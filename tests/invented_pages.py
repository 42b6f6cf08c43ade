"""Invented pages the line-pass tests share: an article of plain prose with one block
set inside it, to check that a pass takes the block out and leaves the article whole."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from lxml import html

from pressclip.locate.blocks import segment
from pressclip.locate.features import WORDS_COLUMN, build_matrix, container_groups

# Two paragraphs of prose: enough for a pass that needs prose kept beside what it drops.
TWO_PARAGRAPHS = ("<p>The harbour board of Nordhafen voted on Tuesday to rebuild the old ferry "
                  "pier, which storms damaged twice last winter, and to open it again next "
                  "spring.</p><p>Work starts in May. The board said the cost would be shared "
                  "with the county and that the ferry would run from the north quay while the "
                  "pier is closed.</p>")
_PROSE = (TWO_PARAGRAPHS + "<p>Fishermen who use the pier asked the board to keep one berth "
          "open for them, and the board agreed to study it before the work begins in the "
          "spring.</p>")


def article_around(block: str) -> str:
    """A page whose article holds `block` between two runs of its prose."""
    return (f"<html><body><article><h1>Ferry pier to be rebuilt</h1>{_PROSE}{block}"
            f"{_PROSE}</article></body></html>")


def kept_after(page: str, drop: Callable[..., np.ndarray]) -> list[str]:
    """The texts of `page`'s blocks that a pass of the shape drop(raw, X, keep, units) keeps
    when every block was kept before it."""
    raw = segment(html.fromstring(page))
    X = build_matrix(raw, None, container_groups(raw))
    units = np.expm1(X[:, WORDS_COLUMN].astype(np.float64))
    keep = drop(raw, X, np.ones(len(raw), dtype=bool), units)
    return [b.text for b, k in zip(raw, keep, strict=True) if k]
