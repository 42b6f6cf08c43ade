"""parse.html.read_page hands libxml2 the UTF-8 that the surrogate check made; it must give
the text and the tree that page_text and parse_text give, whatever the input."""

from __future__ import annotations

import pytest
from lxml import etree

from bench import datasets
from pressclip.intake import page_text
from pressclip.parse import html
from pressclip.record import ExtractionError

_PAGE = "<html><body><h1>Titre</h1><p>Le conseil a voté « oui » — 3 € 😀</p></body></html>"


@pytest.mark.parametrize("page", [
    _PAGE,                                            # str, not ASCII
    "<p>plain ASCII</p>",
    "<p>a lone surrogate \ud800 here</p>",           # replaced, then encoded again
    "<p>a NUL \x00 inside</p>",                      # the text changes before parsing
    "<p " + " ".join(f"a{i}=x" for i in range(300)) + ">over the attribute cap</p>",
    _PAGE.encode("utf-8"),                           # bytes: decoded as before
    _PAGE.encode("cp1252", "xmlcharrefreplace"),
])
def test_read_page_is_page_text_then_parse_text(page: str | bytes) -> None:
    text, tree = html.read_page(page)
    expected = page_text(page)
    assert text == expected
    assert etree.tostring(tree) == etree.tostring(html.parse_text(expected))


def test_read_page_refuses_what_page_text_refuses() -> None:
    for page in ("", "   ", "\x00\x01\x02\x03" * 100):
        with pytest.raises(ExtractionError):
            html.read_page(page)


def test_real_pages_read_alike() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent")
    for row in datasets.rows("fundus_dev", limit=40):
        text, tree = html.read_page(row["html"])
        assert text == page_text(row["html"])
        assert etree.tostring(tree) == etree.tostring(html.parse_text(text)), row["id"]
