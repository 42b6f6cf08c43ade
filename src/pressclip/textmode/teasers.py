"""Lists of other stories in page text: a short title-like line, then a teaser of a sentence
or two, again and again ("related", "read also" and "more on this" boxes laid out as
headline + summary). An article alternates so rarely: its subheadings stand before
paragraphs, not before every other line, and the line model, which reads lines and their
neighbourhood, takes such a run for the short paragraphs of a news story."""

from __future__ import annotations

import re

# A teaser's title: a few words, no stop at its end (a headline ends with none).
TITLE_MIN_TOKENS, TITLE_MAX_TOKENS = 3, 16
# A teaser: a sentence or two, ending like one, shorter than most paragraphs.
TEASER_MIN_TOKENS, TEASER_MAX_TOKENS = 4, 30
# A list: this many title + teaser pairs in a row (one pair is a subheading and a paragraph).
MIN_PAIRS = 2
# Closers a sentence's stop may stand before (quotes of every language's usage, brackets).
_CLOSERS = "(?:\\s?[\"'”’»“‘«›)\\]）」』])*"
_TEASER_END = re.compile(rf"[.!?…。！？]{_CLOSERS}$")
_TITLE_END = re.compile(rf"[.!?…。！？;:,]{_CLOSERS}$")


def _title(line: str, size: float) -> bool:
    return TITLE_MIN_TOKENS <= size <= TITLE_MAX_TOKENS and _TITLE_END.search(line) is None


def _teaser(line: str, size: float) -> bool:
    return (TEASER_MIN_TOKENS <= size <= TEASER_MAX_TOKENS
            and _TEASER_END.search(line) is not None)


def teaser_runs(lines: list[str], size: list[float], first: int, last: int) -> list[range]:
    """The runs of MIN_PAIRS title + teaser pairs or more that open between line `first`
    and line `last` (both included), in page order. `size` is each line's token count."""
    found: list[range] = []
    i = first
    while i <= last:
        j = i
        while j + 1 < len(lines) and _title(lines[j], size[j]) and _teaser(lines[j + 1],
                                                                             size[j + 1]):
            j += 2
        if j - i >= 2 * MIN_PAIRS:
            found.append(range(i, j))
            i = j
        else:
            i += 1
    return found
