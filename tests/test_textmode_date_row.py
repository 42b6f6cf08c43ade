"""Text mode's date read from a byline's row: items parted by bullets or bars, or a
published and an updated date one after the other, on one line too long for a date's line.
Every page here is invented for the test."""

from __future__ import annotations

import pytest

from pressclip import extract_text
from pressclip.textmode.date_row import ROW_MAX_TOKENS, row_items
from tests.test_textmode_title import HEADLINE, page


@pytest.mark.parametrize(("line", "expected"), [
    ("Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read",
     ["Published Aug 28, 2024", "Last updated 1 hour ago", "4 minute read"]),
    ("Publié le 18 juil. 2024 à 08:01 Mis à jour le 18 juil. 2024 à 09:06",
     ["Publié le 18 juil. 2024 à 08:01", "Mis à jour le 18 juil. 2024 à 09:06"]),
    ("News | Politics · Jane Example · 3 min read",
     ["News", "Politics", "Jane Example", "3 min read"]),
    # A label of two words is cut before its first.
    ("Erschienen am 03.07.2025 Zuletzt aktualisiert am 04.07.2025",
     ["Erschienen am 03.07.2025", "Zuletzt aktualisiert am 04.07.2025"]),
])
def test_row_items(line: str, expected: list[str]) -> None:
    assert row_items(line) == expected


def test_a_long_line_or_one_without_a_digit_is_no_row() -> None:
    assert row_items(" ".join(["word"] * ROW_MAX_TOKENS + ["2026"])) == []
    assert row_items("News | Politics · Jane Example") == []


@pytest.mark.parametrize("row", [
    "Published Jun 3, 2026 • Last updated Jun 5, 2026 at 10:30 • 4 minute read • 12 comments",
    "Last updated Jun 5, 2026 at 10:30 • By Jane Example • Published Jun 3, 2026 • 4 min read",
    "Publié le 3 juin 2026 à 08:01 Mis à jour le 5 juin 2026 à 09:06 Lecture de 4 minutes",
])
def test_the_published_item_of_a_byline_row_is_the_date(row: str) -> None:
    assert len(row.split()) > 12  # too long for a date's line: read item by item
    article = extract_text(page(HEADLINE, row), facts=False)
    assert article.date == "2026-06-03"


def test_an_updated_item_alone_is_the_date_where_no_published_one_is_shown() -> None:
    row = "Sections: News, Region • Last updated Jun 5, 2026 at 10:30 • 4 minute read"
    assert extract_text(page(HEADLINE, row), facts=False).date == "2026-06-05"
