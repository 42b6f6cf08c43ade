"""A costly pattern behind a cheap test of whether it can match at all.

The byline labels' patterns alternate a hundred words ignoring case: about 30,000
instructions a call, on author strings that are mostly a plain name. A test that answers
False only where the pattern cannot match (a word it must open with, a character it must
hold) spares the call and gives the same answers, so the callers keep the pattern's methods.
"""

from __future__ import annotations

import re
from collections.abc import Callable


class Prefiltered:
    """`pattern`'s match, search and sub, tried only where `may_match(text)`; `may_match`
    must be True wherever the pattern matches."""

    __slots__ = ("pattern", "_may_match")

    def __init__(self, pattern: re.Pattern[str], may_match: Callable[[str], bool]) -> None:
        self.pattern = pattern
        self._may_match = may_match

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self._may_match(text) else None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may_match(text) else None

    def sub(self, replacement: str, text: str, count: int = 0) -> str:
        return self.pattern.sub(replacement, text, count=count) if self._may_match(text) else text
