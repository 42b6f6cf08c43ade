"""Block features that must hold for any script, spaces between words or not."""

import math
import re

import numpy as np
import pytest

from pressclip.clean import clean
from pressclip.locate.blocks import segment
from pressclip.locate.features import (
    OWN_FEATURES,
    PROSE_CONTEXT,
    build_matrix,
    container_groups,
    feature_names,
)
from pressclip.parse.html import parse_html

JA = ("東京都は４日、新たに１００人の感染を確認したと発表した。前の週の同じ曜日から減少した。"
      "専門家は引き続き注意を呼びかけている。")
ZH = "北京市今天宣布，将在下个月开放新的地铁线路。市民表示欢迎，认为出行会更加方便。"
EN = "The council met on Monday, and it approved the budget. The vote was close."


def _own(*paragraphs: str) -> list[dict[str, float]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    root = parse_html(f"<html><body>{body}</body></html>")
    clean(root)
    blocks = segment(root)
    X = build_matrix(blocks)
    return [dict(zip(OWN_FEATURES, map(float, row[:len(OWN_FEATURES)]), strict=True))
            for row in X]


def test_spaced_words_are_counted_as_regular_expression_words():
    (row,) = _own(EN)
    assert math.isclose(row["log_words"], math.log1p(len(re.findall(r"\w+", EN))), rel_tol=1e-6)
    assert row["spaceless_share"] == 0.0


def test_a_japanese_paragraph_counts_as_many_words_and_sentences():
    (row,) = _own(JA)
    word_chars = len(re.findall(r"\w", JA))
    # Half a word per character of a script without spaces: dozens of words, not three runs.
    assert np.expm1(row["log_words"]) > word_chars / 3
    assert row["spaceless_share"] > 0.8
    # Three sentences ended by 。 with no space after them, and a comma 、.
    words = np.expm1(row["log_words"])
    assert math.isclose(row["sentence_ends_per_word"] * words, 3, abs_tol=1e-3)
    assert row["commas_per_word"] > 0
    assert row["ends_like_sentence"] == 1.0


def test_a_chinese_full_width_comma_counts_as_a_comma():
    (row,) = _own(ZH)
    words = np.expm1(row["log_words"])
    assert math.isclose(row["commas_per_word"] * words, 2, abs_tol=1e-3)
    assert math.isclose(row["sentence_ends_per_word"] * words, 2, abs_tol=1e-3)


def test_frequent_words_mark_prose_in_any_language():
    prose = [JA, JA.replace("東京都", "大阪府"), JA.replace("専門家", "市長")]
    rows = _own(*prose, "トップ 政治 経済 スポーツ")
    assert min(r["frequent_word_share"] for r in rows[:3]) > rows[3]["frequent_word_share"]


def _columns(html: str) -> list[dict[str, float]]:
    root = parse_html(html)
    clean(root)
    return [dict(zip(feature_names(), map(float, row), strict=True))
            for row in build_matrix(segment(root))]


# Known bug (issue 13): in_nav, in_footer and in_header copy the class-name flags. The fix
# changes the model's inputs, so it ships only with a retrained locator, and it held neither
# on heldout nor in the site-fold check over the train split (bench/HISTORY.md, "describe").
@pytest.mark.xfail(strict=True, reason="tag columns copy the class flags until a retrain")
def test_semantic_tag_columns_read_the_tag_not_the_class_name():
    text = "The council met on Monday and it approved the budget after a long debate."
    tags = ("nav", "footer", "header", "aside")
    tagged = _columns("<html><body>" + "".join(f"<{t}><p>{text}</p></{t}>" for t in tags)
                      + "</body></html>")
    for row, tag in zip(tagged, tags, strict=True):
        assert row[f"in_{tag}"] == 1.0
    # A <nav> tag with no class: the class-name flag stays off while the tag column is on.
    assert tagged[0]["flag_nav"] == 0.0
    named = _columns("<html><body>" + "".join(
        f'<div class="{t}"><p>{text}</p></div>' for t in ("nav", "footer", "header"))
        + "</body></html>")
    for row, tag in zip(named, ("nav", "footer", "header"), strict=True):
        assert row[f"flag_{tag}"] == 1.0
        assert row[f"in_{tag}"] == 0.0


_PROSE = "The river rose in the night, and the town closed its bridge before dawn. "


def _context(html: str) -> tuple[list[str], list[dict[str, float]]]:
    root = parse_html(f"<html><body>{html}</body></html>")
    clean(root)
    blocks = segment(root)
    X = build_matrix(blocks)
    names = feature_names()[-len(PROSE_CONTEXT):]
    return ([b.text for b in blocks],
            [dict(zip(names, map(float, row[-len(PROSE_CONTEXT):]), strict=True)) for row in X])


def test_a_short_paragraph_among_the_prose_is_told_from_one_in_a_side_box():
    """Two blocks alike in their own text: the one between the article's paragraphs, in
    their container and of their shape, holds the prose's place; the one in a box of
    its own after the article does not."""
    texts, rows = _context(
        "<div><p>Home</p></div>"
        f"<div class='x1'><p>{_PROSE * 2}</p><p>Next week.</p><p>{_PROSE * 3}</p></div>"
        "<div class='x2'><div class='x3'><span>Next month.</span></div></div>")
    inside, outside, menu = (rows[texts.index(t)] for t in ("Next week.", "Next month.", "Home"))
    prose_units = math.log1p(5 * len(_PROSE.split()))
    assert inside["container2_prose_units"] == pytest.approx(prose_units)
    assert outside["container2_prose_units"] == 0.0
    assert inside["shape_prose_units"] == pytest.approx(prose_units)
    assert outside["shape_prose_units"] == 0.0
    assert menu["prose_before_share"] == 0.0
    assert inside["prose_before_share"] == pytest.approx(0.4)
    assert outside["prose_before_share"] == pytest.approx(1.0)
    assert inside["prose_distance"] == pytest.approx(math.log(2))


def test_prose_context_counts_prose_in_a_script_without_spaces():
    texts, rows = _context(f"<div><p>{JA * 2}</p><p>続報。</p></div><div><p>{ZH}</p></div>")
    short, other = rows[texts.index("続報。")], rows[texts.index(ZH)]
    assert short["container2_prose_units"] > other["container1_prose_units"] > 0


def test_a_page_without_prose_has_no_prose_context():
    _, rows = _context("<ul><li><a href='/a'>World</a></li><li><a href='/b'>Sport</a></li></ul>")
    assert all(r["container1_prose_units"] == r["shape_prose_units"] == 0.0 for r in rows)
    assert all(r["prose_distance"] == pytest.approx(math.log(3)) for r in rows)


def test_the_matrix_is_the_same_with_the_callers_container_groups():
    # The locator computes the groups once a page and hands them to build_matrix.
    root = parse_html(f"<html><body><div><p>{_PROSE}</p><ul><li>Next week.</li></ul></div>"
                      f"<aside><p>{EN}</p></aside></body></html>")
    clean(root)
    blocks = segment(root)
    np.testing.assert_array_equal(build_matrix(blocks, None, container_groups(blocks)),
                                  build_matrix(blocks))
