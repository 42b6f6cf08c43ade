"""Authors, dates and titles in sources and forms of sites never read (issue 13 item 4), on
small pages written for these tests."""

from __future__ import annotations

import pytest

from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html


def _page(head: str, body: str = "") -> str:
    return (f"<html><head><title>Neue Brücke eröffnet</title>{head}</head><body>"
            f"<h1>Neue Brücke eröffnet</h1><p>Die Brücke über den Fluss ist seit Montag "
            f"offen, sagt Lena Vogt, die die Bauarbeiten begleitet hat.</p>{body}"
            f"</body></html>")


@pytest.mark.parametrize("key", ["dc:creator", "dcterms:creator", "og:author",
                                 "article:author_name", "shareaholic:article_author_name"])
def test_author_meta_keys_of_other_vocabularies_name_the_author(key: str) -> None:
    # Dublin Core in RDFa's prefix form, OpenGraph's plain author and the keys blog
    # plugins write: the page names its writer nowhere else.
    html = _page(f'<meta name="{key}" content="Lena Vogt">')
    assert read_metadata(parse_html(html)).authors == ["Lena Vogt"]
