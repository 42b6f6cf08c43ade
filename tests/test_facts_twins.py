"""The facts pass's fast scans against the plain rules they replace: same results.

Each shortcut of the facts pass (a scan moved into one regex, a lookup cached) is held here
to the straightforward rule it stands for, on crafted strings that probe its edges and on
real texts of ../shared/data (skipped when absent).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bench import datasets
from pressclip.facts import textdates

CRAFTED = [
    "Le 3 mars 2024, en mars, au mois de mai, mi-avril; on Tuesday, last Friday, hier.",
    "JANUARY 5, jAnUaRy 6 and janvier; Augusta is no month, nor augustus, but August 4 is.",
    "İstanbul, le 4 août: İ lowers to two characters, so the offsets must hold after it.",
    "ſunday and the Kelvin sign K fold to letters of the words; ² and ³ are no digits of dates.",
    "Ⓐ circled, _underscore_5 mai, x2024-01-02, 2024-01-02x, début juin, early May, this Monday",
    "",
    "mi-\tmars, Cette semaine, CE lundi, dimanche prochain, aujourd'hui, avant-hier, demain",
]


def word_loop_matches(text: str) -> Iterator[re.Match]:
    """The rule textdates._matches stands for: DATE_PATTERN tried at every run of word
    characters that is a number or, lower-cased, one of FIRST_WORDS."""
    end = 0
    for word in textdates.WORD.finditer(text):
        start = word.start()
        if start < end:
            continue
        token = word.group(0)
        if not (token[0].isdigit() or token.lower() in textdates.FIRST_WORDS):
            continue
        m = textdates.DATE_PATTERN.match(text, start)
        if m:
            end = m.end()
            yield m


def spans(matches: Iterator[re.Match]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.lastgroup or "") for m in matches]


@pytest.mark.parametrize("text", CRAFTED)
def test_date_scan_matches_the_word_loop_on_crafted_text(text: str) -> None:
    assert spans(textdates._matches(text)) == spans(word_loop_matches(text))


def test_the_crafted_texts_hold_dates() -> None:
    # Not a vacuous comparison: the probes do hold dates for both scans to find.
    assert sum(len(spans(word_loop_matches(t))) for t in CRAFTED) >= 15


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_date_scan_matches_the_word_loop_on_real_pages() -> None:
    texts = [row["body"] for name in ("fundus_dev", "l3s_gn1")
             for row in datasets.rows(name, limit=60) if row.get("body")]
    assert len(texts) >= 60
    found = 0
    for text in texts:
        expected = spans(word_loop_matches(text))
        assert spans(textdates._matches(text)) == expected
        found += len(expected)
    assert found > 100
