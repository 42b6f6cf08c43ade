"""The compiled UTF-8 encoder (parse/_utf8.pyx) gives CPython's bytes for every text, and
None where CPython's encoder refuses the text (a lone surrogate), on written strings of
every storage width, random strings and real pages. CI sets PRESSCLIP_REQUIRE_COMPILED=1
so that a build without the extension fails here rather than only running slower."""

from __future__ import annotations

import os
import random

import pytest

from bench import datasets
from pressclip import extract
from pressclip.parse import html

needs_compiled = pytest.mark.skipif(
    html._compiled_utf8 is None, reason="the C extension pressclip.parse._utf8 was not built")

# Characters at the edges of each UTF-8 length and of each CPython storage width, the
# surrogates among them.
_EDGES = ["a", "<", "\x00", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\u07ff", "\u0800",
          "\u2014", "\ud7ff", "\ud800", "\udbff", "\udc00", "\udfff", "\ue000", "\uffff",
          "\U00010000", "\U0001f600", "\U0010ffff"]


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled encoder (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert html._compiled_utf8 is not None, "setup.py did not build pressclip.parse._utf8"


@needs_compiled
@pytest.mark.parametrize("text", [
    "", "plain ASCII <p>markup</p>", "\xe9t\xe9 \xe0 Paris", "caf\xe9 \u2014 \u201cquoted\u201d",
    "12345678" * 9 + "\u2014" + "abcdefg" * 5,    # a wide character after whole words of ASCII
    "\u65e5\u672c\u8a9e\u306e\u6587\u7ae0", "emoji \U0001f600 and \u2014 dash",
    "lone \ud800 surrogate", "\udfff", "ab\U0001f600cd\udc00ef",
])
def test_written_texts_give_cpythons_bytes(text: str) -> None:
    assert html._compiled_utf8(text) == html.python_utf8(text)


@needs_compiled
def test_random_texts_of_every_width_give_cpythons_bytes() -> None:
    rng = random.Random(18)
    refused = 0
    for _ in range(20_000):
        # Mostly ASCII, as markup is, so that both the word-at-a-time and the one-by-one
        # paths run and meet at every offset.
        size = rng.randrange(0, 40)
        text = "".join(rng.choice(_EDGES) if rng.random() < 0.2 else "x" for _ in range(size))
        expected = html.python_utf8(text)
        assert html._compiled_utf8(text) == expected, ascii(text)
        refused += expected is None
    assert refused > 1000  # the surrogates were drawn: the refusal was compared too


def test_a_page_with_a_lone_surrogate_reads_as_with_the_replacement_character() -> None:
    paragraph = ("<p>The council met on Monday and agreed the budget for the coming year, after "
                 "a long debate about the schools, the roads and the new library.</p>")
    page = ("<html><head><title>Budget</title></head><body><article><h1>Council agrees "
            "budget</h1>" + paragraph * 4 + "<p>The mayor said the vote was close. {}</p>"
            "</article></body></html>")
    broken = extract(page.format("\ud800"))
    assert broken.text == extract(page.format("\ufffd")).text
    assert broken.text.endswith("The mayor said the vote was close. \ufffd")


@needs_compiled
def test_real_pages_give_cpythons_bytes() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent")
    widths = set()
    for row in datasets.rows("fundus_dev", limit=60):
        text = row["html"]
        widths.add(max(map(ord, text)).bit_length() // 8)
        assert html._compiled_utf8(text) == text.encode("utf-8"), row["id"]
    assert len(widths) >= 2  # pages stored two and four bytes a character were compared
