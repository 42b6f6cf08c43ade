"""extract(): one HTML page to one Article, as a sequence of named passes."""

from __future__ import annotations

from .options import Options
from .parse.html import parse_html
from .record import Article, Block


def extract(page: str | bytes, url: str | None = None, **options: object) -> Article:
    """The article and its metadata from a page's HTML.

    Raises ExtractionError when the input is not a page (empty, binary); a page without an
    article gives an Article with no blocks.
    """
    opts = Options.from_kwargs(**options)
    tree = parse_html(page, opts.http_charset)
    blocks = [
        Block("paragraph", " ".join(p.text_content().split()))
        for p in tree.iter("p")
        if p.text_content().strip()
    ]
    return Article(blocks=blocks, url=url)
