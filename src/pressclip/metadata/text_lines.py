"""The date and the byline of an article given as flattened text, one line at a time.

Text mode (textmode/extract.py) has no markup to read: no JSON-LD, no meta tags, no class
that says "byline". What the reader sees near the headline is all there is: a byline's line
("By Jane Doe", "Von: Max Muster", "Texte : Marie Dupont", "Author of the article:" then "By
X") and a date's line ("Published Jun 05, 2026", "28.04.2023 | 17:52 Uhr", "vor 3 Stunden").
Where no line has a label, a line of capitalised names alone beside the date's line is the
byline ("Jane Doe" then "30.01.2024"), as is the name that opens the date's line ("Jane
Doe, 26.04.2024 10:00"; beside_date.py reads the same row in markup). The HTML reader's
labels, name cleaner, wires and date parsers read them here, so that both modes agree on
what a byline and a date are.
"""

from __future__ import annotations

import re
import unicodedata

from .author_parts import wire_agencies, wire_credits
from .authors import clean_authors
from .byline import MAX_BYLINE_CHARS
from .dates import parse_text_date
from .labels import BYLINE_START, LABEL_ONLY, writer_noun_then_name
from .lead_name import is_names
from .name_words import TITLES, bare, cjk_byline
from .titles import squash
from .updated import is_update_line


def line_byline(line: str, following: str = "") -> tuple[list[str], list[str]] | None:
    """(authors, agencies) where the line opens with a byline's label, or is a label alone
    with names alone on the `following` line; None otherwise. A wire that signs alone is the
    author and the agency both, as read_metadata credits it ("By Associated Press")."""
    line = line.strip()
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    if LABEL_ONLY.match(line):
        # A label alone is a menu's item as often ("Redaktion", "Journalist"): the next line
        # must be capitalised names and nothing else.
        if not is_names(following.strip()):
            return None
        line = f"{line} {following.strip()}"
    elif not (BYLINE_START.match(line) or writer_noun_then_name(line) or cjk_byline(line)):
        return None
    authors = clean_authors([line], visible=True)
    agencies = wire_agencies([line])
    if not authors:
        authors = wire_credits([line])
    return (authors, agencies) if authors or agencies else None


_DIGIT = re.compile(r"\d")
_ITEM_MARKS = " ,;|·•-–—"
# Names beside the date set side by side by a bar, as a byline box's items: "Jane Doe | John
# Roe".
_BAR = re.compile(r"\s+\|\s+")


def _names_alone(text: str) -> bool:
    """The text is capitalised names and nothing else (lead_name.is_names), items parted by a
    bar too ("Jane Doe | John Roe"), and the last one may be followed by the writer's job:
    "Jane Doe Redakteur", "Jane Doe Parliamentary editor" (a field's capitalised word
    before the job reads as a name's; the cleaner cuts both off, as it does in markup)."""
    if is_names(text):
        return True
    items = _BAR.split(text)
    last = items[-1].rsplit(maxsplit=1)
    if len(last) == 2 and bare(last[1]) in TITLES:
        items[-1] = last[0]
    return all(is_names(item) for item in items)


def names_beside_date(lines: list[str], date_index: int) -> list[str]:
    """The names that open the date's line, else a line of names alone right before it,
    else right after it (blank lines skipped); [] where none stands there. What opens the
    date's line counts only where the date starts at its first digit: "Published Jun 05"
    opens with a label and a month, not a name. A line the page wrote above it already is
    a menu's item ("Front Page" in the menu, then beside the date as the section's name):
    the writer's name comes first in the byline, its repeats (an author box, a list of the
    writer's stories) after it."""
    line = lines[date_index]
    digit = _DIGIT.search(line)
    texts = []
    if digit and digit.start() and parse_text_date(line[digit.start():]) == parse_text_date(line):
        texts.append((line[:digit.start()].strip(_ITEM_MARKS), date_index))
    before = next((i for i in range(date_index - 1, -1, -1) if lines[i].strip()), None)
    after = next((i for i in range(date_index + 1, len(lines)) if lines[i].strip()), None)
    texts += [(lines[i].strip(), i) for i in (before, after) if i is not None]
    for text, at in texts:
        if (text and len(text) <= MAX_BYLINE_CHARS and _names_alone(text)
                and not any(earlier.strip() == text for earlier in lines[:at])):
            names = clean_authors([text], visible=True)
            if names:
                return names
    return []


def written_date(line: str, update: bool = False) -> str | None:
    """The date a short line writes out ("Published Jun 05, 2026", "12:20pm Jan 7, 2024",
    "28.04.2023 | 17:52 Uhr"), where the line is an update's ("Aktualisiert am 28.04.2023",
    "Updated: Jan 7, 2024") if `update` is true and no update's if it is false: the caller
    asks for the published date first, and takes the update's only where none is shown.
    Ages ("vor 3 Stunden") are relative.read_relative's."""
    # Every form parse_text_date reads has a digit (\d, any script's): most lines near a
    # headline have none and cost one search.
    if _DIGIT.search(line) is None or is_update_line(line) != update:
        return None
    return parse_text_date(line)


# A list item's mark that a flattener sets before a breadcrumb's or a menu's entry ("* ",
# "+ ", "• "): no part of the headline that the entry spells.
_LIST_MARK = re.compile(r"^[*+•·‣◦-]\s+")


def headline_spelling(lines: list[str], index: int) -> str:
    """The headline of line `index`, spelled as the page's editors typed it: the line itself,
    or the line right before or after it (blank lines skipped) where that one holds the same
    letters and digits (case aside) with more punctuation. A flattener drops the marks that
    a page's styling stands for between the elements a headline is set in (a kicker's
    "Kicker: " in a span of its own comes out "Kicker Headline"), and never adds one; a
    breadcrumb's last entry or the headline said twice keeps them."""
    line = lines[index].strip()
    key = squash(line)
    best, marks = line, _marks(line)
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if not 0 <= j < len(lines):
            continue
        other = _LIST_MARK.sub("", lines[j].strip())
        if key and squash(other) == key and _marks(other) > marks:
            best, marks = other, _marks(other)
    return best


def _marks(text: str) -> int:
    """Punctuation marks in the text, of any script."""
    return sum(unicodedata.category(c).startswith("P") for c in text)
