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
from datetime import datetime

from .author_parts import wire_agencies, wire_credits
from .authors import clean_authors
from .byline import MAX_BYLINE_CHARS
from .dates import parse_machine_date, parse_text_date
from .labels import BYLINE_START, LABEL_ONLY, writer_noun_then_name
from .lead_name import is_names
from .month_names import MONTH_NAMES
from .name_words import TITLES, bare, cjk_byline
from .relative import RelativeDate, read_relative
from .titles import squash
from .updated import is_update_line
from .wire_line import MAX_LINE_CHARS as MAX_WIRE_LINE_CHARS
from .wire_line import is_wire_line


def line_byline(line: str, following: str = "") -> tuple[list[str], list[str]] | None:
    """(authors, agencies) where the line opens with a byline's label, or is a label alone
    with names alone on the `following` line; None otherwise. A wire that signs alone is the
    author and the agency both, as read_metadata credits it ("By Associated Press"), and so
    is a wire alone on its line, the place it filed from after it ("AFP, MANILA":
    wire_line.py reads the same text in markup). Names alone followed by a line that is a
    writer's job alone sign the article as a byline's label would ("Jane Doe" then
    "Journalist"). A byline that credits no person but a desk ("By MND Staff") names the
    desk as the author, as the HTML reader's visible byline does. A label glued to the name
    ("byJane Doe") is read as if spaced."""
    line, following = line.strip(), following.strip()
    if not line or len(line) > MAX_BYLINE_CHARS * _MAX_ITEMS_LINE:
        return None
    opens = len(line) <= MAX_BYLINE_CHARS and _opens_byline(line)
    if not opens and (item := _labelled_item(line) or _unglued_label(line)):
        line, opens = item, True
    if len(line) > MAX_BYLINE_CHARS:
        return None
    if len(line) <= MAX_WIRE_LINE_CHARS and is_wire_line(line):
        return wire_credits([line]), wire_agencies([line])
    if LABEL_ONLY.match(line):
        # A label alone is a menu's item as often ("Redaktion", "Journalist"): the next line
        # must be capitalised names and nothing else.
        if not is_names(following):
            return None
        line = f"{line} {following}"
    elif not (opens or (_is_job(following) and _names_alone(line))):
        return None
    authors = clean_authors([line], visible=True)
    agencies = wire_agencies([line])
    if not authors:
        authors = wire_credits([line]) or (
            [] if agencies else clean_authors([line], visible=True, people=False))
    return (authors, agencies) if authors or agencies else None


def _opens_byline(text: str) -> bool:
    return bool(BYLINE_START.match(text) or writer_noun_then_name(text) or cjk_byline(text))


# A line of items parted by bars, as a flattener writes a byline box's row ("Section |
# Published: 5 hours ago | Written by Jane Doe"), may run to this many bylines' length.
_MAX_ITEMS_LINE = 2


def _labelled_item(line: str) -> str | None:
    """The first item after a bar that opens with a byline's label, in a line of items."""
    if "|" not in line:
        return None
    return next((item for item in _BAR.split(line)[1:] if _opens_byline(item)), None)


def _unglued_label(line: str) -> str | None:
    """The line with a space between a byline's label and the name glued to it ("byJane
    Doe", "vonMax Muster": a flattener that parts inline elements with nothing joins the
    label's element to the name's link), where its first word runs from lower case into a
    capital; None otherwise."""
    first = line.split(maxsplit=1)[0]
    if not first[:1].islower():
        return None
    cut = next((k for k in range(1, len(first))
                if first[k].isupper() and first[k - 1].islower()), None)
    if cut is None:
        return None
    spaced = f"{line[:cut]} {line[cut:]}"
    return spaced if BYLINE_START.match(spaced) else None


def _is_job(text: str) -> bool:
    """The text is one word, a writer's job: "Journalist", "Redakteurin" (a longer line
    under a name is a standfirst's or a menu's as often)."""
    return bool(text) and " " not in text and bare(text) in TITLES


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
    opens with a label and a month, not a name, and "Fri Dec 28, 7:05 AM" a day's and a
    month's names. A line the page wrote above it already is
    a menu's item ("Front Page" in the menu, then beside the date as the section's name):
    the writer's name comes first in the byline, its repeats (an author box, a list of the
    writer's stories) after it."""
    line = lines[date_index]
    digit = _DIGIT.search(line)
    texts = []
    if digit and digit.start() and parse_text_date(line[digit.start():]) == parse_text_date(line):
        opening = line[:digit.start()].strip(_ITEM_MARKS).split()
        # A month's name before the first digit is the date's ("Fri Dec 28, 7:05 AM"), and
        # so is what comes before it.
        if not (opening and opening[-1].casefold().rstrip(".,") in MONTH_NAMES):
            texts.append((" ".join(opening), date_index))
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


# Year, month and day as ISO 8601 writes them, padded: no part of a longer number or range.
_ISO_DAY = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")
# What may follow that day on a date line: its time and offset, after a "T" or a bar,
# nothing else ("2024-02-14 is the deadline" is a sentence's).
_ISO_REST = re.compile(
    r"(?:[T|·•,]?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")


# A time of day: "22:31", "15.59", "9h30", "10:00 am", "17:52 Uhr".
_TIME = re.compile(r"(?<![\d.:])\d{1,2}[:.h]\d{2}(?![\d.:])(?:\s*(?:[ap]\.?m\.?|uhr)(?!\w))?",
                   re.I)
# What a time's line holds besides its times: a label or two ("Publicerad", "Updated",
# "kl."), no sentence.
_MAX_TIME_LINE_WORDS = 4
_TIME_LINE_MARKS = re.compile(r"[\s|·•,]+")


def time_line(line: str) -> bool:
    """The line shows a time of day and no date: "Publicerad 22:31", "16:30", "Uppdaterad
    15.59 | Publicerad 14.14" (a story of the day, dated by its page's date elsewhere), or
    the day of a month it names and no year: "mandag 5. august kl. 14:47" (a story of the
    year, which no date parser reads without one). Its byline stands beside it as beside a
    date's line."""
    if not _TIME.search(line):
        return False
    words = [w for w in _TIME_LINE_MARKS.split(_TIME.sub(" ", line)) if w]
    numbers = [w for w in words if _DIGIT.search(w)]
    if not numbers:
        return len(words) <= _MAX_TIME_LINE_WORDS
    return (len(numbers) == 1 and _DAY_NUMBER.fullmatch(numbers[0]) is not None
            and any(w.casefold().rstrip(".") in MONTH_NAMES for w in words)
            and len(words) <= _MAX_TIME_LINE_WORDS + 2)


# A day of the month as a date writes it before or after its month's name: "5.", "05", "5,".
_DAY_NUMBER = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[.,]?")


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
    found = parse_text_date(line)
    if found is None:
        # A date shown as the machine writes it ("2024-02-14T16:15:30Z", "입력 : 2025-06-04
        # 02:37:08"): a page's script or template prints the stored value as it is. Its
        # time and offset are kept where it gives them, as a meta tag's are.
        iso = _ISO_DAY.search(line)
        if iso and _ISO_REST.fullmatch(line[iso.end():].strip()):
            found = parse_machine_date(line[iso.start():].strip())
    return found or _glued_date(line)


def _glued_date(line: str) -> str | None:
    """The date of a line that shows it twice, glued: a page sets the same date in two
    elements (a short and a long form, one of them hidden on a small screen) and a flattener
    that parts inline elements with nothing writes them as one word ("30. Januar
    202430. Januar 2024", "30.01.202430. Januar 2024"). Read where the line is one text
    twice, or where a cut inside its one run of glued digits leaves two dates of one day."""
    half = _doubled(line)
    if half is not None:
        return parse_text_date(half)
    runs = _GLUED_DIGITS.findall(line)
    if len(runs) != 1:
        return None
    # The first number ends after a day's or a month's digits, or a year's.
    start = line.index(runs[0])
    for cut in (start + 1, start + 2, start + 4):
        first = parse_text_date(line[:cut])
        if first is not None and parse_text_date(line[cut:]) == first:
            return first
    return None


# Digits of two numbers glued: a year's and the next day's, longer than any date's part.
_GLUED_DIGITS = re.compile(r"\d{5,8}")


def _doubled(line: str) -> str | None:
    """The first half of a line that is one text written twice without a space ("vor 3
    Stundenvor 3 Stunden"), else None."""
    half = len(line) // 2
    return line[:half] if len(line) % 2 == 0 and line[:half] == line[half:] else None


def line_age(line: str, reference: datetime) -> RelativeDate | None:
    """The age a date's line shows (relative.read_relative), the line written twice glued
    read once ("vor 3 Stundenvor 3 Stunden", as `_glued_date` reads a date), and an age
    alone after names alone: a byline's row sets its age without "ago" after the writer
    ("Jane Doe 7 hours"); a bare age counts only where nothing but names stands before it
    (a line "Top 5 days" is a menu's)."""
    found = read_relative(line, reference)
    if found is not None:
        return found
    half = _doubled(line)
    if half is not None:
        return read_relative(half, reference)
    digit = _DIGIT.search(line)
    if digit is None or not digit.start():
        return None
    names = line[:digit.start()].strip(_ITEM_MARKS)
    if names and len(names) <= MAX_BYLINE_CHARS and _names_alone(names):
        return read_relative(line[digit.start():], reference)
    return None


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
