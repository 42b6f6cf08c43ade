"""Where a page's readers write: comment threads and reply forms.

A comment form carries `itemprop="author"` or an "author" field ("Гость", "Guest", the
name a reader typed), and a comment list repeats bylines for every reader. Nothing in them
is the article's author. Only the few author candidates of a page are tested, each by a
walk up its ancestors: no pass over the whole tree.
"""

from __future__ import annotations

import re

from lxml import etree

# Class and id pieces of comment sections, in the lower-cased label.
_COMMENTS = re.compile(r"comment|komment|respond|reply|discussion|disqus|talkback|reaction")


def in_reader_area(element: etree._Element) -> bool:
    """True inside a form, or inside an element whose class or id names comments."""
    node: etree._Element | None = element
    while node is not None:
        if node.tag == "form":
            return True
        cls, ident = node.get("class"), node.get("id")
        if (cls or ident) and _COMMENTS.search(f"{cls or ''} {ident or ''}".lower()):
            return True
        node = node.getparent()
    return False
