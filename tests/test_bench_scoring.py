"""The benchmark scores on hand-made strings whose shingle counts are worked out by hand."""

from __future__ import annotations

import pytest

from bench.scoring import score_page, score_segments, score_set, shingles


def test_tokens_ignore_punctuation_and_keep_case():
    assert shingles("Le chat, noir; dort.") == shingles("Le chat noir dort")
    assert shingles("Le chat noir dort") != shingles("le chat noir dort")


def test_short_text_is_one_shingle_and_empty_text_none():
    assert list(shingles("deux mots")) == [("deux", "mots")]
    assert not shingles("  ...  ")


def test_identical_texts_score_one():
    page = score_page("one two three four five", "one two three four five")
    assert (page.precision, page.recall, page.f1) == (1.0, 1.0, 1.0)


def test_partial_overlap_has_known_precision_and_recall():
    # gold has 3 shingles (a b c d, b c d e, c d e f); the prediction has 2, one shared.
    page = score_page("a b c d e f", "a b c d x")
    assert page.precision == pytest.approx(1 / 2)
    assert page.recall == pytest.approx(1 / 3)
    assert page.f1 == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))
    # normalised by the page's 4 distinct shingle events (1 tp, 1 fp, 2 fn)
    assert (page.tp, page.fp, page.fn) == pytest.approx((0.25, 0.25, 0.5))


def test_repeated_shingles_count_as_a_multiset():
    # the prediction repeats the text: every shingle of the gold twice, plus junction shingles
    page = score_page("a b c d", "a b c d a b c d")
    assert page.recall == 1.0
    assert page.precision == pytest.approx(1 / 5)


def test_empty_prediction_has_no_precision_and_zero_recall():
    page = score_page("a b c d e", "")
    assert page.precision is None
    assert page.recall == 0.0
    assert page.f1 == 0.0


def test_set_score_averages_pages_like_the_benchmark():
    pages = [score_page("a b c d e f", "a b c d x"), score_page("a b c d e", "")]
    result = score_set(pages)
    # precision: only the non-empty prediction; recall: both pages (1/3 and 0)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(1 / 6)
    assert result.f1 == pytest.approx(2 * 0.5 * (1 / 6) / (0.5 + 1 / 6))
    assert result.empty == 1
    assert result.pages == 2


def test_segments_are_matched_after_whitespace_collapse():
    counts = score_segments(
        "Premier paragraphe\n\nde l'article.\nFin.",
        with_segments=["paragraphe de l'article.", "absent ici"],
        without_segments=["Fin.", "Publicité"],
    )
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (1, 1, 1, 1)
    assert counts.right == 2
    assert counts.accuracy == 0.5
    assert counts.precision == 0.5
    assert counts.f1 == 0.5


def test_failed_extraction_finds_no_segment():
    counts = score_segments(None, ["a"], ["b", "c"])
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (0, 1, 0, 2)
    assert counts.recall == 0.0


def test_title_matches_headline_with_or_without_site_name():
    from bench.metadata import title_exact, title_right

    assert title_right("Le titre de l’article", "Le titre de l'article | Le Journal")
    assert title_right("Site - The headline - Section", "The headline")
    assert not title_right("The head", "The headline")
    assert not title_exact("Le titre | Le Journal", "Le titre")
    # The quotes at the headline's edge, which normalise strips from the shorter title.
    assert title_right("Ask 'is it over?'", "Ask 'is it over?' | Example Daily")
    assert title_right('"Quote" opens it', 'Example Daily - "Quote" opens it')
    # A guillemet as the separator, and as the headline's own quotes.
    assert title_right("The headline", "Example Daily » The headline")
    assert title_right("« Non » au projet", "« Non » au projet » Le Journal")
    assert not title_right("The head", "Example Daily » The headline")


def test_authors_strict_and_lenient():
    from bench.metadata import authors_exact, authors_lenient

    assert authors_exact(["Marie  Curie", "pierre curie"], ["Pierre Curie", "Marie Curie"])
    assert not authors_exact(["Curie"], ["Marie Curie"])
    assert authors_lenient(["Curie"], ["Marie Curie"]) == 1.0
    assert authors_lenient(["Marie Curie", "Rédaction"], ["Marie Curie"]) == pytest.approx(2 / 3)
    assert authors_lenient([], []) == 1.0
    assert authors_lenient(["Someone"], []) == 0.0
