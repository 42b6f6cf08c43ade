"""Where a page's readers write: comment threads and reply forms.

A comment form carries `itemprop="author"` or an "author" field ("Гость", "Guest", the
name a reader typed), and a comment list repeats bylines for every reader. Nothing in them
is the article's author. Only the few author candidates of a page are tested, each by a
walk up its ancestors: no pass over the whole tree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

# Before a class piece, what says the box has none of it: "hasnt-bio", "no-comments".
NEGATED = r"(?<!hasnt-)(?<!has-no-)(?<!no-)(?<!without-)"
# Class and id pieces of comment sections, in the lower-cased label.
_COMMENTS = re.compile(rf"{NEGATED}(?:comment|komment|respond|reply|discussion|disqus|talkback)")
# Every branch of _COMMENTS holds one of these words: a label that holds none is not
# searched (the look-behinds are tried at every character of it).
_COMMENT_WORDS = ("comment", "komment", "respond", "reply", "discussion", "disqus", "talkback")

# schema.org's Comment and UserComments item types.
_COMMENT_TYPE = re.compile(r"schema\.org/(?:Comment|UserComments)\b")
# Items readers write beside the article: product reviews, questions and answers. A Review
# that holds the headline is the article (a critic's review).
_READER_TYPE = re.compile(r"schema\.org/(?:Review|Question|Answer)\b")


def in_reader_area(element: etree._Element) -> bool:
    """True inside an element whose class or id names comments, inside a microdata Comment
    (or a Review, Question or Answer that holds no h1), or inside a form that posts a
    comment or holds a box to write text in (a <textarea>). Any form is not enough: ASP.NET
    pages wrap the whole page in one, which holds the headline, as does a box with a
    comment label that frames the article ("article comments-enabled")."""
    node: etree._Element | None = element
    while node is not None:
        cls, ident = node.get("class"), node.get("id")
        itemtype = node.get("itemtype")
        if itemtype and _COMMENT_TYPE.search(itemtype):
            return True
        if itemtype and _READER_TYPE.search(itemtype) and node.find(".//h1") is None:
            return True
        if node.tag == "form":
            label = f"{cls or ''} {ident or ''} {node.get('action') or ''} {node.get('name') or ''}"
            # A form with a box to write text in is where readers write, whatever it is
            # called ("<form action="/post">…<textarea>").
            in_comments = (bool(label.strip()) and _names_comments(label.lower())
                           or node.find(".//textarea") is not None)
        else:
            in_comments = (cls or ident) is not None and _comment_label(cls or "", ident or "")
        if in_comments:
            # A box that holds the headline is the page's frame, whatever its class says
            # ("article comments-enabled", "has-comments"); a reader's area holds no h1.
            return node.find(".//h1") is None
        node = node.getparent()
    return False


# Class and id pairs recur on every candidate's ancestors and across a site's pages: the
# test is memoised per pair.
@lru_cache(maxsize=8192)
def _comment_label(cls: str, ident: str) -> bool:
    return _names_comments(f"{cls} {ident}".lower())


def _names_comments(lowered: str) -> bool:
    return (any(word in lowered for word in _COMMENT_WORDS)
            and _COMMENTS.search(lowered) is not None)
