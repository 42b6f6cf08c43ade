"""The page's marked elements, in one XPath over its attributes: itemprop and itemtype
(microdata), and class or id that say comment(s) ("comment", "Kommentar", "komentarze",
"comentarios").

Selecting the attributes ("//@class[contains(., …)]") and going up to their elements costs
about half of selecting the elements with a predicate ("//*[contains(@class, …)]"), and one
union costs less than a query per reader (measured on 400 train pages: 0.47 ms a page for
this union against 0.31 ms for the itemprop query alone and 0.64 ms for the comment boxes
alone as an element predicate).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

_PIECES = "contains(., 'omment') or contains(., 'oment')"
_MARKS = etree.XPath(
    f"//@itemprop | //@itemtype | //@class[{_PIECES}] | //@id[{_PIECES}]"
)
# A comment box is a part of the page: the page itself or a form posting one is not.
_NOT_BOXES = frozenset(("html", "body", "form"))


@dataclass(slots=True)
class Marks:
    itemprops: list[etree._Element] = field(default_factory=list)
    itemtypes: list[etree._Element] = field(default_factory=list)
    comment_boxes: list[etree._Element] = field(default_factory=list)  # document order


def find_marks(tree: etree._Element) -> Marks:
    marks = Marks()
    for value in _MARKS(tree):
        name = value.attrname
        element = value.getparent()
        if name == "itemprop":
            marks.itemprops.append(element)
        elif name == "itemtype":
            marks.itemtypes.append(element)
        elif element.tag not in _NOT_BOXES and (
                not marks.comment_boxes or marks.comment_boxes[-1] is not element):
            marks.comment_boxes.append(element)
    return marks
