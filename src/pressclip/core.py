"""extract(): one HTML page to one Article, as a sequence of named passes.

  parse      bytes or text to a tree (parse/)
  metadata   what the page says about itself: JSON-LD, meta tags, microdata, byline (metadata/);
             htmldate only for pages where those give no date; JSON-LD's articleBody is
             kept as a hint for the locator
  clean      drop what is never article text (clean.py)
  locate     segment, describe, score and select the article's blocks (locate/); a short
             selection is located again with hidden elements kept (locate/hidden.py), or
             taken from the page's data (locate/embedded.py); an empty one from the page's
             one paragraph of prose about its headline, or without a headline its only
             paragraph of prose (locate/lone.py)
  credits    contributors and wire agencies from credit lines, which leave the body (credits.py);
             where no one is credited, a writer's name closing the article (signature.py)
  edges      drop the headline, byline and dateline the record already holds (edges.py)
  language   the body's language, the page's declaration deciding for short texts
  facts      quotations with speakers, named entities, dates in the text (facts/)
"""

from __future__ import annotations

from dataclasses import replace

from .clean import clean
from .credits import Credits, read_credits
from .dropped import Dropped
from .edges import trim_edges
from .facts.analyse import Facts, read_facts
from .locate import locate_article
from .locate.embedded import rescue
from .locate.hidden import reveal
from .locate.lone import lone_paragraph
from .locate.structure import finish
from .metadata import read_metadata
from .metadata.fallback_date import fallback_date
from .metadata.language import detect_language
from .metadata.relative import read_relative
from .options import LOCATOR_SHIFTS, Options, reference_now
from .parse.html import read_page
from .record import Article, Block, Decision
from .signature import closing_signature

# The language of an article shows in its first paragraphs; reading more only costs time.
_LANGUAGE_SAMPLE_CHARS = 2000
_LANGUAGE_SAMPLE_BLOCKS = 12
# Where credit lines are looked for: the article's last blocks, and its dateline.
_CREDIT_TAIL_BLOCKS = 8
_DATELINE_CHARS = 200


def extract(page: str | bytes, url: str | None = None, **options: object) -> Article:
    """The article and its metadata from a page's HTML.

    Raises ExtractionError when the input is not a page (empty, binary: intake.py's
    checks); a page without an article gives an Article with no blocks.
    """
    opts = Options.from_kwargs(**options)
    text, tree = read_page(page, opts.http_charset)
    meta = read_metadata(tree, url)
    clean(tree)
    located = locate_article(tree, meta.article_body, explain=opts.explain,
                             threshold_shift=LOCATOR_SHIFTS[opts.focus],
                             description=meta.description)
    # Little or nothing located: the article may be hidden until a script shows it, or be
    # in the page's data (scripts) instead.
    located = reveal(located, text, meta.headline, meta.article_body, opts.explain,
                     LOCATOR_SHIFTS[opts.focus])
    located = rescue(located, text, meta.headline, meta.description, opts.explain)
    # Still nothing: a short article among furniture may be one paragraph about the headline
    # (or, on a page without one, the page's only paragraph of prose).
    located = lone_paragraph(located, tree, meta.headline, opts.explain)
    date = meta.date or fallback_date(text, url) or _relative_date(located.opening, opts)
    trimmed = trim_edges(located.blocks, meta.headline, meta.authors, date)
    dropped = Dropped(opts.explain)
    dropped.drop(_gone(located.blocks, trimmed, dropped),
                 "headline, byline or dateline (in the record)")
    body = "\n\n".join(b.text for b in trimmed[:_LANGUAGE_SAMPLE_BLOCKS])
    language = detect_language(body[:_LANGUAGE_SAMPLE_CHARS] or (meta.title or ""),
                               hint=meta.language_hint)
    blocks, credits = _take_credits(trimmed, language)
    dropped.drop(_gone(trimmed, blocks, dropped), "credit line")
    authors = list(meta.authors)
    if not authors and not meta.agencies and not credits.agencies:
        # No byline near the headline: the article may close with its writer's name.
        authors = closing_signature(blocks)
    # Figures have no text: the facts' offsets are those of Article.text.
    facts = read_facts("\n\n".join(b.text for b in blocks if b.text), language, date) \
        if opts.facts else Facts()
    shaped = finish(blocks, url or meta.url, meta.image)
    return Article(
        title=meta.title,
        blocks=shaped.blocks,
        date=date,
        date_modified=meta.date_modified,
        authors=authors,
        contributors=[c for c in credits.contributors if c not in authors],
        agencies=list(dict.fromkeys([*meta.agencies, *credits.agencies])),
        publisher=meta.publisher,
        language=language,
        url=meta.url or url,
        description=meta.description,
        image=meta.image,
        images=shaped.images,
        links=shaped.links,
        tags=list(meta.tags),
        section=meta.section,
        is_accessible_for_free=meta.is_accessible_for_free,
        comments=list(meta.comments),
        quotes=facts.quotes,
        entities=facts.entities,
        dates=facts.dates,
        facts_language=facts.language,
        explain=_after_passes(located.decisions, located.blocks, dropped),
    )


def _gone(before: list[Block], after: list[Block], dropped: Dropped) -> list[int]:
    """Ids of the blocks a pass took out: passes keep the Block objects they do not drop,
    so identity tells which went (computed only in explain mode)."""
    if not dropped.enabled:
        return []
    left = {id(b) for b in after}
    return [id(b) for b in before if id(b) not in left]


def _after_passes(decisions: list[Decision] | None, located: list[Block],
                  dropped: Dropped) -> list[Decision] | None:
    """The locator's decisions, with blocks it kept that later passes took out of the body
    marked dropped and why; the locator's kept decisions follow its blocks in order."""
    if decisions is None:
        return None
    kept = iter(located)
    out = []
    for decision in decisions:
        if decision.kept:
            reason = dropped.reason(id(next(kept)))
            if reason is not None:
                decision = replace(decision, kept=False, reason=reason)
        out.append(decision)
    return out


def _take_credits(blocks: list[Block], language: str | None) -> tuple[list[Block], Credits]:
    """Credits from the article's last blocks and its dateline; credit lines leave the body.

    Credit lines close an article ("Avec Reuters", "Additional reporting by …") or open its
    first paragraph ("PARIS (AFP) –"); reading only there keeps the patterns off the rest of
    the body, which is most of the text and never a credit line.
    """
    tail_start = max(0, len(blocks) - _CREDIT_TAIL_BLOCKS)
    lines = [b.text for b in blocks[tail_start:]]
    if tail_start > 0:
        lines.insert(0, blocks[0].text[:_DATELINE_CHARS])
    credits = read_credits(lines, language)
    offset = tail_start - (1 if tail_start > 0 else 0)
    dropped = {offset + i for i in credits.credit_line_indexes if offset + i >= tail_start}
    if dropped:
        blocks = [b for i, b in enumerate(blocks) if i not in dropped]
    return blocks, credits


def _relative_date(opening: list[str], opts: Options) -> str | None:
    """A publication date written relative to when the page was seen ("il y a 5 jours")."""
    reference = reference_now(opts.reference_time)
    for line in opening:
        found = read_relative(line, reference)
        if found is not None:
            return found.iso()
    return None
