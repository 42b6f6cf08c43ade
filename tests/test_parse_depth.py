"""Pages nested deeper than libxml2 reads (it stops at 2,048 levels, huge_tree or not, and
drops the rest of the page): they are flattened and parsed again, so the article is found
as it is in the same page nested shallowly."""

from __future__ import annotations

import re

import pytest

import pressclip
from bench import datasets
from pressclip.parse.flatten import flatten
from pressclip.parse.html import parse_html

PARAGRAPH = ("<p>The mayor said on Tuesday that the bridge would reopen in May, after "
             "engineers finished their inspection of the old steel frame.</p>")


def _nested(levels: int) -> str:
    return ("<html><body>" + "<div>" * levels + "<article><h1>Bridge to reopen</h1>"
            + PARAGRAPH * 6 + "</article>" + "</div>" * levels + "<p>Footer</p></body></html>")


def _depth(root: object) -> int:
    return max(sum(1 for _ in e.iterancestors()) for e in root.iter())  # type: ignore[attr-defined]


@pytest.mark.parametrize("levels", [2_100, 5_000, 50_000])
def test_deep_page_gives_the_article_of_the_shallow_one(levels: int) -> None:
    shallow = pressclip.extract(_nested(10))
    deep = pressclip.extract(_nested(levels))
    assert shallow.text and "bridge would reopen" in shallow.text
    assert (deep.title, deep.text) == (shallow.title, shallow.text)
    assert "Footer" in "".join(parse_html(_nested(levels)).itertext())


def test_real_page_wrapped_deep_keeps_its_article() -> None:
    """Real pages under 3,000 wrappers, closed before </body> or left open, give the text
    of the page itself. Only pages whose text does not change under one wrapper (the level
    flattening leaves above the page) nor under 40, where nothing is flattened, are asked:
    the extractor's own depth features move some pages' edges by a paragraph, which is no
    fault of the flattening."""
    if not datasets.available():
        pytest.skip("../shared/data is absent (a user's clone): no real pages")
    checked = 0
    for row in datasets.rows("l3s_gn1", split="heldout"):
        html = row["html"]
        body = re.search(r"<body\b[^>]*>", html, re.IGNORECASE)
        end = re.search(r"</body\s*>", html, re.IGNORECASE)
        if not body or not end or body.end() > end.start():
            continue
        plain = pressclip.extract(html, url=row["url"]).text
        at = (body.end(), end.start())
        if not plain or any(pressclip.extract(_wrap(html, at, levels, True), url=row["url"]).text
                            != plain for levels in (1, 40)):
            continue
        for close in (True, False):
            deep = pressclip.extract(_wrap(html, at, 3_000, close), url=row["url"])
            assert deep.text == plain, (row["url"], close)
        checked += 1
        if checked == 5:
            break
    assert checked == 5


def _wrap(html: str, at: tuple[int, int], levels: int, close: bool) -> str:
    """The page's body inside `levels` wrappers, closed before </body> or left open."""
    opened, closed = at
    return (html[:opened] + "<div>" * levels + html[opened:closed]
            + "</div>" * levels * close + html[closed:])


def test_flatten_cuts_wrappers_first_and_keeps_the_rest() -> None:
    page = "<section><p>a<div>b</div></section>"
    assert flatten("<div>" * 40 + page + "</div>" * 40, 10) == page
    assert flatten("<div>" * 40 + page, 10) == page  # a chain left open
    # A page's own few wrappers are not a chain: past the limit, tags go, text stays.
    assert flatten("<div><div><div>z</div></div></div>", 2) == "<div><div>z</div></div>"
    assert flatten("<div>x<div>y<div>z</div></div></div>", 2) == "<div>x<div>yz</div></div>"
    # Uncounted tags (left open in valid HTML), comments and script text change nothing.
    shallow = ("<div><p>one<p>two<li>three<br><img src=x><!-- <div><div><div> -->"
               "<script>if (a<b) document.write('<div><div><div>')</script></div>")
    assert flatten(shallow, 1) == shallow


def test_a_parse_of_a_deep_page_stays_within_its_limit() -> None:
    root = parse_html(_nested(20_000))
    assert _depth(root) < 2_048
