"""The article found from its lead, when the locator keeps (almost) nothing.

Many publishers write the page's description (meta description, og:description, JSON-LD's
description) from the article's first sentences. When the model keeps nothing (or only what
its fallback region gives), a block that opens with that description is the article's lead,
whatever the model thought of it: a short article among link-heavy lists (a Japanese daily's
news flash above lists of place names, a brief under a page of teasers) scores low from its
neighbours, and without it the page gives an empty record. The locator calls it only when
it kept nothing or less than a paragraph, and uses it only when what it kept does not hold
the lead (see locate._from_lead): where the fallback region kept some text of its own it
was the better guess on the train pages (4 dragnet pages lost 0.02-0.25 F1 when the lead's
region replaced or joined it).

From the lead the region grows up the tree while the container stays a body of paragraphs
(most of its blocks are <p>, under half of its text is links): past that it is the page.
The region's blocks are kept, except those whose own container names them an ad, a share
bar or a newsletter box (the locator's veto). A description that opens no block (a teaser
written apart, a site's tagline) gives nothing, so pages without an article stay empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

import numpy as np

from .blocks import Container, RawBlock, inside

# The description's opening that a block must contain near its start: enough to be no
# accident (word units, a spaceless script's character counting half), little enough that
# an edited last sentence or a cut description does not matter.
PREFIX_CHARS = 60
MIN_PREFIX_UNITS = 6.0
# How far into a block the opening may start: a dateline or a kicker may come first.
MAX_OFFSET_CHARS = 60
# A container still holds the article while at least this share of its blocks are <p> and
# less than this share of its text is links.
MIN_P_SHARE = 0.5
MAX_LINK_DENSITY = 0.5

_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
_SPACES = re.compile(r"\s+")
# A description is often typed apart from the article, or by a CMS that writes quotes and
# dashes its own way: the page's "it’s" is the description's "it's". Both sides are read
# with one form of each (a character for a character, so lengths and offsets hold).
_ONE_FORM = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


def lead_region(raw: list[RawBlock], description: str | None, vetoed: np.ndarray,
                units: Callable[[str], float]) -> np.ndarray | None:
    """The blocks of the article around the block its description opens, or None.

    `units` counts a text's word units (embedded.units' count)."""
    if not description:
        return None
    opening = _ELLIPSIS.sub("", _SPACES.sub(" ", unescape(description)).strip())
    opening = opening.translate(_ONE_FORM)[:PREFIX_CHARS]
    if units(opening) < MIN_PREFIX_UNITS:
        return None
    lead = _lead(raw, opening, vetoed)
    if lead is None:
        return None
    region = _grow(raw[lead].container)
    keep = np.zeros(len(raw), dtype=bool)
    for i, block in enumerate(raw):
        if not vetoed[i]:
            keep[i] = inside(block.container, region)
    return keep


def _lead(raw: list[RawBlock], opening: str, vetoed: np.ndarray) -> int | None:
    reach = len(opening) + MAX_OFFSET_CHARS
    for i, block in enumerate(raw):
        if vetoed[i] or len(block.text) < len(opening):
            continue
        if opening in _SPACES.sub(" ", block.text[:reach * 2]).strip()[:reach].translate(_ONE_FORM):
            return i
    return None


def _grow(c: Container) -> Container:
    while c.parent is not None:
        parent = c.parent
        if parent.link_chars >= MAX_LINK_DENSITY * max(parent.chars, 1):
            break
        if parent.p_blocks < MIN_P_SHARE * max(parent.blocks, 1):
            break
        c = parent
    return c
