"""The visible byline and dateline: what the reader sees under the headline.

Elements whose class, id or rel says author/byline, text lines that open with a byline word
("By", "Par", "Von" ...), <time> elements and elements whose class says date/time.
Boxes about comments, related articles or modification dates are skipped.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from lxml import etree

from .candidates import Candidates
from .datelines import (
    MAX_DATELINE_CHARS,
    _dateline,
    _labelled_date,
    _nearest_first,
    _opening_date,
    _page_date,
    _time_date,
    _window_date,
)
from .labels import (
    BYLINE_START,
    DATE_LABEL_ONLY,
    DATE_LABEL_START,
    FIRST_WORDS,
    LABEL_AFTER_DATE,
    LABEL_ONLY,
    PICTURE_CREDIT,
    opens_with_label,
    writer_noun_then_name,
)
from .lead_name import is_names
from .name_words import cjk_byline
from .pictures import in_picture
from .readers import in_reader_area
from .text import element_text
from .unwanted_boxes import _SKIPPED_TAGS, _unwanted

# Longer text in a byline element is an author's biography or a whole teaser box.
MAX_BYLINE_CHARS = 120
# A text that opens with a label is measured without the white space that indents it in the
# page's source ("\n<64 spaces>By Jane Doe,\n<64 spaces>"): the walk marks texts up to this
# long, and read_byline keeps those whose words are a byline's length.
MAX_LABEL_SOURCE_CHARS = 4 * MAX_BYLINE_CHARS
MIN_LABELLED_NAME_WORDS = 2
# A link this many levels above a byline is the one around it.
TEASER_LINK_DEPTH = 4
# A <br> in a byline, as the author cleaner reads it: a layout separator, like a bar.
LINE_BREAK = " | "
# Bylines tried in turn until one holds a name.
MAX_BYLINES = 4
# The byline and dateline sit near the headline: this many elements before and after the
# first h1 are read (document order), or the first WINDOW_AFTER of the body without an h1.
# Reading a window, not the page, keeps the cost flat on huge pages.
WINDOW_BEFORE = 60
WINDOW_AFTER = 400
# Bylines marked by other attributes are looked for this many elements after the h1 only: the
# test runs in Python, and a byline stands close to its headline.
MARKED_AFTER = 150

# Pieces of class and id names, searched in the lower-cased name: a case-insensitive search
# costs four times more, on every element near the headline.
# Each piece costs a search of every class and id near the headline: a columnist's box is
# found by its link to the columnists' pages (_AUTHOR_PAGE) instead.
_AUTHOR_PIECES = ("byline", "author", "autor", "auteur", "writer", "signature", "verfasser")
_DATE_PIECES = ("date", "datum", "publi", "time", "fecha", "zeit")
_AUTHOR_LABEL = re.compile("|".join(_AUTHOR_PIECES))
_DATE_LABEL = re.compile("|".join(_DATE_PIECES))
_WORD = re.compile(r"[^\W\d_]+")
# The code points from the first Kana to the last Hangul syllable: the scripts of
# name_words.cjk_byline (CJK ideographs and Hangul Jamo between them cost one call more).
_FIRST_CJK, _LAST_HANGUL = "\u3040", "\ud7a3"




def _elements(tree: etree._Element) -> Iterator[etree._Element]:
    return (e for e in tree.iter(etree.Element) if e.tag not in _SKIPPED_TAGS)


def near_headline(tree: etree._Element,
                  headline: etree._Element | None = None) -> list[etree._Element]:
    """The window read_byline and read_author_marks read: around `headline`, else around
    the first h1. A caller that asks both gives it to each."""
    return window_around(tree, headline if headline is not None else next(tree.iter("h1"), None))


def window_around(tree: etree._Element,
                  anchor: etree._Element | None) -> list[etree._Element]:
    """The elements near `anchor` (a headline), read no further than the window's end; the
    first WINDOW_AFTER of the page without one. On a large page, listing every element
    only to keep a few hundred costs more than the rest. The compiled walk goes back and on
    from the anchor, not from the page's start, and makes no object for an element outside
    the window (read_metadata names the first h1, which its compiled walk of the page
    found); _python_window, a walk from the page's start, is its twin."""
    if _element_window is not None:
        return _element_window(tree, anchor, WINDOW_BEFORE, WINDOW_AFTER, _SKIPPED_TAGS)
    return _python_window(tree, anchor)


def _python_window(tree: etree._Element,
                   anchor: etree._Element | None) -> list[etree._Element]:
    elements = _elements(tree)
    before: deque[etree._Element] = deque(maxlen=WINDOW_BEFORE)
    head: list[etree._Element] = []
    for element in elements:
        if element is anchor:
            return [*before, element, *islice(elements, WINDOW_AFTER - 1)]
        before.append(element)
        if len(head) < WINDOW_AFTER:
            head.append(element)
    return head


_AUTHOR, _DATE = 1, 2
# What read_byline reads further of an element of the window (_marks): an author's or else
# a date's element by its names, a <time>, a short text that opens with a label's word.
_BY_AUTHOR, _BY_DATE, _TIME, _LABEL_TEXT = _AUTHOR, _DATE, 4, 8


def _label_kind(cls: str | None, ident: str | None) -> int:
    """_AUTHOR when the class or the id names an author, else _DATE when one names a date."""
    kinds = (_value_kind(cls) if cls else 0) | (_value_kind(ident) if ident else 0)
    return _AUTHOR if kinds & _AUTHOR else kinds


# Class names repeat within a page and across a site's pages: the label tests are memoised,
# per value (a class recurs with many ids; no label word spans the two).
@lru_cache(maxsize=8192)
def _value_kind(value: str) -> int:
    label = value.lower()
    if _AUTHOR_LABEL.search(label):
        return _AUTHOR
    if _DATE_LABEL.search(label):
        return _DATE
    return 0


def read_byline(tree: etree._Element, month_first: bool = False, *, authors: bool = True,
                date: bool = True, headline: etree._Element | None = None,
                window: list[etree._Element] | None = None) -> Candidates:
    """The byline's authors and the dateline's date; a caller that already has one of them
    asks only for the other, which spares the costlier date search. The window is read
    around the first h1, or around `headline` (a later h1 where the first is a menu's);
    `window` is that window where the caller found it already (near_headline)."""
    found = Candidates()
    author_elements, byline_texts, labels, times, date_elements = [], [], [], [], []
    date_labels = []
    if window is None:
        window = near_headline(tree, headline)
    for element, marks in _marks(window):
        if marks & _BY_AUTHOR:
            author_elements.append(element)
        elif marks & _BY_DATE:
            date_elements.append(element)
        if marks & _TIME:
            times.append(element)
        if not marks & _LABEL_TEXT:
            continue
        text = element.text
        if len(text.strip()) >= MAX_BYLINE_CHARS:
            continue
        if date and len(text) < MAX_DATELINE_CHARS and DATE_LABEL_ONLY.match(text):
            date_labels.append(element)
        if authors:
            if BYLINE_START.match(text) or writer_noun_then_name(text) or cjk_byline(text):
                byline_texts.append(element)
            elif LABEL_ONLY.match(text):
                labels.append(element)
            elif DATE_LABEL_START.match(text) and LABEL_AFTER_DATE.search(
                    element_text(element, MAX_BYLINE_CHARS, " ")):
                # A date label, the date in a child, then the byline's: "Veröffentlicht am
                # <span>03.02.2022</span> von Jane Doe".
                byline_texts.append(element)
    if authors:
        found.authors = _bylines(author_elements + byline_texts, labels)
    if date:
        found.date = (_time_date(times, month_first) or _dateline(date_elements, month_first)
                      or _labelled_date(date_labels, month_first)
                      or _window_date(_nearest_first(window), month_first)
                      or _opening_date(window, month_first)
                      or _page_date(tree, month_first))
    return found


def _marks(window: list[etree._Element]) -> list[tuple[etree._Element, int]]:
    """(element, marks) for the elements of the window that read_byline reads further. The
    compiled reading (locate/_walk.pyx's byline_marks) tests the nodes' attributes and
    texts without a Python call an element; _python_marks is its twin."""
    if _byline_marks is not None:
        return _byline_marks(window, MAX_LABEL_SOURCE_CHARS, _value_kind, FIRST_WORDS,
                             _opens_byline, _AUTHOR_PIECES, _DATE_PIECES)
    return _python_marks(window)


def _opens_byline(text: str) -> bool:
    """The text may be a byline's or a date label's line: it opens with a label's word
    (labels.opens_with_label), or names each followed by a job in a script without capitals
    ("홍길동 기자", name_words.cjk_byline). The compiled walk asks it only of texts that do
    not open in ASCII; cjk_byline is asked only of those that open with Kana, a CJK
    ideograph or Hangul (one comparison spares the call on every other script's text)."""
    return opens_with_label(text) or (_FIRST_CJK <= text.lstrip()[:1] <= _LAST_HANGUL
                                      and cjk_byline(text))


def _python_marks(window: list[etree._Element]) -> list[tuple[etree._Element, int]]:
    out = []
    for element in window:
        # get() on the element: building its attrib mapping costs more than three lookups.
        cls, ident = element.get("class"), element.get("id")
        kind = _label_kind(cls, ident) if cls or ident else 0
        marks = 0
        if kind == _AUTHOR or element.get("rel") == "author":
            marks = _BY_AUTHOR
        elif kind == _DATE:
            marks = _BY_DATE
        if element.tag == "time":
            marks |= _TIME
        text = element.text
        if text and len(text) < MAX_LABEL_SOURCE_CHARS and _opens_byline(text):
            marks |= _LABEL_TEXT
        if marks:
            out.append((element, marks))
    return out


def _bylines(elements: list[etree._Element], labels: list[etree._Element]) -> list[str]:
    """The first few bylines outside comments, teasers and pictures' captions, in order (a
    picture's credit in an author element is none: "Foto: X"): author elements and lines
    that open with a label, then names after a label that stands alone ("<b>Autor</b> X").
    The caller takes the first that holds a name: a page's first "byline" element is often
    a box around the real one, or a date alone."""
    found: list[str] = []
    for group in _side_by_side(elements):
        if len(found) >= MAX_BYLINES:
            return found
        element = group[0]
        if _unwanted(element, header=True) or in_reader_area(element) or in_picture(element):
            continue
        # Spaced: a byline box sets the name, the date and links side by side in markup; a
        # line break parts its items as a bar does ("By X<br>Associated Press Writer").
        text = element_text(element, MAX_BYLINE_CHARS, " ", LINE_BREAK)
        if len(text) > MAX_BYLINE_CHARS and BYLINE_START.match(text):
            # The byline's line, then the story after a line break in one paragraph: "<p>Von
            # X<br><br>Die Sendung …</p>". The label's line is the byline.
            text = _first_line(text)
        text = _without_initials(text)
        if len(group) > 1:
            # Names marked one by one in one line: "Von <a rel="author">X</a> und <a
            # rel="author">Y</a>".
            text = ", ".join(t for t in (text, *(element_text(e, MAX_BYLINE_CHARS, " ")
                                                 for e in group[1:])) if t)
        if (text and len(text) <= MAX_BYLINE_CHARS and not PICTURE_CREDIT.match(text)
                and not _in_teaser(element, text)):
            # A box small enough to be a byline: its links to authors' pages are its names.
            found.append(text if len(group) > 1 else _linked_names(element) or text)
        if len(group) == 1 and (heading := _heading_name(element)):
            found.append(heading)
    for label in labels:
        if len(found) >= MAX_BYLINES:
            break
        if _unwanted(label) or in_reader_area(label):
            continue
        own = element_text(label, MAX_BYLINE_CHARS, " ", LINE_BREAK)
        if own != label.text.strip():
            after = own  # "By <a>Jane Doe</a>": the name is inside
        elif label.tail and label.tail.strip():
            after = label.tail.strip()
        else:
            following = label.getnext()
            after = element_text(following, MAX_BYLINE_CHARS) if following is not None else ""
        # A label and one word is a table ("Von | Mi"), not a byline: names have two words.
        if len(after.split()) >= MIN_LABELLED_NAME_WORDS and len(after) <= MAX_BYLINE_CHARS:
            found.append(after)
    return found


def _first_line(text: str) -> str:
    """The text before its first line break, where a byline's line is that short."""
    line, found, _ = text.partition(LINE_BREAK)
    return line if found and len(line) <= MAX_BYLINE_CHARS else text


# The letters an avatar draws in place of a missing photo: two or three capitals.
MIN_INITIALS, MAX_INITIALS = 2, 3


def _without_initials(text: str) -> str:
    """The text without the initials an author box's avatar draws before each name, the
    names parted as their boxes part them: "LP Lena Petrov RF Rui Faria" -> "Lena Petrov |
    Rui Faria". Only capitals that are the initials of the words right after them."""
    words = text.split()
    if not any(MIN_INITIALS <= len(w) <= MAX_INITIALS and w.isupper() for w in words):
        return text
    out: list[str] = []
    for i, word in enumerate(words):
        after = words[i + 1:i + 1 + len(word)]
        if (MIN_INITIALS <= len(word) <= MAX_INITIALS and word.isalpha() and word.isupper()
                and len(after) == len(word) and "".join(w[0] for w in after) == word):
            if out:
                out.append(LINE_BREAK.strip())
            continue
        out.append(word)
    return " ".join(out)


# An author box with its heading, its name and a short biography.
MAX_AUTHOR_BOX_CHARS = 400
# The elements that set an author box's name apart from its other words, and how many of
# them are read: the box's title, then the name.
MAX_NAME_HEADINGS = 3
_NAME_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
# "About", the word an author box's title opens with, before the name in one heading.
_ABOUT = frozenset(("about", "über", "sobre", "acerca", "om", "over"))


def _heading_name(element: etree._Element) -> str | None:
    """The name an author box sets as a heading of its own, where the box's whole text
    reads as no byline: "<div class="author-box"><h3>About the author</h3><h4>Jane
    Doe</h4><p>Jane Doe covers …</p></div>". Only a heading among the box's first few that
    is nothing but a name, in a box of a short biography's length: a longer one holds an
    article's subheadings."""
    # A name alone in its element has no heading but itself; a long box is read no further
    # than its first MAX_AUTHOR_BOX_CHARS characters, not walked whole for headings.
    if not len(element) or len(element_text(element, MAX_AUTHOR_BOX_CHARS)) > MAX_AUTHOR_BOX_CHARS:
        return None
    for heading in islice(element.iterdescendants(_NAME_HEADINGS), MAX_NAME_HEADINGS):
        text = element_text(heading, MAX_BYLINE_CHARS, " ")
        first, _, rest = text.partition(" ")
        if first.casefold() in _ABOUT:
            text = rest  # "About Jane Doe": the box's title and the name in one heading
        if text and len(text) <= MAX_BYLINE_CHARS and is_names(text):
            return text
    return None


def _side_by_side(elements: list[etree._Element]) -> Iterator[list[etree._Element]]:
    """The elements in order, those next in the list of one kind (tag and class) and one
    parent in one group: the names of one line ("<a rel="author">X</a> und <a
    rel="author">Y</a>"), not a box's picture and text. Lazily: the reader stops after a
    few bylines."""
    group: list[etree._Element] = []
    for element in elements:
        last = group[-1] if group else None
        if (last is not None and element is not last and element.tag == last.tag
                and element.get("class") == last.get("class")
                and (parent := element.getparent()) is not None
                and parent is last.getparent()):
            group.append(element)
            continue
        if group:
            yield group
        group = [element]
    if group:
        yield group


def _linked_names(element: etree._Element) -> str | None:
    """The names an author box links to their authors' pages, without the box's other words
    (a role, a date, "Follow"): "<div class="author"><a href="/authors/jane-doe">Jane
    Doe</a> Parliamentary editor</div>"."""
    names = [element_text(a, MAX_BYLINE_CHARS, " ") for a in element.iter("a")
             if (href := a.get("href")) and _AUTHOR_PAGE.search(href) and _names_page(a, href)]
    return ", ".join(n for n in names if n) or None


# Where no class or id says author, other attributes may: aria-label="Autor Name",
# data-testid="byline-contributors"; or the name links to the author's page.
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|journalists?|journalisten|"
    r"reporters?|writers?|byline|redakteur(?:in|e)?|columnists?|kolumnist(?:en|in)?|"
    r"colunistas?|columnistas?|chroniqueurs?|yazar(?:lar)?|muhabir|"
    # Or the byline's preposition: "/av/jane-doe" (Swedish, Norwegian), "/by/jane-doe".
    r"av|by|von)/",
    re.I,
)


def read_author_marks(tree: etree._Element, headline: etree._Element | None = None,
                      window: list[etree._Element] | None = None) -> list[str]:
    """Bylines near the headline marked by other attributes than class and id, or links to
    an author's page ("/author/jane-doe"): read only where nothing else names an author,
    since it tests every element of the window in Python (three lookups an element; an
    XPath with the same tests over the page costs twice the whole metadata)."""
    if window is None:
        window = near_headline(tree, headline)
    marked, tail_labels = [], []
    for element in window[:WINDOW_BEFORE + MARKED_AFTER]:
        get = element.get
        value = get("aria-label") or get("data-testid") or get("data-component")
        href = get("href")
        if (value and _value_kind(value) == _AUTHOR) or (
                href and _AUTHOR_PAGE.search(href) and _names_page(element, href)
                and not _in_menu(element)):
            marked.append(element)
        tail = element.tail
        if tail and len(tail) < MAX_DATELINE_CHARS and opens_with_label(tail):
            tail_labels.append(element)
    return _bylines(marked, []) + _tail_bylines(tail_labels)


# A menu's list is this many levels above its links at most.
MENU_DEPTH = 6
# A class or id that names a menu or a navigation bar, at a word's start ("hover-menu",
# "main-nav", "navbar"; not "canvas").
_MENU = re.compile(r"(?<![a-z])(?:menu|nav)", re.I)


def _in_menu(link: etree._Element) -> bool:
    """The link is an item of the site's menu (a <nav>, or a list whose class or id says
    menu): the columnists it lists are no byline of the story."""
    for parent in islice(link.iterancestors(), MENU_DEPTH):
        if parent.tag == "nav" or _MENU.search(
                f"{parent.get('class', '')} {parent.get('id', '')}"):
            return True
    return False


def _tail_bylines(elements: list[etree._Element]) -> list[str]:
    """A label in the text between two elements and the name in the next one, the line no
    element holds whole: "<br/> von <strong>Jane Doe</strong>", "<span>12.5.2023</span> |
    By <b>Jane Doe</b>"."""
    found = []
    for element in elements:
        following = element.getnext()
        if (following is None or not LABEL_ONLY.match(element.tail)
                or _unwanted(element, header=True) or in_reader_area(element)
                or in_picture(element)):
            continue
        name = element_text(following, MAX_BYLINE_CHARS)
        # Names have two words: a label and one word is a table's or a menu's.
        if len(name.split()) >= MIN_LABELLED_NAME_WORDS and len(name) <= MAX_BYLINE_CHARS:
            found.append(f"{element.tail.strip()} {name}")
    return found


def _names_page(link: etree._Element, href: str) -> bool:
    """The link's words are in the author page's address ("Jakob Hartmann" ->
    "/author/jakob-hartmann"): an author box's other links ("All articles") are no byline."""
    words = {w.casefold() for w in _WORD.findall(element_text(link, MAX_BYLINE_CHARS))}
    page = href[_AUTHOR_PAGE.search(href).end():].casefold()
    return any(len(w) > 1 and w in page for w in words)


def _in_teaser(element: etree._Element, text: str) -> bool:
    """A byline inside a link that holds more than it is another story's teaser (headline,
    summary and byline in one <a>); a link around the name alone is the author's page."""
    for parent in islice(element.iterancestors(), TEASER_LINK_DEPTH):
        if parent.tag == "a":
            around = element_text(parent, MAX_BYLINE_CHARS * 2)
            return len(around) > len(text) + MAX_BYLINE_CHARS // 2
    return False


try:
    from ..locate import _walk
except ImportError:  # installed without a C compiler: the Python readings give the same
    _element_window = _byline_marks = None
else:
    _element_window, _byline_marks = _walk.element_window, _walk.byline_marks
    if (_walk.BY_AUTHOR, _walk.BY_DATE, _walk.TIME, _walk.LABEL_TEXT) != (
            _BY_AUTHOR, _BY_DATE, _TIME, _LABEL_TEXT):
        raise ImportError("locate/_walk.pyx marks the byline's elements with other bits")
