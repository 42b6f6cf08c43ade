"""Text mode's compiled line passes (textmode/_text.pyx) give what their Python twins give:
the spaced lines (lines.python_spaced_lines, here on random strings too), the tidied lines
(lines.python_tidy_lines) and the furniture pass's repeat keys (extract.python_repeat_keys).
On lines made to hit edge cases, on random strings and on real flattened pages. CI sets
PRESSCLIP_REQUIRE_COMPILED=1, so a build that silently fell back to Python fails there
instead of only running slower."""

from __future__ import annotations

import os
import random

import pytest

from bench import datasets
from pressclip.textmode import extract
from pressclip.textmode import lines as lines_module

spaced_lines = lines_module._compiled_spaced_lines
tidy_lines = lines_module._compiled_tidy_lines
repeat_keys = extract._compiled_repeat_keys
needs_compiled = pytest.mark.skipif(
    spaced_lines is None or tidy_lines is None or repeat_keys is None,
    reason="the C extension pressclip.textmode._text was not built",
)
PAGES = 40
# Raw lines as flatteners give them (cell gaps, odd white space, tabs, white lines), list
# glyphs (a letter among them), spaced stops, combining marks, astral characters, characters
# that str.isalnum refuses at the end (underscores, marks, closers) or takes (superscripts,
# other scripts' digits).
EDGE_LINES = [
    "", " ", "  ", "   ", "    ", "\t", " \t ", "a", "a   ", "a  ", "   a", "   a   b", "a   b",
    "\u00a0\u00a0\u00a0a", "\u3000   a", "\u2003a   ", "a \u00a0 b", "a\tb", "\ta", "a\t",
    " a \t b ", "a   b\tc", "\t   \t", "x\u2028   y", "o text", "o", "* item", "• dot", "·x",
    "- dash", "> quote", "+", "the law , said . He", "end .", " ,", "a ,b", "word_", "word\u0301",
    "word\u0345", "Done.”", "(Agency)", "x²", "٣", "𝐀", "😀", "ΣΊΣΥΦΟΣ.", "İstanbul!", "Straße?",
]


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled line passes (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert tidy_lines is not None and repeat_keys is not None
    assert lines_module._tidy_lines is tidy_lines and extract._repeat_keys is repeat_keys


def assert_same(raws: list[str]) -> None:
    assert spaced_lines(raws) == lines_module.python_spaced_lines(raws), raws
    args = (lines_module._BULLET_GLYPHS, lines_module._tidy, lines_module._HAS_WORD.search)
    spaced = lines_module.python_spaced_lines(raws)
    assert tidy_lines(spaced, *args) == lines_module.python_tidy_lines(spaced, *args), spaced
    assert tidy_lines(raws, *args) == lines_module.python_tidy_lines(raws, *args), raws
    assert repeat_keys(raws) == extract.python_repeat_keys(raws), raws


@needs_compiled
def test_edge_lines_give_the_same_passes() -> None:
    assert_same(EDGE_LINES)
    for raw in EDGE_LINES:
        assert_same([raw])
    assert_same([])


@needs_compiled
def test_random_lines_give_the_same_passes() -> None:
    rng = random.Random(15)
    # White space of Latin-1 (read through a table) and beyond, word characters of both.
    alphabet = [" ", " ", " ", "\t", "\u00a0", "\x85", "\x1f", "\u3000", "\u2009", "a", "B",
                "o", "*", "-", "•", ".", ",", "_", "\u0301", "²", "¼", "ª", "µ", "é", "×", "”",
                ")", "İ", "ß", "Σ", "😀", "\u2028", "1", "٣"]
    for _ in range(500):
        assert_same(["".join(rng.choices(alphabet, k=rng.randint(0, 12)))
                     for _ in range(rng.randint(1, 20))])


@needs_compiled
def test_real_pages_give_the_same_passes() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no flattened pages to test on")
    for name in ("textmode", "textmode_fundus_dev"):
        for row in datasets.rows(name, limit=PAGES // 2):
            raws = row["text"].splitlines()
            assert_same(raws)
            assert repeat_keys(lines_module.split_lines(row["text"])) == \
                extract.python_repeat_keys(lines_module.split_lines(row["text"]))
