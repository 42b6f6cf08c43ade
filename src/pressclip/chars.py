"""Characters classed in bulk: a page's text as code points, and flags for each.

Per-block and per-line statistics (words, capitals, digits, punctuation) are cheapest when
the whole page is one array of code points classed through a lookup table and summed per
block: a few C passes over the text instead of Python work per word. The classes are those
of Python's own `str` methods and regular expressions, so a count made here equals the one
`re.findall(r"\\w+", ...)` or `str.isupper` would give.
"""

from __future__ import annotations

from functools import cache

import numpy as np

WORD = 1  # re's \w: alphanumeric or underscore
UPPER = 2  # str.isupper
DIGIT = 4  # str.isdigit (superscripts included)
DECIMAL = 8  # re's \d: str.isdecimal
# Bits from this one up are free for a caller's own classes of characters.
FIRST_FREE_BIT = 16
# Punctuation that ends a sentence, and the closing quotes and brackets that may follow it
# ('… done." He'): both feature extractors (HTML blocks, text lines) read sentences so.
SENTENCE_STOPS = ".!?…。！？"
CLOSERS = "\"'»”’)]"
_BMP = 0x10000


def _flags_of(char: str) -> int:
    return ((WORD if char.isalnum() or char == "_" else 0) | (UPPER if char.isupper() else 0)
            | (DIGIT if char.isdigit() else 0) | (DECIMAL if char.isdecimal() else 0))


@cache
def _base_table() -> np.ndarray:
    return np.fromiter(map(_flags_of, map(chr, range(_BMP))), dtype=np.uint8, count=_BMP)


def make_table(extra: dict[int, str] | None = None) -> np.ndarray:
    """Flags of every character of the Basic Multilingual Plane, with `extra` bits set on
    the characters named for them ({bit: characters}). The classes of str methods are
    worked out once per process (~15 ms); each caller gets its own copy to extend."""
    table = _base_table().copy()
    for bit, members in (extra or {}).items():
        table[[ord(c) for c in members]] |= bit
    return table


def code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def classify(codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    """The flags of each code point. Characters past the BMP (emoji, rare scripts) are
    classed one by one: a table of all Unicode would cost more to build than they do."""
    flags = table[np.minimum(codes, _BMP - 1)]
    astral = np.flatnonzero(codes >= _BMP)
    if astral.size:
        flags[astral] = [_flags_of(chr(c)) for c in codes[astral].tolist()]
    return flags
