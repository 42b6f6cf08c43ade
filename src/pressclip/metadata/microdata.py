"""schema.org microdata: itemprop=headline, datePublished, dateModified, author (with a
nested name), publisher, keywords, articleSection, isAccessibleForFree.

Properties inside a Comment item are the reader's, not the article's: comments.py reads them.
"""

from __future__ import annotations

from lxml import etree

from .candidates import Candidates
from .dates import parse_machine_date
from .pictures import in_picture
from .readers import in_reader_area
from .text import element_text

_WANTED = frozenset(("headline", "datePublished", "dateCreated", "author", "creator",
                     "publisher", "dateModified", "keywords", "articleSection",
                     "isAccessibleForFree"))
_NAME = etree.XPath(".//*[@itemprop='name' or @itemprop='givenName' or @itemprop='familyName']")


def _value(element: etree._Element) -> str:
    attrib = element.attrib
    for attr in ("content", "datetime"):
        if attrib.get(attr):
            return attrib[attr].strip()
    return element_text(element)


def read_microdata(itemprops: list[etree._Element]) -> Candidates:
    """Candidates from the page's itemprop elements (marks.find_marks lists them: the few
    elements of a page are filtered here, in Python)."""
    found = Candidates()
    for element in itemprops:
        prop = element.get("itemprop")
        if prop not in _WANTED:
            continue
        if prop == "headline" and not found.title:
            found.title = _value(element) or None
        elif prop in ("datePublished", "dateCreated") and not found.date:
            found.date = parse_machine_date(_value(element))
        elif prop in ("author", "creator") and not in_reader_area(element) and not in_picture(
                element):
            names = _NAME(element)
            name = " ".join(filter(None, map(_value, names))) if names else _value(element)
            if name:
                found.authors.append(name)
        elif prop == "publisher" and not found.publisher:
            names = _NAME(element)
            found.publisher = _value(names[0]) if names else None
        elif in_reader_area(element):
            continue
        elif prop == "dateModified" and not found.date_modified:
            found.date_modified = parse_machine_date(_value(element))
        elif prop == "keywords":
            found.tags.append(_value(element))
        elif prop == "articleSection" and not found.section:
            found.section = _value(element) or None
        elif prop == "isAccessibleForFree" and found.free is None:
            found.free = {"true": True, "false": False}.get(_value(element).casefold())
    return found
