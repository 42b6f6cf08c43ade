"""A wire's credit alone on a line under the headline, with no label, class or link.

Pages that run a wire's story print its name where a byline stands, in an element that no
class or id marks as the author's: "<p class="credit">Reuters</p>", "<div>AFP, MANILA</div>"
(the wire, then the place it filed from). A wire's name is a fixed list (credits.AGENCIES),
so a short text that is nothing but one, and capitalised words of a place after it, reads as
a credit in any language. Read only on a page with a headline, where nothing else credited
anyone, and only in the few elements after the headline.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from ..credits import AGENCIES
from .author_parts import wire_credits
from .pictures import in_picture
from .readers import in_reader_area
from .text import element_text

# The credit stands this close after the headline (elements in document order).
MAX_AFTER_HEADLINE = 40
# A wire's name and a city's, no longer.
MAX_LINE_CHARS = 40
# What parts the wire's name from the place after it: "AFP, MANILA", "Reuters / London".
_PARTS = re.compile(r"\s*[,/|]\s*")
# A place's words: capitalised, at most three of them ("Rio de Janeiro" holds a particle).
MAX_PLACE_WORDS = 3
_PLACE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# The first words of the wires' spellings, case-folded ("the" of "The Associated Press").
_WIRE_FIRST_WORDS = frozenset(spelling.split()[0].casefold()
                              for spellings in AGENCIES.values() for spelling in spellings)


def wire_under_headline(window: list[etree._Element],
                        headline: etree._Element | None) -> str | None:
    """The first short text after the headline that is a wire's credit, as written."""
    start = next((i + 1 for i, e in enumerate(window) if e is headline), None)
    if start is None:
        return None
    for element in islice(window, start, start + MAX_AFTER_HEADLINE):
        # Its own text: a line's element, not the box around it.
        if not (element.text and element.text.strip()) or len(element):
            continue
        text = element_text(element, MAX_LINE_CHARS)
        if (len(text) <= MAX_LINE_CHARS and is_wire_line(text)
                and not in_picture(element) and not in_reader_area(element)):
            return text
    return None


def is_wire_line(text: str) -> bool:
    """The text is a wire's name, then at most a place's: "AFP", "AFP, MANILA"."""
    # A wire's first word first: most texts name no wire, and reading one as author parts
    # costs tens of microseconds (text mode asks every line near the headline).
    opening = text.split(maxsplit=1)
    if not opening or opening[0].strip(",/|").casefold() not in _WIRE_FIRST_WORDS:
        return False
    first, *rest = _PARTS.split(text.strip())
    return wire_credits([first]) == [first] and all(_place(part) for part in rest)


def _place(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= MAX_PLACE_WORDS and all(
        _PLACE_WORD.fullmatch(w) and (w[0].isupper() or w in ("de", "da", "do", "del"))
        for w in words) and words[0][0].isupper()
