"""Text mode's fast forms give what their plain definitions give (they were written for speed
only): on lines made to hit their edge cases and on the lines of real flattened pages."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest

from bench import datasets
from pressclip.textmode.extract import _content_words, _repeat_keys, _shouts
from pressclip.textmode.features import _code_counts, _distinct, _line_counts
from pressclip.textmode.lines import normalise_line, split_lines

# Trailing underscores, combining marks (U+0345 folds to a letter), an upper-case letter with
# no lower case (U+03D2), digits other than ASCII, lines of nothing but word characters
# that are no letters, list glyphs that are letters ("o"), spaced stops.
EDGE_LINES = [
    "A headline_", "Read more »", "Caption. Photo: Jane Doe/AFP.", "word\u0345", "ϒϒ ϒϒ ϒϒ ϒϒ",
    "SIGN UP FOR OUR NEWSLETTER TODAY", "Nummer ٣٤ und ２０２４", "___", "o *", "o o text",
    "* * *", "the law , said . He", "ΣΊΣΥΦΟΣ ΟΔΟΣ", "Straße ẞ", "x", "İstanbul’da “Evet”…",
]
PAGES = 60


def plain_repeat_key(line: str) -> str:
    return re.sub(r"[\W_]+$", "", line).casefold()


def plain_content_words(line: str) -> set[str]:
    return {w for w in re.findall(r"\w+", line.lower()) if len(w) > 3 and not w.isdigit()}


def plain_shouts(line: str) -> bool:
    shouted = sum(1 for w in re.findall(r"\w+", line) if len(w) > 1 and w.isupper())
    return shouted >= 4 and shouted >= 0.4 * len(line.split())


def plain_split_lines(text: str) -> list[str]:
    """split_lines for text without laid-out tables: normalise_line on every raw line."""
    lines = [normalise_line(raw) for raw in text.splitlines()]
    return [line for line in lines if line and re.search(r"\w", line)]


@pytest.fixture(scope="module")
def page_lines() -> list[list[str]]:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no flattened pages to test on")
    pages = []
    for row in datasets.rows("textmode_fundus_dev", limit=PAGES // 2):
        pages.append(split_lines(row["text"]))
    for row in datasets.rows("textmode", limit=PAGES // 2):
        pages.append(split_lines(row["text"]))
    return pages


def check_lines(lines: list[str]) -> None:
    assert _repeat_keys(lines) == [plain_repeat_key(line) for line in lines]
    for line in lines:
        assert _content_words(line) == plain_content_words(line), line
        assert _shouts(line) == plain_shouts(line), line


def test_line_helpers_match_their_definitions_on_edge_cases() -> None:
    check_lines(EDGE_LINES)


def test_line_helpers_match_their_definitions_on_real_pages(page_lines) -> None:
    for lines in page_lines:
        check_lines(lines)


def test_split_lines_matches_normalising_each_line() -> None:
    text = "\n".join(["", "  ", *EDGE_LINES, "\u00a0\u2003word\u2003 .", "- - x", "• "])
    assert split_lines(text) == plain_split_lines(text)
    assert "*" not in split_lines(text)  # "o *" loses its glyph and, with it, its word


def test_array_helpers_match_numpy_and_counter() -> None:
    rng = np.random.default_rng(7)
    codes = rng.integers(-5, 40, size=500)
    counts = Counter(codes.tolist())
    assert _code_counts(codes).tolist() == [float(counts[c]) for c in codes.tolist()]
    assert _distinct(codes).tolist() == np.unique(codes).tolist()
    sizes = rng.integers(1, 9, size=40)
    starts = np.concatenate(([0], np.cumsum(sizes[:-1] + 1)))
    ends = starts + sizes - 1
    mask = rng.random(int(ends[-1]) + 1) < 0.3
    # Lines are parted by one character (a newline), which belongs to none of them.
    line_of = np.searchsorted(starts, np.arange(len(mask)), side="right") - 1
    inside = ~np.isin(np.arange(len(mask)), ends + 1)
    expected = np.bincount(line_of, weights=mask & inside, minlength=len(sizes))
    assert _line_counts(mask, starts, ends).tolist() == expected.tolist()
