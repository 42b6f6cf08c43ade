"""Dates named in article text, resolved against the publication date (French and English).

"le 4 juillet", "July 4, 2025", "en mai", "vendredi", "last Tuesday", "hier": each becomes
a TextDate whose value is YYYY-MM-DD (a day) or YYYY-MM (a month). A day or month without a
year takes the year that puts it nearest the publication date; a bare weekday is the latest
such day on or before publication ("prochain"/"next" looks forward). Without a publication
date only dates that carry their year are returned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from ..alternation import prefix_tree
from ..record import TextDate

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11,
    "dec.": 12, "janv.": 1, "févr.": 2, "déc.": 12,
}
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
RELATIVE_DAYS = {
    "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
    "après-demain": 2, "today": 0, "yesterday": -1, "tomorrow": 1,
}
PAST_WORDS = {"dernier", "dernière", "last", "passé"}
NEXT_WORDS = {"prochain", "prochaine", "next", "coming"}
# A day or month without a year more than this many days after publication is last year's.
FUTURE_SLACK_DAYS = 60

# The names as prefix trees: a number that no month follows ("15 people") failed 40
# alternatives in turn. The names that match at a place are prefixes of one another, and
# the tree tries them longest first, as the list sorted by length did: the same matches.
_MONTH = prefix_tree(frozenset(MONTHS))
_WEEKDAY = prefix_tree(frozenset(WEEKDAYS))
_RELATIVE = prefix_tree(frozenset(RELATIVE_DAYS))
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# Alternatives are tried in order at each position: the longest forms first. The look-aheads
# send a number straight to the numeric forms and a word straight past them.
DATE_PATTERN = re.compile(
    rf"""
    (?=\d)(?:
    (?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b)
  | (?P<dmy_num>\b(?P<nd>0?[1-9]|[12]\d|3[01])/(?P<nm>0?[1-9]|1[0-2])/(?P<ny>{_YEAR})\b)
  | (?P<dmy>\b(?P<d2>[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?\s+(?P<m2>{_MONTH})
        (?:\s+(?P<y2>{_YEAR})\b)?))
  | (?=[^\W\d])(?:
    (?P<mdy>\b(?P<m1>{_MONTH})\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b
        (?:,?\s+(?P<y1>{_YEAR})\b)?)
  | (?P<my>\b(?P<m3>{_MONTH})\s+(?:(?:de\s+l['’]an\s+)?(?P<y3>{_YEAR})\b
        |(?P<past3>dernier|prochain)\b))
  | (?P<in_month>\b(?:(?:en|in|au\s+mois\s+de|début|fin|early|late)\s+|mi-\s*)
        (?P<m4>{_MONTH})(?!\w)
        (?:\s+(?P<y4>{_YEAR})\b|\s+(?P<past4>dernier|prochain)\b)?)
  | (?P<weekday>\b(?:(?P<wpre>last|next|this|on|ce|cette)\s+)?(?P<w>{_WEEKDAY})\b
        (?:\s+(?P<wpost>dernier|prochain|passé))?)
  | (?P<relative>(?<![\w-])(?P<r>{_RELATIVE})(?![\w-])))
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Every match of DATE_PATTERN starts a run of word characters, and that run (lower-cased)
# is a number or one of these words: matching only there spares the pattern's eight
# alternatives at every character of the text, which made the scan cost ~6 us a word.
WORD = re.compile(r"\w+")
# The words that only lead a date (DATE_PATTERN's in_month and weekday) -> what must follow
# them: spaces, then a word opening with one of these letters (the lower-case first letters
# of the months, of the weekdays, of "mois"; "ſ" is "s" to the pattern's IGNORECASE), or
# "-" right after the word ("mi-avril"). "in", "on" and "this" are most of the candidates,
# and most are followed by no month nor weekday ("in the").
_MONTH_INITIALS = "".join(sorted({m[0] for m in MONTHS} | {"ſ"}))
_WEEKDAY_INITIALS = "".join(sorted({w[0] for w in WEEKDAYS} | {"ſ"}))
LEADS = {**dict.fromkeys(("en", "in", "début", "fin", "early", "late"), _MONTH_INITIALS),
         **dict.fromkeys(("last", "next", "this", "on", "ce", "cette"), _WEEKDAY_INITIALS),
         "au": "m", "mi": "-"}
FIRST_WORDS = frozenset(
    [WORD.match(m).group(0) for m in MONTHS]
    + list(WEEKDAYS)
    + [WORD.match(r).group(0) for r in RELATIVE_DAYS]
    + list(LEADS))


# Where those runs start, in one scan of the lower-cased text by the regex engine: looking
# every word up in Python cost twice as much. A digit other than 0-9 ("²") starts no date,
# nor a number that no hyphen, slash or space follows (the numeric forms all need one).
CANDIDATE = re.compile(
    rf"(?<!\w)(?:\d(?=\w*[-/\s])|{prefix_tree(FIRST_WORDS - LEADS.keys())}(?!\w)"
    + "".join(f"|{re.escape(word)}(?=-)" if follow == "-" else
              f"|{re.escape(word)}(?=\\s+[{follow}])" for word, follow in LEADS.items())
    + ")")
LEAD = re.compile(r"(?:on|in|en|ce|cette)\s+", re.IGNORECASE)
ENGLISH_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.",
    "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
}


def _as_date(published: datetime | date | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def _nearest_year(month: int, day: int, reference: date) -> date | None:
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate - reference).days > FUTURE_SLACK_DAYS:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


def _month_value(month: int, year: int | None, reference: date | None,
                 direction: str | None) -> str | None:
    if year is None:
        if reference is None:
            return None
        year = reference.year
        if direction == "past" and month >= reference.month:
            year -= 1
        elif direction == "next" and month <= reference.month:
            year += 1
        elif direction is None and (month - reference.month) * 30 > FUTURE_SLACK_DAYS:
            year -= 1
    return f"{year:04d}-{month:02d}"


def _weekday(weekday: int, reference: date, direction: str | None) -> date:
    back = (reference.weekday() - weekday) % 7
    if direction == "next":
        return reference + timedelta(days=(weekday - reference.weekday()) % 7 or 7)
    if direction == "past" and back == 0:
        back = 7
    return reference - timedelta(days=back)


def _direction(*words: str | None) -> str | None:
    for w in words:
        if w and w.lower() in PAST_WORDS:
            return "past"
        if w and w.lower() in NEXT_WORDS:
            return "next"
    return None


def _resolve(m: re.Match, reference: date | None) -> str | None:
    g = m.groupdict()
    if g["iso"]:
        return _valid(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["dmy_num"]:
        return _valid(int(g["ny"]), int(g["nm"]), int(g["nd"]))
    for kind, mk, dk, yk in (("mdy", "m1", "d1", "y1"), ("dmy", "m2", "d2", "y2")):
        if g[kind]:
            month, day = MONTHS[g[mk].lower()], int(g[dk])
            if g[yk]:
                return _valid(int(g[yk]), month, day)
            if reference is None:
                return None
            found = _nearest_year(month, day, reference)
            return found.isoformat() if found else None
    if g["my"]:
        year = int(g["y3"]) if g["y3"] else None
        return _month_value(MONTHS[g["m3"].lower()], year, reference, _direction(g["past3"]))
    if g["in_month"]:
        year = int(g["y4"]) if g["y4"] else None
        return _month_value(MONTHS[g["m4"].lower()], year, reference, _direction(g["past4"]))
    if reference is None:
        return None
    if g["weekday"]:
        direction = _direction(g["wpre"], g["wpost"])
        return _weekday(WEEKDAYS[g["w"].lower()], reference, direction).isoformat()
    if g["relative"]:
        return (reference + timedelta(days=RELATIVE_DAYS[g["r"].lower()])).isoformat()
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _lowercase_english(m: re.Match) -> bool:
    """English month and day names are capitalised: a lowercase "may" is the verb."""
    for key in ("m1", "m2", "m3", "m4", "w"):
        word = m.group(key)
        if word and word.lower() in ENGLISH_NAMES and not word[0].isupper():
            return True
    return False


def _lowered(text: str) -> str:
    """`text` in lower case, one character for one (offsets hold): a letter whose lower case
    is longer ("İ") stays as it is, since no word of FIRST_WORDS holds its lower case."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def python_date_starts(lowered: str) -> list[int]:
    """Where a date can start in the lower-cased text (_scan.date_starts is the compiled
    twin, about a third of the pattern's time)."""
    return [m.start() for m in CANDIDATE.finditer(lowered)]


try:
    from ._scan import date_starts as _compiled_date_starts
except ImportError:  # installed without a C compiler: the twin gives the same starts
    _compiled_date_starts = None
FIRST_WORD_CHARS = (min(map(len, FIRST_WORDS)), max(map(len, FIRST_WORDS)))
# The pairs of letters a-z that open one of FIRST_WORDS, flagged at 26 * first + second.
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
FIRST_PAIRS = bytes(any(w.startswith(a + b) for w in FIRST_WORDS)
                    for a in _LETTERS for b in _LETTERS)


def _date_starts(lowered: str) -> list[int]:
    if _compiled_date_starts is None:
        return python_date_starts(lowered)
    return _compiled_date_starts(lowered, FIRST_WORDS, *FIRST_WORD_CHARS, FIRST_PAIRS, LEADS)


def _matches(text: str) -> Iterator[re.Match]:
    """The matches of DATE_PATTERN.finditer(text), tried only where a date can start."""
    end = 0
    for start in _date_starts(_lowered(text)):
        if start < end:
            continue
        # match() at a position still sees the text before it for \b and look-behinds.
        m = DATE_PATTERN.match(text, start)
        if m:
            end = m.end()
            yield m


def find_dates(text: str, published: datetime | date | None,
               language: str | None = None) -> list[TextDate]:
    """Dates named in `text`, offsets into `text`, values resolved against `published`."""
    del language  # the patterns cover French and English together; they do not collide
    reference = _as_date(published)
    out: list[TextDate] = []
    for m in _matches(text):
        if _lowercase_english(m):
            continue
        g = m.groupdict()
        value = _resolve(m, reference)
        if value is None:
            continue
        start, end = m.start(), m.end()
        matched = m.group(0)
        # "on Tuesday", "in May": the preposition is not part of the date's text.
        lead = LEAD.match(matched)
        if lead and (g["weekday"] and g["wpre"] and g["wpre"].lower() in {"on"}
                     or g["in_month"]):
            start += lead.end()
        out.append(TextDate(text[start:end], value, start, end))
    return out
