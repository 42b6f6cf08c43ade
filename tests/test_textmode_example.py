"""Text mode on the shared aggregator page and on a self-made page shaped differently."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench import datasets
from pressclip import extract_text

FIXTURE = Path(__file__).parent / "data" / "textmode_page_en.txt"
EXAMPLE = datasets.EXAMPLES / "aggregator-page-fr.txt"
REFERENCE = datetime(2025, 7, 10, tzinfo=UTC)


@pytest.fixture(scope="module")
def example_lines() -> list[str]:
    if not EXAMPLE.is_file():
        pytest.skip(f"shared example page absent: {EXAMPLE}")
    text = EXAMPLE.read_text(encoding="utf-8")
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_example_page_record(example_lines: list[str]) -> None:
    article = extract_text("\n\n".join(example_lines), reference_time=REFERENCE)
    # The headline is the line just before the age counter; the body runs from the first
    # paragraph to the last one before the credit lines (read from the page, not written here).
    counter = next(i for i, line in enumerate(example_lines) if "day_ago" in line)
    credit = next(i for i, line in enumerate(example_lines) if "contribué" in line)
    first = next(i for i, line in enumerate(example_lines)
                 if i > counter and len(line.split()) > 30)
    expected_body = example_lines[first:credit]
    assert article.title == example_lines[counter - 1]
    assert article.text.split("\n\n") == expected_body
    assert article.contributors == ["Emel Akan", "Jacob Burg"]
    assert article.agencies == ["Reuters"]
    assert article.language == "fr"
    assert article.date == "2025-07-05"


def test_self_made_page_shaped_differently() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    article = extract_text(text, url="https://example.org/a", reference_time=REFERENCE)
    assert article.title == (
        "Coastal town votes to restore its old tide mill as a small power station"
    )
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Residents of a small fishing town")
    assert paragraphs[-1].startswith("Work is expected to start next autumn")
    assert len(paragraphs) == 7
    for noise in ("Sponsored", "GARDEN FURNITURE", "Additional reporting", "AP", "member",
                  "Related", "Share on", "©", "views"):
        assert noise not in article.text
    assert article.contributors == ["Priya Nair", "Tom Hale"]
    assert article.agencies == ["Associated Press"]
    assert article.date == "2025-07-08"
    assert article.language == "en"
    assert article.url == "https://example.org/a"


def test_same_record_whatever_the_flattener_layout() -> None:
    # Indentation, bullets and blank lines belong to the flattener, not to the page.
    text = FIXTURE.read_text(encoding="utf-8")
    reshaped = "\n".join("      * " + line if len(line) < 60 else "   " + line
                         for line in text.splitlines() if line.strip())
    plain = extract_text(text, reference_time=REFERENCE).to_dict()
    assert extract_text(reshaped, reference_time=REFERENCE).to_dict() == plain


def test_the_bench_shows_the_seed_record_right(example_lines: list[str]) -> None:
    from bench.textmode import seed_rows

    rows = seed_rows(EXAMPLE)
    assert [r[0] for r in rows] == ["title", "body", "contributors", "agencies", "language",
                                    "date"]
    assert all(r[3] == "yes" for r in rows)
