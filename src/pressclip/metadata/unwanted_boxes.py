"""The boxes near the headline that hold no byline or dateline of the page's own article.

Comments, avatars, related stories, teasers, footers, sidebars, widgets, boxes about
modifications, replies, biographies and newsletters are told by their class or id (self or
two parents up), a box that holds the h1 being the page's frame whatever it is called; the
tags never read (head, scripts, styles) are left out of every walk. The byline reader
(byline.py) and the date readers (datelines.py) skip both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from .readers import NEGATED

_UNWANTED = re.compile(
    # A class that says the box has none is no such box: "hasnt-bio", "no-comments".
    rf"{NEGATED}(?:"
    # A widget, but not a page builder's every block ("elementor-widget-heading").
    # A post's own footer is no page's: "post-footer", "entry-footer" sign the post.
    r"comment|avatar|related|teaser|(?<!post[-_])(?<!entry[-_])(?<!article[-_])footer|"
    r"sidebar|(?<![\w-])widget|modif|updat|aktualis|"
    r"mise-a-jour|"
    r"maj\b|edited|reply|respond|bio\b|about|more-from|popular|newsletter)", re.I
)
# Every branch of _UNWANTED holds one of these words. In ASCII, re.I's folding is
# lower-casing, so an ASCII label whose lower case holds none cannot match: a few substring
# tests, where the search (four look-behinds at every character of a long utility-class
# list) costs about twenty times more.
_UNWANTED_WORDS = ("comment", "avatar", "related", "teaser", "footer", "sidebar", "widget",
                   "modif", "updat", "aktualis", "mise-a-jour", "maj", "edited", "reply",
                   "respond", "bio", "about", "more-from", "popular", "newsletter")
_SKIPPED_TAGS = frozenset(("meta", "link", "script", "style", "body", "html", "head", "title"))


def _unwanted(element: etree._Element, header: bool = False) -> bool:
    """Skip elements in comments, teasers or boxes about modifications (self or 2 parents).
    A box that holds an h1 is the page's frame, whatever its class says ("article
    comments-enabled", "has-sidebar"); with `header` (a byline, not a date: an update's box
    stands there too), so is the box that comes right after the h1 ("<h1>…</h1><div
    class="teaser-small__metadata"><p class="byline">Von X</p></div>")."""
    node = element
    for _ in range(3):
        if node is None:
            return False
        if _unwanted_label(node.get("class", ""), node.get("id", "")):
            return node.find(".//h1") is None and not (header and _after_h1(node))
        node = node.getparent()
    return False


def _after_h1(node: etree._Element) -> bool:
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment between them
    return before is not None and before.tag == "h1"


# The same class and id pairs come back for every candidate's parents and across a site's
# pages: the case-insensitive search is memoised per pair, like byline.py's label kinds.
@lru_cache(maxsize=8192)
def _unwanted_label(cls: str, ident: str) -> bool:
    label = f"{cls} {ident}"
    if label.isascii():
        lowered = label.lower()
        if not any(word in lowered for word in _UNWANTED_WORDS):
            return False
    return _UNWANTED.search(label) is not None
