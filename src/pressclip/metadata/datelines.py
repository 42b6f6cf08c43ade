"""The dateline's readers: the publication day the reader sees near the headline.

In the order read_byline (byline.py) asks them: a <time> (its datetime, or the day it
shows where the two differ; a publication's class first), an element whose class says
date, the date after a label that stands alone, a short text near the headline that reads
as a date (the nearest first, a reader's comment's left out), a dateline glued to the lead,
and last any short text of the page. Lists of other pages' entries and the boxes of
unwanted_boxes.py are skipped; an update line's day stands in only where no other is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from lxml import etree

from .dates import parse_machine_date, parse_text_date
from .readers import in_reader_area
from .text import element_text
from .unwanted_boxes import _SKIPPED_TAGS, _unwanted
from .updated import is_update_line

MAX_DATELINE_CHARS = 80
# Shorter texts and tails are not read as a date when no element marks them as one.
MIN_LOOSE_DATE_CHARS = 6
# A dateline opening the lead ("BERLIN, 5. Juli 2025 – ") is no longer than this.
MAX_OPENING_DATE_CHARS = 32
# What parts such a dateline from the lead: a dash between spaces, an opening quote.
_LEAD_SEPARATOR = re.compile(r"\s[-–—]\s|\s?[„“«]")
_PUBLISHED = re.compile(r"publi|pub-?date|posted|created|erschien|veröff", re.I)
_DIGIT = re.compile(r"\d")

# How far up a dated element is looked at for the list item that holds it.
_ITEM_LEVELS = 3


def _in_linked_item(element: etree._Element) -> bool:
    """Whether a dated element sits in a list item that holds a link: an entry of a list of
    other pages (recent posts, press releases), dated with its own page's day, whatever the
    list's class calls it."""
    node = element.getparent()
    for _ in range(_ITEM_LEVELS):
        if node is None:
            return False
        if node.tag == "li":
            return node.find(".//a") is not None
        node = node.getparent()
    return False


def _labelled_date(labels: list[etree._Element], month_first: bool) -> str | None:
    """The date written after a label that stands alone ("<b>Datum</b> 28.04.2023")."""
    for label in labels:
        if _unwanted(label):
            continue
        after = label.tail if label.tail and label.tail.strip() else None
        if after is None and label.getnext() is not None:
            after = element_text(label.getnext(), MAX_DATELINE_CHARS)
        day = parse_text_date(after[:MAX_DATELINE_CHARS], month_first) if after else None
        if day:
            return day
    return None


def _nearest_first(window: list[etree._Element]) -> list[etree._Element]:
    """The window's elements by their distance from its first h1, the nearer first (the
    earlier of two as near): a dateline stands beside the headline, a list of other pages'
    days further off."""
    headline = next((i for i, element in enumerate(window) if element.tag == "h1"), None)
    if headline is None:
        return window
    # The two sides taken in turn outward, the earlier first: the order of a stable sort by
    # distance, without a key call for each of the window's hundreds of elements.
    before = window[headline - 1::-1] if headline else []
    after = window[headline + 1:]
    order = [window[headline]]
    for pair in zip(before, after, strict=False):
        order += pair
    shared = min(len(before), len(after))
    return order + before[shared:] + after[shared:]


def _loose_date(window: list[etree._Element], month_first: bool,
                keep: Callable[[str], bool] | None = None) -> str | None:
    """The first short text of `window` that is a date, whatever its element says, and that
    `keep` keeps. The compiled reading (locate/_walk.pyx's window_dated_texts) decodes only
    the texts and tails of a dateline's length that may hold a digit;
    _python_window_dated_texts is its twin."""
    if _window_dated_texts is None:
        texts: Iterable[str] = _python_window_dated_texts(window)
    else:
        texts = _window_dated_texts(window, MIN_LOOSE_DATE_CHARS, MAX_DATELINE_CHARS)
    return _first_date(texts, month_first, keep)


def _window_date(window: list[etree._Element], month_first: bool) -> str | None:
    """_loose_date near the headline, a reader's comment's date left out."""
    return _loose_date(window, month_first, lambda text: not _readers_text(window, text))


def _readers_text(window: list[etree._Element], text: str) -> bool:
    """Whether the first element of `window` that holds `text` (as its text, or as the tail
    that follows it inside its parent) stands in a comment thread: a reader's comment
    dated beside the headline is no dateline. Sought only for a text that reads as a date."""
    for element in window:
        if element.text == text:
            return in_reader_area(element)
        if element.tail == text:
            parent = element.getparent()
            return parent is not None and in_reader_area(parent)
    return False


def _opening_date(window: list[etree._Element], month_first: bool) -> str | None:
    """The date a longer text near the headline opens with, the dateline glued to the lead
    by a dash or a quote ("27.1.2022 - Bei der Eröffnung…", "BERLIN, 5. Juli 2025 – Der
    Rat…"). Read only where no short text near the headline is a date."""
    for element in window:
        text = element.text
        if not text or len(text) <= MAX_DATELINE_CHARS or element.tag in _SKIPPED_TAGS:
            continue
        head = _LEAD_SEPARATOR.split(text.lstrip(), 1)
        if len(head) == 2 and len(head[0]) <= MAX_OPENING_DATE_CHARS and _DIGIT.search(head[0]):
            day = parse_text_date(head[0], month_first)
            if day:
                return day
    return None


def _python_window_dated_texts(window: list[etree._Element]) -> Iterator[str]:
    """Each element's text, then its tail, of a dateline's length with a digit (read in
    line: no tuple an element)."""
    for element in window:
        text = element.text
        if (text and MIN_LOOSE_DATE_CHARS <= len(text) <= MAX_DATELINE_CHARS
                and _DIGIT.search(text)):
            yield text
        text = element.tail
        if (text and MIN_LOOSE_DATE_CHARS <= len(text) <= MAX_DATELINE_CHARS
                and _DIGIT.search(text)):
            yield text


def _page_date(tree: etree._Element, month_first: bool) -> str | None:
    """_loose_date over every element of the page. The compiled walk (locate/_walk.pyx's
    dated_texts) decodes only the texts and tails of a dateline's length that may hold a
    digit; _python_dated_texts is its twin."""
    if _dated_texts is None:
        texts: Iterable[str] = _python_dated_texts(tree)
    else:
        texts = _dated_texts(tree, _SKIPPED_TAGS, MIN_LOOSE_DATE_CHARS, MAX_DATELINE_CHARS)
    return _first_date(texts, month_first)


def _first_date(texts: Iterable[str], month_first: bool,
                keep: Callable[[str], bool] | None = None) -> str | None:
    """The first of the candidate texts that holds a digit and reads as a date, and that
    `keep` keeps (the compiled walks leave the digit test to here)."""
    edited = None
    for text in texts:
        if _DIGIT.search(text):
            day = parse_text_date(text, month_first)
            if day and keep is not None and not keep(text):
                continue
            # "Letzte Änderung: 31.10.2023" is the last edit's day: the publication's may be
            # further on; where none is, the edit's day is the nearest the page gives.
            if day and is_update_line(text):
                edited = edited or day
            elif day:
                return day
    return edited


def _python_dated_texts(tree: etree._Element) -> Iterator[str]:
    """Every text and tail of the page's elements of a dateline's length with a digit, in
    order: the text and the tail are read in line, and the element's tag only for a text
    that may be a date."""
    for element in tree.iter(etree.Element):
        text = element.text
        if (text and MIN_LOOSE_DATE_CHARS <= len(text) <= MAX_DATELINE_CHARS
                and _DIGIT.search(text) and element.tag not in _SKIPPED_TAGS):
            yield text
        text = element.tail
        if (text and MIN_LOOSE_DATE_CHARS <= len(text) <= MAX_DATELINE_CHARS
                and _DIGIT.search(text) and element.tag not in _SKIPPED_TAGS):
            yield text


def _time_date(times: list[etree._Element], month_first: bool) -> str | None:
    first: str | None = None
    for element in times:
        if _unwanted(element):
            continue
        value = element.get("datetime")
        day = parse_machine_date(value) if value else None
        shown = parse_text_date(element_text(element, MAX_DATELINE_CHARS), month_first)
        if shown and (not day or shown[:10] != day[:10]):
            day = shown
        if not day:
            continue
        label = f"{element.get('class', '')} {element.get('itemprop', '')}"
        if element.get("pubdate") is not None or _PUBLISHED.search(label):
            return day
        first = first or day
    return first


def _dateline(elements: list[etree._Element], month_first: bool) -> str | None:
    for element in elements:
        if _unwanted(element) or _in_linked_item(element):
            continue
        text = element_text(element, MAX_DATELINE_CHARS)
        if text and len(text) <= MAX_DATELINE_CHARS:
            day = parse_text_date(text, month_first)
            if day:
                return day
    return None


try:
    from ..locate import _walk
except ImportError:  # installed without a C compiler: the Python readings give the same
    _dated_texts = _window_dated_texts = None
else:
    _dated_texts, _window_dated_texts = _walk.dated_texts, _walk.window_dated_texts
