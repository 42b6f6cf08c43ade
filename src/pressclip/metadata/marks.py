"""The page's marked elements, in one XPath over its attributes: itemprop (microdata) and
class names that say comment(s) ("comment", "Kommentar", "komentarze", "comentarios").

Measured on the 361 heldout pages of fundus_dev and trafilatura (CPU ms a page): selecting
the attributes ("//@itemprop | //@class[contains(., 'ment')]") and going up to their
elements costs 0.40, as much as the element query for itemprop alone did (0.37-0.40); the
element predicate with the comment pieces ("//*[@itemprop or contains(@class, …)]") 1.29;
adding @itemtype and @id to the union 0.61. So comment boxes are found by class (their
items and lists carry one where the box has an id), microdata Comment items through their
itemprop ("comment"), and the few "…ment" classes are filtered here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

_MARKS = etree.XPath("//@itemprop | //@class[contains(., 'ment')]")
_COMMENT_CLASS = re.compile(r"omment|oment(?:ar|á)", re.I)
# Both branches hold "oment" or "omment": in ASCII, where re.I's folding is lower-casing, a
# class whose lower case holds neither is not searched.
_COMMENT_PIECES = ("omment", "oment")
# A comment box is a part of the page: the page itself or a form posting one is not.
_NOT_BOXES = frozenset(("html", "body", "form"))


@dataclass(slots=True)
class Marks:
    itemprops: list[etree._Element] = field(default_factory=list)
    comment_boxes: list[etree._Element] = field(default_factory=list)  # document order


def find_marks(tree: etree._Element,
               marked: tuple[list[etree._Element], list[tuple]] | None = None) -> Marks:
    """The tree's marks; `marked` is the compiled walk's (itemprops, classes) where the
    caller read them already."""
    if marked is None:
        return python_marks(tree)
    itemprops, classes = marked
    return Marks(itemprops, [element for element, value in classes
                             if _is_comment_box(element, value)])


def python_marks(tree: etree._Element) -> Marks:
    """find_marks through the XPath: the twin of the compiled walk (locate/_walk.pyx's
    page_tags, which finds the same attributes without a node-set of them, about a quarter
    of the cost), and the reading where the caller has none."""
    marks = Marks()
    for value in _MARKS(tree):
        element = value.getparent()
        if value.attrname == "itemprop":
            marks.itemprops.append(element)
        elif _is_comment_box(element, value):
            marks.comment_boxes.append(element)
    return marks


def _is_comment_box(element: etree._Element, class_value: str) -> bool:
    """Whether an element whose class holds "ment" is a comment box: both readings ask it."""
    if class_value.isascii():
        lowered = class_value.lower()
        if not any(piece in lowered for piece in _COMMENT_PIECES):
            return False
    return bool(_COMMENT_CLASS.search(class_value)) and element.tag not in _NOT_BOXES
