"""A page without an article gives the empty record; a short real article still gives one."""

from pathlib import Path

import pytest

import pressclip
from bench import datasets
from bench.no_article import shorten_article

NO_ARTICLE = Path(__file__).parent / "data" / "no_article"
PAGES = sorted(NO_ARTICLE.glob("*.html"))


def test_the_pages_are_there():
    assert len(PAGES) >= 8


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_of_furniture_gives_no_body(path: Path):
    art = pressclip.extract(path.read_text("utf-8"))
    assert art.blocks == [], art.text[:200]


def test_the_bare_menu_of_the_issue_gives_the_empty_record():
    art = pressclip.extract("<html><body><nav>Home | About</nav></body></html>")
    assert art.blocks == [] and art.text == ""


def test_a_short_article_in_a_page_of_furniture_is_kept():
    menu = "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(8))
    page = (
        "<html><body><nav><ul>" + menu + "</ul></nav><article><h1>Bridge reopens</h1>"
        "<p>The old river bridge reopened to traffic on Tuesday after eight months of repairs, "
        "the council said. Engineers replaced the deck and strengthened two of the piers, "
        "and the work finished a week ahead of schedule.</p>"
        "<p>Buses will return to their usual route from Monday, and the temporary ferry "
        "service will stop at the end of the week. Shops on both banks said trade had "
        "fallen by a third while the bridge was closed.</p>"
        "<p>The council will hold a public meeting next month on plans for a cycle lane, "
        "which residents asked for during the consultation last year.</p></article>"
        "<footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer></body></html>"
    )
    art = pressclip.extract(page)
    assert "eight months of repairs" in art.text
    assert "temporary ferry" in art.text


def test_the_gate_refuses_a_model_trained_on_other_inputs():
    from pressclip.locate.gate import NAMES, load_gate, read_gate

    assert load_gate().threshold > 0
    with pytest.raises(RuntimeError, match="other inputs"):
        read_gate({"feature_names": list(NAMES[:-1]), "trees": {}, "threshold": 0.5})


def test_a_one_paragraph_page_keeps_its_body():
    # A page that is a single paragraph of prose and nothing else: the no-article gate once
    # emptied such pages, having learnt from cut pages that one block means furniture.
    body = "The council approved the budget on Tuesday, the mayor said. " * 10
    art = pressclip.extract(f"<html><body><p>{body}</p></body></html>")
    assert "approved the budget" in art.text


@pytest.mark.parametrize("body", [
    "<p>Xelo</p>",  # one word, of no language the lists read
    "<ol><li><p>Kettles and toasters were the cheapest appliances at the fair, a "
    "stall keeper said, and</p></li></ol>",  # a list item cut short, no sentence end
    "<h1>Fair notes</h1><p>Kettles sold out by noon.</p><p>Toasters by three.</p>",
])
def test_a_page_whose_whole_text_is_bare_keeps_it(body: str):
    # Nothing but this text on the page (no link, menu, footer): the gate reads too little
    # of an article in it, yet nothing else on the page could be its content.
    art = pressclip.extract(f"<html><body>{body}</body></html>")
    assert art.text.split()[-1] in body


@pytest.mark.parametrize("body", [
    "<h1>Fair notes</h1>",  # a headline left alone
    "<p>Kettles sold out by noon.</p><p><a href='/more'>More</a></p>",  # a link beside it
    "<div class='footer'><p>Kettles sold out by noon.</p></div>",
    "<p>\u00a9 2024 The Fair Gazette</p>",
])
def test_a_bare_page_of_a_heading_a_link_or_a_footer_stays_empty(body: str):
    assert pressclip.extract(f"<html><body>{body}</body></html>").blocks == []


def test_a_brief_in_a_page_of_furniture_keeps_its_paragraph():
    menu = "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(10))
    teasers = "".join(f"<li><a href='/story/{i}'>Another story of the day, number {i}</a></li>"
                      for i in range(8))
    page = ("<html><body><nav><ul>" + menu + "</ul></nav><h1>Ferry service suspended</h1>"
            "<p>The island ferry will not sail on Friday because of the storm warning, the "
            "operator said, and passengers with tickets can travel on Saturday at no cost.</p>"
            "<aside><h2>Most read</h2><ul>" + teasers + "</ul></aside>"
            "<footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer>"
            "</body></html>")
    assert "storm warning" in pressclip.extract(page).text


def test_the_gate_sees_how_much_of_the_selection_reads_as_sentences():
    from pressclip.clean import clean
    from pressclip.locate import select
    from pressclip.parse.html import parse_html

    def prose(body: str) -> float:
        root = parse_html(f"<html><body>{body}</body></html>")
        clean(root)
        return select(root)[3].prose

    sentences = ("<p>The old river bridge reopened to traffic on Tuesday after eight months of "
                 "repairs, the council said, and buses will return to their usual route.</p>"
                 "<p>Engineers replaced the deck and strengthened two of the piers, and the work "
                 "finished a week ahead of schedule, according to the contractor.</p>"
                 "<p>Shops on both banks said trade had fallen by a third while the bridge was "
                 "closed, and several of them asked the council for help.</p>")
    assert prose(sentences) == 1.0
    teasers = "".join(f"<div><h3>Story number {i} of the day and its headline</h3></div>"
                      for i in range(12))
    assert prose(teasers) == 0.0


def test_the_gate_counts_sentences_and_the_pages_own_frequent_words_inside_blocks():
    from pressclip.clean import clean
    from pressclip.locate import select
    from pressclip.parse.html import parse_html

    def evidence(body: str):
        root = parse_html(f"<html><body>{body}</body></html>")
        clean(root)
        return select(root)[3]

    # Three sentences in one block whose end is a link's words ("watch the video"): no
    # block ends like a sentence, yet the block is prose.
    short = evidence(
        "<div><p>Gather around your sets for an announcement from the council. The mayor "
        "will speak at noon on the state of the harbour and the new ferry. She said it "
        "would sail in May. Here is what was said at the town hall, watch the video</p></div>")
    assert short.prose == 0.0 and short.stops > 0.05 and short.frequent > 0.2
    teasers = evidence("".join(f"<div><h3>Story number {i} of the day and its headline</h3>"
                               "</div>" for i in range(12)))
    assert teasers.stops == 0.0


@pytest.mark.skipif(not datasets.available(), reason="no shared data (../shared/data)")
def test_a_shortened_article_keeps_its_headline_and_one_paragraph():
    row = next(r for r in datasets.rows("fundus_dev", split="train") if r.get("body"))
    short = shorten_article(row["html"], row["body"])
    assert short is not None
    page, paragraph = short
    words = paragraph.split()
    assert len(words) >= 15 and " ".join(words[:6]) in " ".join(row["body"].split())
    assert len(page) < len(row["html"])


def test_an_article_nested_in_an_unclosed_menu_is_not_furniture():
    from pressclip.clean import clean
    from pressclip.locate import select
    from pressclip.parse.html import parse_html

    def furniture(body: str) -> float:
        root = parse_html(f"<html><body>{body}</body></html>")
        clean(root)
        return select(root)[3].furniture

    paragraphs = "".join(
        f"<p>The council met on Monday evening and approved the budget for year {y} after a "
        "long debate about the roads, the schools and the new library.</p>"
        for y in range(2020, 2026))
    # A menu whose <nav> is never closed: the parser nests the article inside it.
    assert furniture(f"<nav><a href='/'>Home</a><article>{paragraphs}</article>") == 0.0
    assert furniture(f"<nav><a href='/'>Home</a><div>{paragraphs}</div>") == 1.0
    assert furniture(f"<article><aside>{paragraphs}</aside></article>") == 1.0


def _kept_text(body: str) -> str:
    from pressclip.clean import clean
    from pressclip.locate import select
    from pressclip.parse.html import parse_html

    root = parse_html(f"<html><body>{body}</body></html>")
    clean(root)
    raw, keep, _, _ = select(root)
    return " ".join(b.text for b, k in zip(raw, keep, strict=True) if k)


_STORY = "".join(
    f"<p>The council met on Monday evening and approved the budget for year {y} after a "
    "long debate about the roads, the schools and the new library.</p>"
    for y in range(2020, 2026))
_REPLY = ("<p>I went to that meeting myself and I think the roads were the real question, "
          "not the library at all, whatever the mayor says about it.</p>")


@pytest.mark.parametrize("box", [
    f"<div class='comments'>{_REPLY * 3}</div>",
    f"<aside>{_REPLY * 3}</aside>",
    f"<div class='site-footer'>{_REPLY}</div>",
])
def test_furniture_beside_the_article_prose_leaves_the_selection(box):
    kept = _kept_text(f"<article>{_STORY}{box}</article>")
    assert "budget for year 2025" in kept
    assert "whatever the mayor says" not in kept


@pytest.mark.parametrize("body", [
    # The whole article in a box named as furniture: no prose outside it, nothing dropped.
    f"<div class='post has-comments'>{_STORY}</div>",
    # An article nested in a menu left unclosed is no furniture.
    f"<p>{_REPLY}</p><nav><a href='/'>Home</a><article>{_STORY}</article>",
])
def test_an_article_in_a_box_named_as_furniture_stays(body):
    assert "budget for year 2025" in _kept_text(body)
