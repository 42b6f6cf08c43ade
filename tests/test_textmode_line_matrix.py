"""The compiled line feature matrix (textmode/_linefeatures.pyx) gives the Python builder's
matrix (features.python_line_matrix), bit for bit: the shipped line model was trained on the
Python builder's numbers, and a last-bit difference can move a line across a tree's
threshold. On real flattened pages, on lines made to hit edge cases and on random pages.
CI sets PRESSCLIP_REQUIRE_COMPILED=1, so a build that silently fell back to Python fails
there instead of only running slower."""

from __future__ import annotations

import os
import random

import numpy as np
import pytest

from bench import datasets
from pressclip.textmode import features
from pressclip.textmode.lines import split_lines

compiled = features._compiled_line_matrix
needs_compiled = pytest.mark.skipif(
    compiled is None, reason="the C extension pressclip.textmode._linefeatures was not built"
)
PAGES = 60
PROSE = ("The council said on Tuesday that the old bridge would be repaired before the winter, "
         "and that the work would be paid for by the region.")


def assert_same(lines: list[str]) -> None:
    reference = features.python_line_matrix(lines)
    built = compiled(lines)
    assert built.dtype == np.float64 and built.shape == reference.shape
    # Compared as bits: equal floats, the same zeros' signs, and no NaN that == lets through.
    differ = np.argwhere(built.view(np.uint64) != reference.view(np.uint64))
    assert not len(differ), [(int(row), features.FEATURE_NAMES[col], reference[row, col],
                              built[row, col]) for row, col in differ[:5]]


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled line matrix (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert compiled is not None, "setup.py did not build pressclip.textmode._linefeatures"
    assert features.line_matrix is compiled


# Non-ASCII letters and digits, combining marks (alone, and after letters), a capital whose
# lower case is two characters (İ), final sigma, astral characters (read as separators),
# spaceless scripts, a lone surrogate, underscores, every punctuation class, closers after
# stops, labels (a colon after one to four tokens, or ending the line), address-like pieces.
EDGE_LINES = [
    "İstanbul’da “Evet” dedi İİ", "ΟΔΟΣ ΣΟΦΟΣ ΑΣ Σ", "e\u0301te\u0301 cafe\u0301 \u0301\u0301",
    "word\u0345 ϒϒ", "Straße ẞ ﬁne KELVIN \u212a", "東京都は４日、新たに１００人。",
    "ไทยภาษา ພາສາລາວ", "𝐀𝐁𝐂 bold 😀 𠀀𠀁 text", "Nummer ٣٤ und ２０２４ ²", "__init__ _ ___",
    "x", "a\ud800b", "Home | News » World › Europe · Sport • More / Less > → ←",
    "He said: «done.» Then (he left.) 'Yes!' No… Why?))", "Ends on a quote.”", "Photo: Jane Doe",
    "Read more: the story", "One two three four: five", "Label:", ":", "Colon at the end:",
    "Mail us at desk@example.org or www.example.com ©", "HTTP://EXAMPLE.NET", "a.b.c 3.5 e.g.",
    "the the The THE tHe of und le la el", "12 34 56", "Posted by Ann at 9:10 PM",
    "İstanbul WWW.Example.Org", "\u212aelvin ſ Http .NeT", "ends with www", "h", ".co", "@",
]


@needs_compiled
def test_edge_lines_give_the_same_matrix() -> None:
    for line in EDGE_LINES:
        assert_same([line])
    assert_same(EDGE_LINES)
    assert_same([PROSE] * 3 + EDGE_LINES + [PROSE.upper(), PROSE + " " + PROSE])
    assert_same([])


@needs_compiled
def test_empty_lines_give_the_same_matrix_or_the_same_error() -> None:
    # Outside line_matrix's contract (split_lines never gives an empty line), but an empty
    # line's end and start are read from its neighbours' characters: both builders alike.
    for lines in (["", "x"], ["x", ""], ["", PROSE, ""], ["Title:", "", "", "end."],
                  ["", ""], ["", "", "."], ["a\"", "", "b."]):
        assert_same(lines)
    for builder in (features.python_line_matrix, compiled):
        with pytest.raises(IndexError):
            builder([""])


def _page(rng: random.Random) -> list[str]:
    """A random page: lines of random tokens (words of several scripts, function words,
    numbers, punctuation of every class, labels, addresses), some repeated or templated,
    long runs of long lines and headline-length lines among them."""
    words = ["the", "of", "and", "le", "la", "und", "der", "el", "de", "w", "na", "news",
             "Bridge", "COUNCIL", "Straße", "ΣΟΦΟΣ", "İzmir", "東京", "ไทย", "café", "e\u0301",
             "12", "٣٤", "２０", "²", "x_y", "😀", "𝐀b", "Posted", "by", "PM", "9:10",
             "HTTP", "wWw", "Com", "nEt", "\u212a", "ſ"]
    marks = [".", ",", "!", "?", ";", ":", "|", "»", "›", "·", "/", ">", "→", "、", "。", "…",
             "\"", "'", ")", "]", "”", "’", "«", "(", "-", "©", "www.", "http", "@", ".com"]
    lines: list[str] = []
    for _ in range(rng.randint(1, 120)):
        if lines and rng.random() < 0.1:
            lines.append(rng.choice(lines))
            continue
        size = rng.choice([1, 2, 3, 5, 8, 12, 16, 20, 25, 40])
        parts = []
        for _ in range(size):
            token = rng.choice(words) if rng.random() < 0.8 else rng.choice(marks)
            parts.append(token + (rng.choice(marks) if rng.random() < 0.15 else ""))
        line = rng.choice([" ", " ", "  ", ""]).join(parts)
        lines.append(line if line.strip() else "x")
    return lines


@needs_compiled
def test_random_pages_give_the_same_matrix() -> None:
    rng = random.Random(15)
    for _ in range(300):
        assert_same(_page(rng))


@needs_compiled
def test_real_pages_give_the_same_matrix() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no flattened pages to test on")
    for name in ("textmode", "textmode_fundus_dev"):
        for row in datasets.rows(name, limit=PAGES // 2):
            assert_same(split_lines(row["text"]))
