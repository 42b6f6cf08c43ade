"""A byline with no label, class or link: the writer's name set beside the dateline.

Some sites print the article's line of facts under the headline with nothing that says
which of its items is the writer: "<div><span>Jane Doe</span><time>12.05.2024</time></div>",
"<small>17.03.2024 | 09:45 | Jane Doe</small>", "08.06.2024 - Jane Doe". The first dateline
after the headline (a <time> or a short text that reads as a date) is found, and the row
around it (its parents while their whole text stays a byline's length, never the headline's
box) is read. Only a row of facts counts: every item of it without a digit is nothing but
capitalised names ("Jane Doe", "Jane Doe / John Smith"); a row that holds other words is a
sentence ("… im Café Aurora statt.") or a list of tags. A control's label is no item: a
button's, or a link's beside its icon ("<a><i class="icon"/> Share This</a>"), nor is a
tag link's (rel="tag"). Read only on a page with a headline, where nothing else credited
anyone.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from .dates import parse_text_date
from .lead_name import is_names
from .pictures import in_picture
from .readers import in_reader_area
from .text import element_text

# The dateline stands this close after the headline (elements in document order).
MAX_AFTER_HEADLINE = 40
# A row longer than this is the lead or a teaser, not a line of facts.
MAX_ROW_CHARS = 120
MAX_DATE_CHARS = 80
# The row is at most this many levels above the dateline.
ROW_DEPTH = 3
_DIGIT = re.compile(r"\d")
# A day written with a year of two digits, as many a dateline prints it ("06.11.23",
# "6/11/23", "06-11-23"): the date readers read four-digit years only, since two digits
# are ambiguous in running text, but a short element after the headline that holds such a
# day is the dateline whichever order its day and month stand in.
_SHORT_YEAR_DAY = re.compile(r"(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2\d{2}(?![\d.,]?\d)")
MAX_DAY, MAX_MONTH = 31, 12
# What sets a row's items apart within one text: a bar, a dot, a dash between spaces.
_ITEMS = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_NO_TEXT = frozenset(("script", "style", "svg", "noscript", "button"))
# An element of no text beside a link's words is its icon: the link is a control.
_ICONS = frozenset(("i", "svg", "img"))
# A link to a tag's or a category's page names a subject, no one ("rel="category tag"").
_TAG_LINK = frozenset(("tag", "category"))


def name_beside_date(window: list[etree._Element],
                     headline: etree._Element | None) -> list[str]:
    """The names of the first dateline's row after the headline, as written; [] where the
    row holds anything else."""
    # Without a headline there is no "under the headline": a page's first dated row is a
    # search bar's or a title block's.
    start = next((i + 1 for i, e in enumerate(window) if e is headline), None)
    if start is None:
        return []
    for element in islice(window, start, start + MAX_AFTER_HEADLINE):
        if not _dated(element):
            continue
        if in_reader_area(element) or in_picture(element):
            return []
        items: list[str] = []
        _texts(_row(element, headline), items)
        words = [item for text in items for item in _ITEMS.split(" ".join(text.split()))
                 if item and not _DIGIT.search(item)]
        return words if words and all(is_names(w) for w in words) else []
    return []


def _dated(element: etree._Element) -> bool:
    if element.tag == "time":
        return True
    text = element.text
    return bool(text and len(text) <= MAX_DATE_CHARS and _DIGIT.search(text)
                and (parse_text_date(text, False) or _short_year_day(text)))


def _short_year_day(text: str) -> bool:
    """The text holds a day with a two-digit year that reads as a date, day or month first."""
    match = _SHORT_YEAR_DAY.search(text)
    if match is None:
        return False
    low, high = sorted((int(match[1]), int(match[3])))
    return 1 <= low <= MAX_MONTH and high <= MAX_DAY


def _row(element: etree._Element, headline: etree._Element | None) -> etree._Element:
    row = element
    for parent in islice(element.iterancestors(), ROW_DEPTH):
        if (headline is not None and headline in parent.iter(headline.tag)) or len(
                element_text(parent, MAX_ROW_CHARS + 1)) > MAX_ROW_CHARS:
            break
        row = parent
    return row


def _texts(element: etree._Element, out: list[str]) -> None:
    """The element's text and its children's texts and tails, in order, but a control's: an
    icon's SVG (its <title>), a button, a link beside its icon."""
    if element.tag in _NO_TEXT or (element.tag == "a" and (
            any(child.tag in _ICONS for child in element)
            or _TAG_LINK.intersection((element.get("rel") or "").lower().split()))):
        return
    if element.text and element.text.strip():
        out.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            _texts(child, out)
        if child.tail and child.tail.strip():
            out.append(child.tail)
