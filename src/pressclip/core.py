"""extract(): one HTML page to one Article, as a sequence of named passes.

  parse      bytes or text to a tree (parse/)
  metadata   what the page says about itself: JSON-LD, meta tags, microdata, byline (metadata/);
             htmldate only for pages where those give no date
  hints      what the page says about its own article (JSON-LD articleBody)
  clean      drop what is never article text (clean.py)
  locate     segment, describe, score and select the article's blocks (locate/)
  credits    contributors and wire agencies from credit lines, which leave the body (credits.py)
  edges      drop the headline, byline and dateline the record already holds (edges.py)
  language   the body's language, the page's declaration deciding for short texts
"""

from __future__ import annotations

from datetime import UTC, datetime

from .clean import clean
from .credits import read_credits
from .edges import trim_edges
from .locate import locate_article
from .locate.hints import article_body_hint
from .metadata import read_metadata
from .metadata.fallback_date import fallback_date
from .metadata.language import detect_language
from .metadata.relative import read_relative
from .options import Options
from .parse.html import page_to_text, parse_html
from .record import Article

# The language of an article shows in its first paragraphs; reading more only costs time.
_LANGUAGE_SAMPLE_CHARS = 2000
_LANGUAGE_SAMPLE_BLOCKS = 12


def extract(page: str | bytes, url: str | None = None, **options: object) -> Article:
    """The article and its metadata from a page's HTML.

    Raises ExtractionError when the input is not a page (empty, binary); a page without an
    article gives an Article with no blocks.
    """
    opts = Options.from_kwargs(**options)
    text = page_to_text(page, opts.http_charset)
    tree = parse_html(text)
    meta = read_metadata(tree, url)
    hint = article_body_hint(tree)
    clean(tree)
    located = locate_article(tree, hint, explain=opts.explain)
    date = meta.date or fallback_date(text, url) or _relative_date(located.opening, opts)
    blocks = trim_edges(located.blocks, meta.title, meta.authors, date)
    body = "\n\n".join(b.text for b in blocks[:_LANGUAGE_SAMPLE_BLOCKS])
    language = detect_language(body[:_LANGUAGE_SAMPLE_CHARS] or (meta.title or ""),
                               hint=meta.language_hint)
    credits = read_credits([b.text for b in blocks], language)
    if credits.credit_line_indexes:
        dropped = set(credits.credit_line_indexes)
        blocks = [b for i, b in enumerate(blocks) if i not in dropped]
    authors = list(meta.authors)
    return Article(
        title=meta.title,
        blocks=blocks,
        date=date,
        authors=authors,
        contributors=[c for c in credits.contributors if c not in authors],
        agencies=credits.agencies,
        publisher=meta.publisher,
        language=language,
        url=meta.url or url,
        description=meta.description,
        image=meta.image,
        explain=located.decisions,
    )


def _relative_date(opening: list[str], opts: Options) -> str | None:
    """A publication date written relative to when the page was seen ("il y a 5 jours")."""
    reference = opts.reference_time or datetime.now(UTC)
    for line in opening:
        found = read_relative(line, reference)
        if found is not None:
            return found.iso()
    return None
