"""The head ends where a browser ends it: at its first element that is no head content.

libxml2 keeps an unknown element inside <head>, and the whole page after it when no <body>
tag follows; the cleaner drops the head, so such a page came out empty.
"""

from __future__ import annotations

from lxml import etree

import pressclip
from pressclip.parse.html import parse_html

_PARAGRAPHS = "".join(
    f"<p>The river rose by {n} metres overnight and the town council met at dawn to decide "
    f"which streets to close, while volunteers carried sandbags to the lower quarter.</p>"
    for n in range(2, 7)
)


def test_an_unknown_element_in_a_head_without_body_tag_opens_the_body() -> None:
    page = ("<html><head><title>Flood</title><meta name='robots' content='all'>"
            f"<widget><div><h1>River floods the lower town</h1>{_PARAGRAPHS}</div></widget>")
    tree = parse_html(page)
    head, body = tree.find("head"), tree.find("body")
    assert [e.tag for e in head] == ["title", "meta"]
    assert body is not None and body[0].tag == "widget"
    article = pressclip.extract(page, facts=False)
    assert "volunteers carried sandbags" in article.text


def test_what_follows_the_unknown_element_moves_in_order_before_the_body() -> None:
    page = ("<html><head><title>T</title><foo>x</foo><link rel='icon' href='/i.png'></head>"
            "<body><p>Hi.</p></body></html>")
    body = parse_html(page).find("body")
    assert [e.tag for e in body] == ["foo", "link", "p"]


def test_a_head_of_head_content_is_left_as_parsed() -> None:
    page = ("<html><head><title>T</title><meta charset='utf-8'><noscript><style></style>"
            "</noscript><template><p>card</p></template><script>var a;</script></head>"
            "<body><p>Hi.</p></body></html>")
    tree = parse_html(page)
    assert [e.tag for e in tree.find("head")] == ["title", "meta", "noscript", "template",
                                                   "script"]
    assert etree.tostring(tree.find("body")) == b"<body><p>Hi.</p></body>"
