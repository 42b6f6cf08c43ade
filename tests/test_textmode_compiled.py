"""Text mode's compiled passes (textmode/_text.pyx) give what their Python twins give: the
word numbering (features.python_words) the same words in the same order, the same counts and
the same number for every token; the line spacing (lines.python_spaced_lines) the same lines.
On the text of real flattened pages and on lines made to hit edge cases. CI sets
PRESSCLIP_REQUIRE_COMPILED=1, so a build that silently fell back to Python fails there
instead of only running slower."""

from __future__ import annotations

import os

import numpy as np
import pytest

from bench import datasets
from pressclip.chars import WORD, code_points
from pressclip.textmode import features
from pressclip.textmode import lines as lines_module
from pressclip.textmode.lines import split_lines

compiled = features._compiled_words
compiled_spaced = lines_module._compiled_spaced_lines
needs_compiled = pytest.mark.skipif(
    compiled is None or compiled_spaced is None,
    reason="the C extension pressclip.textmode._text was not built",
)
PAGES = 40
# Non-ASCII letters and digits, combining marks (alone, and after letters), a capital whose
# lower case is two characters (İ), final sigma, astral characters (read as separators),
# spaceless scripts, underscores, lone surrogates' neighbours, empty and blank lines.
EDGE_LINES = [
    "İstanbul’da “Evet” dedi İİ", "ΟΔΟΣ ΣΟΦΟΣ ΑΣ Σ", "e\u0301te\u0301 cafe\u0301 \u0301\u0301",
    "word\u0345 ϒϒ", "Straße ẞ ﬁne KELVIN \u212a", "東京都は４日、新たに１００人。",
    "ไทยภาษา ພາສາລາວ",
    "𝐀𝐁𝐂 bold 😀 𠀀𠀁 text", "Nummer ٣٤ und ２０２４ ²", "__init__ _ ___", "", "   ", "x",
    "the the The THE tHe", "a\u00a0b\u2009c\u3000d", "\u200b\ufeffzero width",
]


def folded(lines: list[str]) -> str:
    """The text line_matrix numbers the words of, for these lines."""
    codes = code_points("\n".join(lines))
    flags = features._FLAGS[np.minimum(codes, 0xFFFF)]
    return features.fold(codes, (flags & WORD).astype(bool), codes == features._NEWLINE)


def assert_same(text: str) -> None:
    numbers, counts, ids = features.python_words(text)
    c_numbers, c_counts, c_ids = compiled(text)
    assert list(c_numbers.items()) == list(numbers.items())
    assert c_counts.dtype == counts.dtype and np.array_equal(c_counts, counts)
    assert c_ids.dtype == ids.dtype and np.array_equal(c_ids, ids)


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled word numbering (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert compiled is not None, "setup.py did not build pressclip.textmode._text"
    assert compiled_spaced is not None


def test_the_twin_numbers_words_in_order_of_first_appearance() -> None:
    numbers, counts, ids = features.python_words("b a\nb  c\n\nb")
    assert numbers == {"b": 0, "a": 1, "c": 2}
    assert counts.tolist() == [3, 1, 1] and ids.tolist() == [0, 1, 0, 2, 0]


@needs_compiled
def test_edge_lines_give_the_same_words() -> None:
    for line in EDGE_LINES:
        assert_same(folded([line]))
    assert_same(folded(EDGE_LINES))
    for text in ("", " ", "\n", "\n\n \n", "a", " a", "a ", "a\n\nb  c\n"):
        assert_same(text)


# Raw lines as flatteners give them: indented, padded, with tabs, odd and doubled spaces,
# no word character at all, only a combining mark or an astral letter for one.
RAW_LINES = [
    "", " ", "\t", "plain", " lead", "trail ", "two  spaces", "tab\tinside", "\u00a0nbsp\u2009thin",
    "\u3000ideographic\u3000", "* * *", "---", "_", " _ ", "\u0301", "\U0001d400", "😀 😀",
    "a\u200bb", "\x1c\x1d\x1e\x1f", "a\x1fb", "\u2028", "o *", "x\u00a0", "ϒ", "٣",
]


@needs_compiled
def test_raw_lines_are_spaced_the_same() -> None:
    assert compiled_spaced(RAW_LINES) == lines_module.python_spaced_lines(RAW_LINES)
    for raw in RAW_LINES:
        assert compiled_spaced([raw]) == lines_module.python_spaced_lines([raw]), repr(raw)


@needs_compiled
def test_real_pages_give_the_same_words() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no flattened pages to test on")
    for name in ("textmode", "textmode_fundus_dev"):
        for row in datasets.rows(name, limit=PAGES // 2):
            raws = row["text"].splitlines()
            assert compiled_spaced(raws) == lines_module.python_spaced_lines(raws)
            lines = split_lines(row["text"])
            if lines:
                assert_same(folded(lines))


@needs_compiled
def test_word_weights_are_looked_up_the_same() -> None:
    from pressclip.textmode import lexicon
    from pressclip.textmode.model import load_model

    weights = load_model().lexicon
    numbers, _, _ = features._compiled_words(folded(EDGE_LINES))
    for table in (weights, {}, {"the": 1, "İstanbul’da": -2.5}):
        assert lexicon._compiled_word_weights(numbers, table).tolist() == \
            lexicon.python_word_weights(numbers, table).tolist()
    if datasets.available():
        for name in ("textmode", "textmode_fundus_dev"):
            for row in datasets.rows(name, limit=PAGES // 2):
                lines = split_lines(row["text"])
                if lines:
                    numbers, _, _ = features._compiled_words(folded(lines))
                    assert lexicon._compiled_word_weights(numbers, weights).tolist() == \
                        lexicon.python_word_weights(numbers, weights).tolist()
