"""extract(): one HTML page to one Article, as a sequence of named passes.

  parse      bytes or text to a tree (parse/)
  hints      what the page says about its own article (JSON-LD articleBody)
  clean      drop what is never article text (clean.py)
  locate     segment, describe, score and select the article's blocks (locate/)
"""

from __future__ import annotations

from .clean import clean
from .locate import locate_article
from .locate.hints import article_body_hint
from .options import Options
from .parse.html import parse_html
from .record import Article


def extract(page: str | bytes, url: str | None = None, **options: object) -> Article:
    """The article and its metadata from a page's HTML.

    Raises ExtractionError when the input is not a page (empty, binary); a page without an
    article gives an Article with no blocks.
    """
    opts = Options.from_kwargs(**options)
    tree = parse_html(page, opts.http_charset)
    hint = article_body_hint(tree)
    clean(tree)
    blocks, decisions = locate_article(tree, hint, explain=opts.explain)
    return Article(blocks=blocks, url=url, explain=decisions)
