"""The lexicon of furniture words: learnt from labelled lines by site, read per line."""

from __future__ import annotations

import numpy as np
import pytest

from pressclip.textmode import lexicon
from pressclip.textmode.model import MODEL_FEATURES, load_model


def test_scripts_without_spaces_are_read_as_pairs_of_letters() -> None:
    assert lexicon.units("Read MORE, now") == ["read", "more", "now"]
    assert lexicon.units("東京都は") == ["東京", "京都", "都は"]
    assert lexicon.units("abc日本x 한국어") == ["abc", "日本", "x", "한국어"]  # Hangul has spaces
    assert lexicon.units("日") == ["日"]
    assert lexicon.units("— …") == []


def _page(site: str, furniture: list[str], article: list[str]) -> tuple:
    lines = furniture + article
    return site, lines, np.array([0] * len(furniture) + [1] * len(article))


def test_a_word_is_weighed_by_sites_not_by_pages_or_lines() -> None:
    article = ["the council met on tuesday", "the bridge will be repaired"]
    pages = [_page(f"site{k}", ["subscribe to our letter"], article) for k in range(5)]
    # One site's own menu word, on many pages and lines of that one site: no weight.
    pages += [_page("big", ["portal portal", "portal"], article)] * 20
    weights = lexicon.learn(pages)
    assert weights["subscribe"] > 1.0  # furniture on five sites, in no article
    assert weights["council"] < -1.0  # in the article on six sites
    assert "portal" not in weights  # one site, however often
    assert "the" in weights and weights["the"] < 0


def test_columns_are_the_mean_weight_of_a_line_and_of_its_neighbourhood() -> None:
    weights = {"subscribe": 2.0, "council": -1.0}
    lines = ["subscribe now", "the council met", "nothing known", "subscribe"]
    x = lexicon.columns(lines, weights)
    assert x.shape == (4, len(lexicon.LEXICON_NAMES))
    assert x[:, 0].tolist() == [1.0, -1.0 / 3, 0.0, 2.0]
    # Around a line, every word weighs the same: (2 - 1 + 0) / (2 + 3 + 2) words.
    assert x[1, 1] == pytest.approx(1.0 / 7)
    assert lexicon.columns([], weights).shape == (0, len(lexicon.LEXICON_NAMES))


def test_the_shipped_model_carries_its_lexicon() -> None:
    model = load_model()
    assert len(model.lexicon) > 100
    assert all(abs(w) <= lexicon.LEXICON_MAX_WEIGHT for w in model.lexicon.values())
    assert model.matrix(["one line of text", "another"]).shape == (2, len(MODEL_FEATURES))



def test_the_rows_the_trees_learn_from_never_see_their_own_sites_words() -> None:
    # training/train_textmode.py: a page's lexicon columns come from a lexicon learnt
    # without its fold of sites, so the trees learn how much the lexicon says on an unseen
    # site. A word shared by enough sites of one fold only is unknown on their own pages.
    from bench import datasets
    from training.train_textmode import LEXICON_FOLDS, Page, out_of_fold_rows

    def fold(site: str) -> int:
        return int(datasets.id_bucket("lexicon/" + site) * LEXICON_FOLDS)

    def page(site: str, furniture: str) -> Page:
        lines = [furniture, "the council met on tuesday about the bridge"]
        return Page(site, "textmode", site, "resiliparse", lines, np.zeros((2, 1)),
                    np.array([0, 1]), lines[1])

    sites = [f"site:{k}.example" for k in range(12 * LEXICON_FOLDS)]
    ours = [site for site in sites if fold(site) == 0]
    assert len(ours) >= lexicon.LEXICON_MIN_SITES
    pages = [page(site, "subscribe ourword" if site in ours else "subscribe") for site in sites]
    rows = out_of_fold_rows(pages)
    others = lexicon.learn([(p.site, p.lines, p.y) for p in pages if p.site not in ours])
    for p, x in zip(pages, rows, strict=True):
        assert x.shape == (2, 1 + len(lexicon.LEXICON_NAMES))
        if p.site in ours:
            assert x[0, 1] == others["subscribe"] / 2  # "ourword" weighs nothing here
        assert x[0, 1] > 0 > x[1, 1]


def test_the_page_wide_pass_gives_what_each_line_gives() -> None:
    # _sums reads most pages in one pass; lines of scripts without spaces, letters outside
    # the Basic Multilingual Plane or with a longer lower case, one by one: the same figures.
    weights = {"read": 1.5, "more": 0.5, "istanbul": -1.0, "東京": 2.0, "ΣΟΦΟΣ".lower(): 1.0}
    pages = [["Read MORE", "about İstanbul’s bridge", "ΣΟΦΟΣ σοφός", "", "x_y __ 42"],
             ["東京都は", "read more"], ["𝐀𝐁𝐂 read", "more"]]
    for lines in pages:
        sums, counts = lexicon._sums(lines, weights)
        for i, line in enumerate(lines):
            found = lexicon.units(line)
            assert counts[i] == len(found)
            assert sums[i] == sum(weights.get(unit, 0.0) for unit in found)
