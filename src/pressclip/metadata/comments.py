"""Reader comments the page shows: schema.org Comment items (microdata) and comment lists.

A comment list is an element whose class says comments ("comment", "Kommentar",
"komentarze", "comentarios") that holds two or more items, each with an author (an element
whose class or itemprop says author, user or name) and a text (its paragraphs, or an element
whose class says content, text, body or message). An item is the largest part of the list
around one author that holds no other author, so a reply nested in its parent's item is
its own comment and its text is not the parent's. A box that holds the headline is the
page's frame, never a comment list, whatever its class says ("page has-comments").

JSON-LD comments are read with the rest of the JSON-LD (jsonld.py). The boxes and the
microdata items come from marks.py's one XPath; everything else is read inside the few
boxes (their authors by a walk of each box, the rest by XPath): no Python walk over the
whole tree.
"""

from __future__ import annotations

import re

from lxml import etree

from .dates import parse_machine_date, parse_text_date
from .marks import Marks
from .text import element_text

# A page's thread, whatever its source (JSON-LD too); more is a forum, not an article's.
MAX_COMMENTS = 50
# Longer comments are cut: the record carries the thread, not essays pasted into it.
MAX_COMMENT_CHARS = 2000
MAX_AUTHOR_CHARS = 80
# Comment lists read per page: a page shows one thread, sometimes split (top, newest).
MAX_AREAS = 3
# An item sits this many levels at most above its author's element.
MAX_ITEM_DEPTH = 12

# (text, author, date) as the page gives them; read_metadata makes record.Comment of them.
RawComment = tuple[str, str | None, str | None]

# "uthor" for author and Author: each piece is a test of the class of every element of the
# box. The box's elements are walked in Python: an XPath with the same tests built a string
# for each attribute and test, three times the cost (0.056 -> 0.019 CPU ms a page on 80 train
# pages).
_AUTHOR_PIECES = ("uthor", "user", "User", "name", "Name", "fn")
# Fields and pictures are never the author's name, whatever their class says.
_NOT_AUTHORS = frozenset(("img", "input", "textarea", "label", "form"))
_DATE_AFTER_NAME = re.compile(r"\s+(?:(?:am|on|le|el|il|den|op|em|w|в)\s+)?\d{1,4}[./\-: ]")
_PARAGRAPHS = etree.XPath(".//p")
_BODY_PIECES = ("content", "text", "body", "message")
_BODIES = etree.XPath(
    ".//*[@class and (" + " or ".join(f"contains(@class, '{p}')" for p in _BODY_PIECES) + ")]"
)
_TIMES = etree.XPath(".//time[@datetime]/@datetime")
_DATED = etree.XPath(".//*[contains(@class, 'date') or contains(@class, 'time')]")
_PROP = etree.XPath(".//*[@itemprop=$name]")


def read_comments(marks: Marks, headline: etree._Element | None) -> list[RawComment]:
    """Comments from microdata Comment items, else from comment lists."""
    return _microdata(marks.itemprops) or _lists(marks.comment_boxes, headline)


def _prop_value(element: etree._Element) -> str:
    for attr in ("content", "datetime"):
        value = element.get(attr)
        if value:
            return value.strip()
    return element_text(element, MAX_COMMENT_CHARS)


def _microdata(itemprops: list[etree._Element]) -> list[RawComment]:
    """Comment items: itemprop elements whose itemtype is schema.org's Comment."""
    found: list[RawComment] = []
    for item in itemprops:
        if len(found) >= MAX_COMMENTS:
            break
        if "schema.org/Comment" not in item.get("itemtype", ""):
            continue
        texts = _PROP(item, name="text") or _PROP(item, name="description")
        text = _prop_value(texts[0]) if texts else ""
        if not text:
            continue
        authors = _PROP(item, name="author") or _PROP(item, name="creator")
        author = None
        if authors:
            names = _PROP(authors[0], name="name")
            author = _prop_value(names[0] if names else authors[0])[:MAX_AUTHOR_CHARS] or None
        dates = _PROP(item, name="dateCreated") or _PROP(item, name="datePublished")
        when = parse_machine_date(_prop_value(dates[0])) if dates else None
        found.append((text, author, when))
    return found


def _areas(areas: list[etree._Element],
           headline: etree._Element | None) -> list[etree._Element]:
    """The outermost comment-labelled boxes that do not hold the headline."""
    if not areas:
        return []
    frame = set(headline.iterancestors()) | {headline} if headline is not None else set()
    outer: list[etree._Element] = []
    inside: set[etree._Element] = set()  # the outer boxes and their ancestors' paths seen
    for area in areas:
        # In document order, a box inside an earlier outer box has it as an ancestor.
        if area in frame or any(p in inside for p in area.iterancestors()):
            continue
        outer.append(area)
        inside.add(area)
        if len(outer) >= MAX_AREAS:
            break
    return outer


def _in_form(element: etree._Element, area: etree._Element) -> bool:
    """Inside a form within the area: the reply form's "Name *" field is no commenter."""
    for parent in element.iterancestors():
        if parent is area:
            return False
        if parent.tag == "form":
            return True
    return False


def _author_elements(area: etree._Element) -> list[etree._Element]:
    """Author elements with a short text, the innermost chosen: "Jane" in
    <div class="comment-author"><cite class="fn">Jane</cite> says:</div>."""
    candidates = _author_candidates(area)
    # A candidate is innermost unless it is an ancestor of another: mark the ancestors of
    # each, up to the area (a walk up per candidate, not down through each one's subtree).
    outer: set[etree._Element] = set()
    for element in candidates:
        for parent in element.iterancestors():
            if parent is area or parent in outer:
                break
            outer.add(parent)
    inner = []
    for element in candidates:
        if element in outer or _in_form(element, area):
            continue
        text = element_text(element, MAX_AUTHOR_CHARS)
        if text and len(text) <= MAX_AUTHOR_CHARS:
            inner.append(element)
    return inner


def _author_candidates(area: etree._Element) -> list[etree._Element]:
    """The elements below the area, in document order, whose class holds an author's piece
    or whose itemprop is "author", fields and pictures left out."""
    found = []
    for element in area.iterdescendants(etree.Element):
        cls = element.get("class")
        named = cls is not None and any(piece in cls for piece in _AUTHOR_PIECES)
        if (named or element.get("itemprop") == "author") and element.tag not in _NOT_AUTHORS:
            found.append(element)
    return found


def _items(area: etree._Element,
           authors: list[etree._Element]) -> list[tuple[etree._Element, etree._Element]]:
    """(item, author element) pairs: each author's largest ancestor below the area that
    holds no other author."""
    counts: dict[etree._Element, int] = {}
    chains = []
    for author in authors:
        chain = [author]
        for parent in author.iterancestors():
            if parent is area or len(chain) > MAX_ITEM_DEPTH:
                break
            chain.append(parent)
        chains.append(chain)
        for node in chain:
            counts[node] = counts.get(node, 0) + 1
    pairs = []
    for author, chain in zip(authors, chains, strict=True):
        item = None
        for node in chain:
            if counts[node] > 1:
                break
            item = node
        if item is not None and item is not author:
            pairs.append((item, author))
    return pairs


def _text(item: etree._Element, author: etree._Element) -> str:
    inside_author = set(author.iter())
    paragraphs = [p for p in _PARAGRAPHS(item) if p not in inside_author]
    if not paragraphs:
        paragraphs = [b for b in _BODIES(item)
                      if b not in inside_author and author not in set(b.iter())][:1]
    text = " ".join(filter(None, (element_text(p, MAX_COMMENT_CHARS) for p in paragraphs)))
    return text[:MAX_COMMENT_CHARS]


def _name(text: str) -> str | None:
    """The commenter's name without the date or time some sites put in the same element
    ("Jane Doe 29.07.2020 // 12:56", "Jane Doe am 18. Oktober 2023") or a trailing comma."""
    name = _DATE_AFTER_NAME.split(text, maxsplit=1)[0].strip(" ,:;-–—|/")
    return name or None


def _date(item: etree._Element) -> str | None:
    for value in _TIMES(item):
        day = parse_machine_date(value)
        if day:
            return day
    for element in _DATED(item)[:3]:
        day = parse_text_date(element_text(element, 80))
        if day:
            return day
    return None


def _lists(boxes: list[etree._Element], headline: etree._Element | None) -> list[RawComment]:
    found: list[RawComment] = []
    for area in _areas(boxes, headline):
        authors = _author_elements(area)
        if len(authors) < 2:
            continue
        pairs = _items(area, authors)
        if len(pairs) < 2:
            continue
        for item, author in pairs:
            name = _name(element_text(author, MAX_AUTHOR_CHARS))
            text = _text(item, author)
            # Where the author's name sits inside the comment's paragraph, it opens the text.
            if name and text.startswith(name):
                text = text[len(name):].lstrip(" :,")
            if text:
                found.append((text, name, _date(item)))
            if len(found) >= MAX_COMMENTS:
                return found
    return found
