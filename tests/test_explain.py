"""Explain mode in both entry points: the kept decisions are exactly the record's body, and
what later passes take out (headline, credit lines) is marked dropped with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

import pressclip
from bench import datasets

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXT_PAGE = Path(__file__).resolve().parent / "data" / "textmode_page_en.txt"


def _kept(article: pressclip.Article) -> list[str]:
    assert article.explain is not None
    return [d.text for d in article.explain if d.kept]


def test_html_kept_decisions_are_the_body_and_passes_are_explained() -> None:
    article = pressclip.extract((EXAMPLES / "article.html").read_bytes(), explain=True)
    assert _kept(article) == [b.text for b in article.blocks]
    reasons = {d.reason for d in article.explain if not d.kept}
    assert "headline, byline or dateline (in the record)" in reasons
    assert {"menu", "ad", "share bar"} <= reasons
    if article.agencies or article.contributors:
        assert "credit line" in reasons


def test_text_mode_gives_one_decision_per_line() -> None:
    text = TEXT_PAGE.read_text(encoding="utf-8")
    article = pressclip.extract_text(text, explain=True)
    assert article.explain is not None
    assert _kept(article) == [b.text for b in article.blocks]
    assert all(d.tag == "line" and d.path.startswith("line ") for d in article.explain)
    dropped = {d.text: d.reason for d in article.explain if not d.kept}
    assert dropped[article.title] == "headline (the record's title)"
    assert "credit line" in dropped.values()
    assert pressclip.extract_text(text).explain is None
    with pytest.raises(TypeError, match="known: explain, facts"):
        pressclip.extract_text(text, explian=True)


def test_text_mode_without_article_explains_every_line() -> None:
    article = pressclip.extract_text("Home\nNews\nSport\nContact us", explain=True)
    assert article.is_empty
    assert [d.kept for d in article.explain] == [False] * 4
    with pytest.raises(pressclip.ExtractionError, match="empty"):  # no page: as extract()
        pressclip.extract_text("", explain=True)


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent (a user's clone)")
def test_kept_decisions_match_the_body_on_real_pages() -> None:
    for row in datasets.rows("trafilatura", split="heldout", limit=25):
        article = pressclip.extract(row["html"], url=row["url"], explain=True)
        assert _kept(article) == [b.text for b in article.blocks], row["id"]
    for row in datasets.rows("textmode", split="heldout", limit=10):
        article = pressclip.extract_text(row["text"], explain=True)
        assert _kept(article) == [b.text for b in article.blocks], row["id"]
