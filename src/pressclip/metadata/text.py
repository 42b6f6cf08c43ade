"""Bounded text of an element: metadata never needs more than a line of it."""

from __future__ import annotations

import re
from itertools import pairwise

from lxml import etree

# More text than this is a paragraph or a whole box, never a byline, date or headline.
MAX_TEXT_CHARS = 300
# A word's two letters at a part's end or start, for the one letter glued to it.
_WORD_END = re.compile(r"[^\W\d_]{2}$")
_WORD_START = re.compile(r"[^\W\d_]{2}")
_SKIPPED = frozenset(("script", "style", "noscript", "template"))


def element_text(element: etree._Element, limit: int = MAX_TEXT_CHARS, joiner: str = "",
                 line_break: str = "") -> str:
    """The element's visible text, whitespace collapsed, cut after `limit` characters.

    `joiner` goes between the texts of different elements: " " where markup, not a space,
    parts two items ("<a>Jane Doe</a><span>vor 5 Stunden</span>"); `line_break` stands for
    a <br> ("Jane Doe<br>Staff Writer": two lines, two items)."""
    parts: list[str] = []
    # Counted without the indentation around the text: a pretty-printed teaser's whitespace
    # would end the count before its first words.
    size = 0
    # A node's tail follows its descendants' text: "Von <b><a>X</a></b> und <b><a>Y</a></b>"
    # reads "Von X und Y". The nodes entered and not yet left; iter() leaves a node when the
    # next node it gives is no descendant of it.
    open_nodes: list[etree._Element] = [element]
    for node in element.iter():
        if node is not element:
            parent = node.getparent()
            while open_nodes[-1] is not parent:
                size += _tail(open_nodes.pop(), parts)
            open_nodes.append(node)
        if line_break and node.tag == "br":
            parts.append(line_break)
        # A <title> inside the element is an icon's (SVG): "Jane Doe chevron-right".
        elif (isinstance(node.tag, str) and node.tag not in _SKIPPED and node.text
                and (node.tag != "title" or node is element)):
            parts.append(node.text)
            size += len(node.text.strip())
        if size > limit:
            break
    else:
        while len(open_nodes) > 1:
            size += _tail(open_nodes.pop(), parts)
    # A part of one letter is rare: the parts are joined in C unless one is.
    joined = (_join(parts, joiner) if joiner and 1 in map(len, parts)
              else joiner.join(parts))
    # Whitespace collapsed by split and join, which read the same Unicode spaces as the
    # pattern \s+ (then stripped): a few times cheaper than the pattern's substitution.
    return " ".join(joined.split())[: limit + 1]


def _join(parts: list[str], joiner: str) -> str:
    """The parts with `joiner` between them, except around one letter set apart in markup
    and glued to a word: a last letter spaced by a style ("Will Kenni<span>g</span>"), a
    drop cap ("<span>T</span>he"). Those are one word."""
    out = parts[:1]
    for before, part in pairwise(parts):
        glued = ((len(part) == 1 and part.isalpha() and _WORD_END.search(before) is not None)
                 or (len(before) == 1 and before.isalpha() and _WORD_START.match(part)))
        out.append(part if glued else joiner + part)
    return "".join(out)


def _tail(node: etree._Element, parts: list[str]) -> int:
    """Add the text after the node that is left; its length without the indentation."""
    if node.tail:
        parts.append(node.tail)
        return len(node.tail.strip())
    return 0
