"""A short article in a script without spaces, in a modern grid layout, keeps its text.

The page is written here (no site's markup): a header menu, the article in a grid's
column (`col-md-8`), a ranking list in the side column, a footer.
"""

from __future__ import annotations

import pressclip
from pressclip.locate.blocks import flag, value_bits

PARAGRAPHS = (
    "約一年間の改装工事を終えた市立図書館が十二日、再開した。開館前から入り口には百人以上が"
    "列をつくり、職員が整理に当たった。",
    "新しい図書館は、閲覧席をこれまでの二倍に増やしたほか、子ども向けの読み聞かせ室や、静かに"
    "勉強できる個室を設けた。蔵書は約三十万冊で、地元の歴史に関する資料をまとめた棚も新設した。",
    "館長は「多くの人に足を運んでもらい、うれしい。地域の人が集まる場所にしたい」と話した。",
)
TITLE = "市立図書館が改装を終え再開　利用者が列をつくる"
RANKING = ("駅前の再開発計画、来月にも説明会", "高校野球の地区予選、組み合わせ決まる",
           "春の交通安全運動が始まる", "新しい市長が初登庁", "桜の見頃、週末まで")


def _page(paragraphs: tuple[str, ...]) -> str:
    menu = "".join(f"<li><a href='/{i}'>{w}</a></li>"
                   for i, w in enumerate(("社会", "政治", "経済", "国際", "スポーツ")))
    ranking = "".join(f"<li><a href='/a/{i}'>{t}</a></li>" for i, t in enumerate(RANKING))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>{TITLE}｜東西日報"
        "</title></head><body><header class='site-header'><a href='/'>東西日報</a>"
        f"<nav class='global-nav'><ul>{menu}</ul></nav></header>"
        "<main><div class='container'><div class='row'><div class='col-md-8'><article>"
        f"<h1>{TITLE}</h1><div class='article-meta'><time datetime='2025-04-12T10:30:00+09:00'>"
        f"2025年4月12日 10時30分</time></div><div class='article-body'>{body}</div></article>"
        "</div><div class='col-md-4'><aside class='sidebar'><h2>アクセスランキング</h2>"
        f"<ol>{ranking}</ol></aside></div></div></div></main><footer class='site-footer'>"
        "<p>Copyright © 東西日報 All rights reserved.</p><ul><li><a href='/about'>会社概要</a>"
        "</li></ul></footer></body></html>")


def test_a_japanese_article_keeps_every_paragraph_and_nothing_else():
    text = pressclip.extract(_page(PARAGRAPHS), facts=False).text
    assert text.split("\n\n") == list(PARAGRAPHS)


def test_a_japanese_article_of_one_paragraph_keeps_it():
    assert pressclip.extract(_page(PARAGRAPHS[:1]), facts=False).text == PARAGRAPHS[0]


def test_a_layout_grid_column_is_no_sidebar():
    side = flag("side")
    assert not value_bits("col-md-8") & side and not value_bits("column") & side
    assert value_bits("sidebar") & side and value_bits("right-rail") & side
