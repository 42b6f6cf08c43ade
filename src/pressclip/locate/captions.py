"""Captions: a picture's caption kept among the article's paragraphs.

A caption box is a small container named a caption (or credit, photo, media: the
`caption` flag's words, blocks.py) or a <figcaption>, beside a picture: its parent holds an
<img>, <picture> or <video> outside it. The trees keep such a caption when it reads as a
sentence in the article's container; the picture's neighbour says what it is, in any
language. Its kept blocks leave when the kept blocks outside caption boxes hold a paragraph
of prose.
"""

from __future__ import annotations

import numpy as np
from lxml import etree

from .blocks import RawBlock, flag
from .features import kept_without

_CAPTION_BIT = flag("caption")
_PICTURES = ("img", "picture", "video")
# A caption box holds a line or two: at most this many blocks and characters.
MAX_BLOCKS = 3
MAX_CHARS = 400
# Captions over this share of the kept words make a photo essay: its captions are its text.
CAPTION_SHARE = 0.15


def _caption_box(b: RawBlock) -> etree._Element | None:
    """The caption box around a block: its own element or its parent's, when named a
    caption or a <figcaption>, small, and beside a picture."""
    c, el = b.container, b.element
    for _ in range(2):
        if c is None or el is None:
            return None
        if (c.own_bits & _CAPTION_BIT or c.tag == "figcaption") and (
                c.blocks <= MAX_BLOCKS and c.chars <= MAX_CHARS):
            parent = el.getparent()
            if parent is not None and any(
                    not any(up is el for up in pic.iterancestors())
                    for pic in parent.iter(*_PICTURES)):
                return el
            return None
        c, el = c.parent, el.getparent()
    return None


def drop_captions(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                  units: np.ndarray) -> np.ndarray:
    """The kept blocks without the captions beside pictures; unchanged when no prose is
    kept outside caption boxes."""
    kept = np.flatnonzero(keep).tolist()
    captions = [i for i in kept
                if (raw[i].container.bits & _CAPTION_BIT or raw[i].container.tag == "figcaption")
                and _caption_box(raw[i]) is not None]
    if not captions:
        return keep
    if units[captions].sum() > CAPTION_SHARE * units[keep].sum():
        return keep
    return kept_without(keep, captions, X, units)
