"""The compiled feature builder (locate/_features.pyx) gives the Python builder's matrix, bit
for bit: the shipped model was trained on the Python builder's numbers, and a last-bit
difference can move a block across a tree's threshold.

features.python_matrix is the reference. CI sets PRESSCLIP_REQUIRE_COMPILED=1, so a build
that silently fell back to Python fails there instead of only running slower.
"""

from __future__ import annotations

import itertools
import os
import random

import numpy as np
import pytest

from bench import datasets
from pressclip.clean import clean
from pressclip.locate import features
from pressclip.locate.blocks import segment
from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

compiled = features._compiled_matrix
needs_compiled = pytest.mark.skipif(
    compiled is None, reason="the C extension pressclip.locate._features was not built"
)
needs_prose = pytest.mark.skipif(
    compiled is None or features._compiled_prose is None,
    reason="the C extensions pressclip.locate._features and _prose were not built")


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled builder (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert compiled is not None, "setup.py did not build pressclip.locate._features"
    assert features._compiled_prose is not None, "setup.py did not build pressclip.locate._prose"


def _assert_same(found: list, hint: str | None) -> np.ndarray:
    reference = features.python_matrix(found, hint)
    built = compiled(found, hint)
    assert built.dtype == np.float32 and built.shape == reference.shape
    # Compared as bits: equal floats, and no NaN anywhere that == would let through.
    differ = np.argwhere(built.view(np.uint32) != reference.view(np.uint32))
    assert not len(differ), [(int(row), features.feature_names()[col], reference[row, col],
                              built[row, col]) for row, col in differ[:5]]
    assert np.array_equal(features._compiled_groups(found), features.python_groups(found))
    return reference


def _blocks(html: str) -> list:
    root = parse_html(html)
    clean(root)
    return segment(root)


CASES = {
    "sentences and closers": "<p>He said: «done.» Then (he left.) 'Yes!' No… Why?)) x.</p>"
                             "<p>Ends on a quote.”</p><p>a.b.c 3.5 e.g. U.S.A. end.</p>",
    "spaceless scripts": "<p>東京都は４日、新たに１００人。前の週の同じ曜日から減少した！</p>"
                         "<p>東A京b カタカナとひらがな ｶﾀｶﾅ ไทยภาษา ພາສາລາວ</p>",
    "cases and sigmas": "<p>ΟΔΟΣ ΣΟΦΟΣ İstanbul ǅemal Straße ﬁne ΑΣ東 KELVIN \u212a</p>",
    "digits and underscores": "<p>2024 ١٢٣ ² _ __init__ 42_</p><p>1,5 ; 2:3 、 ，</p>",
    "astral characters": "<p>𝐀𝐁𝐂 bold maths 😀 𠀀𠀁 text.</p><p>𝟘𝟙 𝒜</p>",
    "repeats and links": "<ul><li><a href=x>Home</a></li><li><a href=y>Home</a></li></ul>"
                         "<p>Text <b>bold</b> and <a href=z>link</a>.</p>" * 3,
    "containers": "<div class='article-body'><section><div><p>one</p></div></section>"
                  "<div class=side><ol><li><blockquote><p>q</p></blockquote></li></ol></div>"
                  "<h2>head</h2><table><tr><td>c</td></tr></table></div><footer>f</footer>",
    "one block": "<p>x</p>",
}


@needs_compiled
@pytest.mark.parametrize("name", sorted(CASES))
def test_crafted_pages_give_the_same_matrix(name: str) -> None:
    found = _blocks(f"<html><body>{CASES[name]}</body></html>")
    for hint in (None, "", "home text bold and link", features._normalise(CASES[name])):
        _assert_same(found, hint)


@needs_compiled
def test_frequent_words_tied_for_the_last_place_are_taken_in_page_order() -> None:
    # 30 words used twice each in long blocks: the 20 places go to the first 20 in the page,
    # whichever order the long blocks use them in.
    words = [f"w{i}" for i in range(30)]
    random.Random(5).shuffle(words)
    early = "<p>" + " ".join(reversed(words)) + " x x x</p>"
    long_blocks = "".join(f"<p>{' '.join(words[i:i + 10])} filler words here</p>"
                          for i in range(0, 30, 10)) * 2
    found = _blocks(f"<html><body>{early}{long_blocks}</body></html>")
    _assert_same(found, None)


@needs_compiled
def test_random_text_gives_the_same_matrix() -> None:
    # Characters from every class the builder reads, in random blocks and containers.
    alphabet = list("aAzZ09_ .,;:!?…。！？»”’)]\"'、，《》-–—ΣσςİıK東京ひカ한국ไ١²½") + [
        "\u212a", "\u0130", "\U0001d400", "\U0001f600", "\u00a0"]
    rng = random.Random(13)
    for _ in range(40):
        parts = []
        for _ in range(rng.randint(1, 30)):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
            tag = rng.choice(("p", "li", "h2", "td", "div", "blockquote"))
            parts.append(f"<{tag} class='{rng.choice(('nav', 'content', 'x'))}'>{text}</{tag}>")
        found = _blocks("<html><body>" + "".join(parts) + "</body></html>")
        if found:
            _assert_same(found, features._normalise(found[0].text + " " + found[-1].text))
            _assert_same(found, None)


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
@pytest.mark.parametrize("name", [*datasets.BODY_SETS, "trafilatura"])
def test_real_pages_give_the_same_matrix(name: str) -> None:
    # Thirty pages a set keeps the default run short; all pages agreed when it was built.
    for row in itertools.islice(datasets.rows(name), 30):
        root = parse_html(row["html"])
        body = read_metadata(root, row.get("url")).article_body
        clean(root)
        found = segment(root)
        if found:
            _assert_same(found, features._normalise(body) if body else None)


def _assert_same_context(found: list, X: np.ndarray, p1: np.ndarray) -> None:
    groups = features.container_groups(found)
    reference = features.python_context_matrix(groups, X, p1)
    built = features.context_matrix(groups, X, p1)
    assert built.dtype == np.float32 and built.shape == reference.shape
    assert np.array_equal(built.view(np.uint32), reference.view(np.uint32))


@needs_compiled
def test_context_columns_are_the_same() -> None:
    rng = np.random.default_rng(3)
    for name in sorted(CASES):
        found = _blocks(f"<html><body>{CASES[name]}</body></html>")
        X = features.build_matrix(found)
        _assert_same_context(found, X, rng.random(len(found), dtype=np.float32))


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_context_columns() -> None:
    from pressclip.locate.model import load_model

    stage1 = load_model().stage1
    for name in ("fundus_dev", "trafilatura", "cleaneval"):
        for row in itertools.islice(datasets.rows(name), 30):
            root = parse_html(row["html"])
            clean(root)
            found = segment(root)
            if found:
                X = features.build_matrix(found)
                _assert_same_context(found, X, stage1.predict_proba(X))


@needs_compiled
def test_the_hint_is_normalised_as_the_expression_does() -> None:
    """_features.normalised_words against features.python_normalise (the expression \\w+):
    crafted and random strings of every class that matters (word characters of many scripts,
    marks, digits of other systems, "_", case changes that expand), then real JSON-LD bodies."""
    alphabet = list("aZ09_ .,-\n\t\u00a0İıΣςß東京ひ한ไ١²½\u0301\u200b\u212a😀𝐀ǅﬁ") + ["\U000e0041"]
    rng = random.Random(7)
    cases = ["", " ", "__", "İstanbul", "a\u0301b", "x" * 3, *CASES.values()]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 50)))
              for _ in range(5_000)]
    for case in cases:
        assert features._compiled_normalise(case) == features.python_normalise(case), case
    if datasets.available():
        for row in itertools.islice(datasets.rows("fundus_dev"), 60):
            body = read_metadata(parse_html(row["html"]), row.get("url")).article_body
            if body:
                assert features._compiled_normalise(body) == features.python_normalise(body)


def _assert_same_prose(found: list) -> np.ndarray:
    """The compiled with_prose_context against its twin, on copies of one built matrix (both
    change the function-word columns in place): the same float32 bits."""
    groups = features.container_groups(found)
    X = compiled(found, None)
    reference = features.python_with_prose_context(X.copy(), groups)
    built = features._compiled_prose(X.copy(), groups)
    assert built.dtype == np.float32 and built.shape == reference.shape
    differ = np.argwhere(built.view(np.uint32) != reference.view(np.uint32))
    assert not len(differ), [(int(row), features.feature_names()[col], reference[row, col],
                              built[row, col]) for row, col in differ[:5]]
    return reference


_LISTED_PROSE = "The council met on Monday, and it approved the budget for the next year."
# Long sentences in a language stopwords.py does not list, with its frequent particles.
_UNLISTED_PROSE = "東京都は新しい公園の計画を発表し、市民の意見を来月まで集めると説明した。"
PROSE_CASES = {
    **CASES,
    "prose in two containers": f"<div class='story'><p>{_LISTED_PROSE}</p><h2>Later</h2>"
                               f"<p>{_LISTED_PROSE}</p><ul><li>Menu</li></ul></div>"
                               f"<aside><p>{_LISTED_PROSE}</p><p>Short.</p></aside>",
    "unlisted language": f"<article><p>{_UNLISTED_PROSE * 2}</p><p>{_UNLISTED_PROSE}</p>"
                         f"<div class=nav><a href=x>ホーム</a></div></article>",
    "no prose": "<ul><li><a href=a>World</a></li><li><a href=b>Sport</a></li></ul>",
}


@needs_prose
@pytest.mark.parametrize("name", sorted(PROSE_CASES))
def test_crafted_pages_give_the_same_prose_columns(name: str) -> None:
    _assert_same_prose(_blocks(f"<html><body>{PROSE_CASES[name]}</body></html>"))


@needs_prose
def test_an_unlisted_language_takes_the_frequent_words_in_both_builders() -> None:
    found = _blocks(f"<html><body>{PROSE_CASES['unlisted language']}</body></html>")
    built = _assert_same_prose(found)
    names = features.feature_names()
    function, frequent = names.index("function_word_share"), names.index("frequent_word_share")
    assert np.array_equal(built[:, function], built[:, frequent])
    assert built[0, function] > 0


@needs_prose
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
@pytest.mark.parametrize("name", ["fundus_dev", "trafilatura", "cleaneval"])
def test_real_pages_give_the_same_prose_columns(name: str) -> None:
    for row in itertools.islice(datasets.rows(name), 30):
        root = parse_html(row["html"])
        clean(root)
        found = segment(root)
        if found:
            _assert_same_prose(found)
