"""Parts of an article's text that are not its prose: headlines, credit lines, datelines.

A name there speaks for no quotation of the body and stands for no pronoun: the words of a
headline in title case ("Mayor Offers Help To Flood Town") read as a person's name, a
photographer's credit line ("Jane Roe, file"), the city of a dateline ("KINGSTOWN, March 3
(Agency) - A rescue group said …"). A line is prose when it ends a sentence or holds a
quotation; a heading or a credit is a short line that does neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from .name_forms import Mention

# What a line of prose ends with: a sentence's end, or a quotation's closing mark.
PROSE_ENDINGS = frozenset(".!?:;…\"“”»'’")
QUOTE_MARKS = frozenset("\"“”«»„")
# Headlines, standfirsts cut short, bylines and credits hold at most this many words; a
# longer line without a sentence's end is prose that lost its full stop.
HEADING_WORDS = 16
START = attrgetter("start")
# "KINGSTOWN, March 3 (Agency) - ", "PORT TOWN -- ": the capitals of a place, perhaps a
# date and an agency, then a dash before the story's first sentence.
DATELINE = re.compile(r"[A-Z]{2}[A-Z.'’ -]{0,40}?(?:,[^\n]{0,50}?)?\s(?:--?|–|—)\s")


def heading(line: str) -> bool:
    """A short line that neither ends a sentence nor holds a quotation."""
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] not in PROSE_ENDINGS and \
        QUOTE_MARKS.isdisjoint(stripped) and len(stripped.split()) <= HEADING_WORDS


def apart(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, a whole heading line) of the parts of `text` that are not prose: its
    heading and credit lines, and the datelines that open a line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        # Most lines are prose: their last character is enough to tell.
        end = line.rstrip()[-1:]
        if end and end not in PROSE_ENDINGS and heading(line):
            out.append((pos, pos + len(line), True))
        elif line[:2].isupper():
            dateline = DATELINE.match(line)
            if dateline:
                out.append((pos, pos + dateline.end(), False))
        pos += len(line) + 1
    return out


def in_prose(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may speak: not a person's or place's name in a heading or credit
    line (an organisation there, "9h12 - Acme sees orders fall", is still the one the
    item goes on about), nothing in the dateline that opens a line."""
    spans = apart(text) if mentions else []
    dropped = []
    for start, end, whole_line in spans:
        for k in range(bisect_left(mentions, start, key=START),
                       bisect_left(mentions, end, key=START)):
            if not (whole_line and mentions[k].type == "organization"):
                dropped.append(k)
    if not dropped:
        return mentions
    kept: list[Mention] = []
    previous = 0
    for k in sorted(set(dropped)):
        kept += mentions[previous:k]
        previous = k + 1
    return kept + mentions[previous:]
