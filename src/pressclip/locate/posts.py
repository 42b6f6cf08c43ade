"""Embedded posts: another page's post quoted by its embed markup (a social network's post, a
CMS's card of another article) kept among the article's paragraphs.

The embed codes of social networks and publishing systems write the post's text into a
<blockquote> that their script later swaps for a rendered frame, and they mark that
blockquote in its class or its data- attribute names: "twitter-tweet", "tiktok-embed",
"bluesky-embed", "wp-embedded-content", "data-instgrm-permalink",
"data-text-post-permalink". The post's text (with its "View this post on …" line, its
author's handle and date) reads as sentences inside the article's container, so the trees
keep it; the modern golds leave it out (train split, such blockquotes holding text:
fundus_dev's gold leaves out 2 of 3, and none of the trafilatura set's 49 is in its page's
segments to keep; dragnet's golds of 2012 keep 6 of 11). The evidence is markup and holds
for any language: a blockquote so marked that also holds a link written in full (the
post's address; an article's pull quote has none), whose kept blocks leave the selection
unless nothing of prose would be left (a page that only quotes posts: the gate decides).
"""

from __future__ import annotations

import re

import numpy as np
from lxml import etree

from .blocks import RawBlock, tag_flag
from .features import kept_without

_BLOCKQUOTE_BIT = tag_flag("blockquote")
# Word pieces of a blockquote's class or id, or of its data- attribute names, that embed
# codes write: the generic "embed", the word every network's own code does not share
# ("tweet"), and the permalink attribute that carries a post's address.
EMBED_WORDS = frozenset(("embed", "embedded", "oembed", "tweet", "permalink"))
_PIECES = re.compile(r"[^a-z0-9]+")


def _embed_marked(quote: etree._Element) -> bool:
    """Whether a blockquote's class, id or data- attribute names say embed code, and it
    holds a link written in full."""
    words: list[str] = []
    for name, value in quote.attrib.items():
        if name in ("class", "id"):
            words.extend(_PIECES.split(value.lower()))
        elif name.startswith("data-"):
            words.extend(_PIECES.split(name.lower()))
    if EMBED_WORDS.isdisjoint(words):
        return False
    return any((a.get("href") or "").startswith(("http:", "https:", "//"))
               for a in quote.iter("a"))


def drop_embedded_posts(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                        units: np.ndarray) -> np.ndarray:
    """The kept blocks without those inside an embedded post's blockquote; unchanged when
    no prose is kept outside such blockquotes."""
    marked: dict[etree._Element, bool] = {}
    posts = []
    for i in np.flatnonzero(keep).tolist():
        b = raw[i]
        if not b.container.bits & _BLOCKQUOTE_BIT:
            continue
        el = b.element
        quotes = [el] if el.tag == "blockquote" else []
        quotes.extend(el.iterancestors("blockquote"))
        for quote in quotes:
            if quote not in marked:
                marked[quote] = _embed_marked(quote)
            if marked[quote]:
                posts.append(i)
                break
    if not posts:
        return keep
    return kept_without(keep, posts, X, units)
