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
# The copyright sign, which notices write in every language: text holding it is a page's
# notice, not its article (locate: a lone paragraph, a bare page).
COPYRIGHT_SIGN = "\u00a9"
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


# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar,
# Tibetan, Yi): there a run of word characters is a phrase or a sentence, not a word, so
# word counts take each of their characters as a unit instead. Hangul is written with spaces.
SPACELESS_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA000, 0xA4CF),  # Yi
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
)
# Full-width sentence stops end a sentence whatever follows: no space comes after them.
FULL_WIDTH_STOPS = "。！？"
# The half-width ideographic full stop (Japanese half-width text). Only the page-level prose
# tests (locate/lone.py, locate/embedded.py) read it: the locator's features were trained
# without it, so FULL_WIDTH_STOPS leaves it out.
HALF_WIDTH_STOP = "｡"
# Sentence ends of other scripts, none of which is ever a decimal point or an abbreviation's
# dot: the Devanagari and Bengali danda (।॥), the Arabic question mark and the Urdu full
# stop (؟۔), the Armenian full stop (։), the Ethiopic full stop and question mark (።፧), the
# Myanmar, Khmer and Tibetan ones (။។།). Without them a Hindi paragraph held no sentence.
SCRIPT_STOPS = "।॥؟۔։።፧။។།"


def spaceless_characters() -> str:
    """Every character of the Basic Multilingual Plane in SPACELESS_RANGES."""
    return "".join(chr(c) for lo, hi in SPACELESS_RANGES for c in range(lo, hi + 1))
