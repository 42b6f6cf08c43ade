"""Flattened page text -> the lines that carry text, normalised so no flattener's habits show.

Flatteners differ in indentation, bullet glyphs, blank lines and odd spaces; none of that
says whether a line is article text, so it is removed here and nothing downstream sees it.
"""

from __future__ import annotations

import re

# Zero-width characters that str.split() does not take for spaces.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DROP_ZERO_WIDTH = str.maketrans(dict.fromkeys(_ZERO_WIDTH))
# List-item glyphs flatteners put before items ("* ", "+ ", "o ", "- ", "• " ...).
_BULLET_GLYPHS = "*+-•·▪◦‣o>"
_BULLET = re.compile(rf"^(?:[{re.escape(_BULLET_GLYPHS)}] )+")
_BULLET_FIRST = frozenset(_BULLET_GLYPHS)
# A line with no letter and no digit (rules, lone separators) carries no text.
_HAS_WORD = re.compile(r"\w")


def normalise_line(raw: str) -> str:
    # str.split() knows every Unicode space (no-break, thin, ideographic ...) and runs in C.
    text = " ".join(raw.split())
    return _BULLET.sub("", text) if text[:1] in _BULLET_FIRST else text


def split_lines(text: str) -> list[str]:
    """The lines of `text` that carry at least one letter or digit, normalised."""
    if any(char in text for char in _ZERO_WIDTH):
        text = text.translate(_DROP_ZERO_WIDTH)
    lines = [normalise_line(raw) for raw in text.splitlines()]
    return [line for line in lines if line and _HAS_WORD.search(line)]
