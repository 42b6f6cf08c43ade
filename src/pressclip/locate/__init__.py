"""Locate the article in a cleaned page: segment, describe, score, select.

The passes, in order (each in its own module):
  blocks.segment      cut the DOM into text blocks with their containers' totals
  features.build      describe each block by numbers (text, links, prose, containers, neighbours)
  model.load_model    score each block with the shipped tree ensembles (two stages)
  select (here)       keep the article's blocks, turn them into typed record blocks
  gate.Evidence       say whether the selection is an article at all (no-article pages)
  lead.lead_region    when nothing is kept, the article around the block the page's
                      description opens
  structure.shape     data tables and figures of the kept blocks, links and emphasis
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from lxml import etree

from ..chars import COPYRIGHT_SIGN
from ..record import CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Block, Decision, Span
from .adlabels import drop_ad_labels
from .blocks import Container, RawBlock, flag, inside, segment, tag_flag
from .boxes import drop_labelled_boxes
from .captions import drop_captions
from .clouds import drop_link_clouds
from .features import (
    ENDS_COLUMN,
    FREQUENT_COLUMN,
    STOPS_COLUMN,
    WORDS_COLUMN,
    build_matrix,
    container_groups,
    feature_names,
    prose_blocks,
)
from .gate import Evidence
from .lead import lead_region
from .mastheads import drop_masthead_lines
from .model import load_model
from .notices import drop_notices
from .posts import drop_embedded_posts
from .rights import drop_rights_lines
from .slides import drop_slideshows
from .stamps import drop_stamps
from .structure import shape
from .tail import drop_outside_tail, drop_unended_tail

# Reasons shown in explain mode for dropped blocks, from the containers' names; first match
# wins, so the more specific reasons come first.
_REASONS = (
    ("cookie", "cookie or consent banner"),
    ("comment", "comments"),
    ("share", "share bar"),
    ("newsletter", "newsletter or appeal"),
    ("ad", "ad"),
    ("related", "related links"),
    ("nav", "menu"),
    ("footer", "footer"),
    ("header", "page header"),
    ("caption", "media caption"),
    ("meta", "byline or metadata"),
    ("side", "sidebar"),
    ("aside", "sidebar"),
    ("form", "form"),
)
_REASON_BITS = tuple((flag(name), reason) for name, reason in _REASONS)
_LINKS_REASON_DENSITY = 0.5
# A container that names itself an ad, a share bar or a newsletter box is furniture even
# inside the article's container, where the model, which weighs neighbours heavily, tends
# to keep it. Only the block's own container counts: measured on the training pages, also
# vetoing by the parent's name, or for comments, consent banners and captions, cost more
# article text than it removed.
_VETO_FLAGS = ("ad", "share", "newsletter")
_VETO_BITS = 0
for _name in _VETO_FLAGS:
    _VETO_BITS |= flag(_name)
# Containers that name themselves furniture (their own class, id or role, or their
# parent's), or sit inside a semantic tag of furniture: the gate's `furniture` input. A
# consent notice or a comment is prose, but its container says what it is. Only the names
# that articles' own containers rarely carry: "side" holds "widget", "related" "list" and
# "read", "share" "print", all common in the class names of article bodies.
_FURNITURE_NAMES = ("nav", "footer", "comment", "cookie")
_FURNITURE_TAGS = ("nav", "footer", "aside")
_CONTENT_TAGS = ("article", "main")
_FURNITURE_NAME_BITS = 0
for _name in _FURNITURE_NAMES:
    _FURNITURE_NAME_BITS |= flag(_name)
# The tags' own bits: flag() answers with the class flag where a tag shares its name.
_FURNITURE_TAG_BITS = 0
for _name in _FURNITURE_TAGS:
    _FURNITURE_TAG_BITS |= tag_flag(_name)
# Furniture beside the article: a block whose container or any ancestor is named a comment,
# consent notice, footer or menu, or that sits inside a <footer>, <aside> or <nav> (with no
# <article> or <main> nearer, as for the gate's `furniture`), leaves the selection when the
# selection also holds a paragraph of prose outside all of them (PROSE_UNITS word
# units, ending like a sentence): then the article is that prose, and the flagged blocks
# are a comment thread, a notice or a box beside it that the model kept for its sentences.
# Without such a paragraph the flags say nothing (a page may wrap its whole article in a
# box whose class names comments). Out of fold on the train split (3 folds by site, the
# blocks' scores at the keep threshold): body F1 fundus_dev 0.950 -> 0.952, dragnet 0.916
# -> 0.919, l3s_gn1 0.953 -> 0.954, readability 0.931 -> 0.931, cleaneval 0.911 -> 0.910
# (blog pages whose gold keeps the comments); trafilatura's segments F1 0.918 -> 0.918.
# Sidebar names ("side", "widget", "rail") are left out: they cost the segments' recall
# 0.914 -> 0.910, articles sit in widgets; related-story names ("more", "read", "list")
# cost fundus_dev 0.011.
_AWAY_NAME_COLUMNS = [feature_names().index(f"flag_{name}")
                      for name in ("comment", "cookie", "footer", "nav")]
_AWAY_TAG_COLUMNS = [feature_names().index(f"in_{tag}") for tag in _FURNITURE_TAGS]
_LINK_COLUMN = feature_names().index("link_density")
# A block between two kept blocks, in the container of one of them or in a sibling of it
# (blocks of one body), is kept when it has few links, scores at least this share of the
# keep threshold and the gap holds at most _MAX_GAP blocks: a short article's middle
# paragraph, a subheading, a short line or a list item, which the model scores lower than
# the paragraphs around it, is no teaser. See _fill_gaps. Paragraphs of prose only until
# issue 13's recall round; any block since: out of fold on the train split
# (bench.locator_oof), body F1 readability 0.931 -> 0.933, fundus_dev 0.969 -> 0.970,
# cleanportaleval 0.964 -> 0.965, dragnet and cleaneval +0.0005, l3s_gn1 unchanged, the
# segments' recall 0.915 -> 0.918; precision within 0.001. A gap of one block gained a
# third less; any gap inside the body's container (tail._main_container), paragraphs
# included, cost dragnet and l3s_gn1 more than it won (comment threads in the body's box).
_GAP_SHARE = 0.5
_MAX_GAP = 3
# A block in a heading tag with this many word units or more, ending like a sentence, is a
# paragraph that the page set in <h3>/<h4> (pages from before CSS style text that way), not a
# section's heading: it is article text for the orphan-heading rule. Headlines rarely reach
# 20 words.
_HEADING_PROSE_UNITS = 25
# A short kept block without a sentence end ("Read also", "More on this:") right before a
# dropped block of links is that list's label: with the list gone it labels nothing.
_LABEL_UNITS = 8
# Blocks around the article's first kept block that may hold its dateline.
_OPENING_BLOCKS = 15
_OPENING_MAX_CHARS = 120
# Below this many words the selection is taken for a miss and the fallback region decides.
_MIN_ARTICLE_WORDS = 25
# The fallback keeps blocks scoring at least this share of the page's best block.
_FALLBACK_SHARE_OF_BEST = 0.5


@dataclass(frozen=True, slots=True)
class Located:
    blocks: list[Block]
    # Short texts the page shows before the article (datelines, "5 hours ago", kickers):
    # not article, but where relative publication dates are written.
    opening: list[str]
    decisions: list[Decision] | None


def locate_article(
    root: etree._Element, article_body_hint: str | None = None, explain: bool = False,
    threshold_shift: float = 0.0, description: str | None = None,
) -> Located:
    """The article's blocks from a cleaned tree, and with explain=True a decision per block.

    A page without an article (only menus, a footer, a consent notice, links, teasers)
    gives no blocks. `threshold_shift` moves the keep threshold (options.LOCATOR_SHIFTS).
    `description`, the page's own, finds a short article the model scored low (lead.py)."""
    raw, keep, proba, evidence = select(root, article_body_hint, threshold_shift)
    if raw and not evidence.is_article() and not _bare_page(raw, keep):
        keep = np.zeros(len(raw), dtype=bool)
    led = None
    if raw and description and (not keep.any() or evidence.words < _MIN_ARTICLE_WORDS):
        led = _from_lead(raw, keep, description, article_body_hint)
        if led is not None:
            keep = led
    shaped = shape(raw, keep)
    blocks = shaped.blocks(raw, keep, _to_block)
    decisions = shaped.explain(_explain(raw, keep, proba, led)) if explain else None
    return Located(blocks, _opening(raw, keep), decisions)


def select(root: etree._Element, article_body_hint: str | None = None,
           threshold_shift: float = 0.0
           ) -> tuple[list[RawBlock], np.ndarray, np.ndarray, Evidence]:
    """The page's blocks, which of them the model keeps, their scores, and the evidence
    that they are an article (before the no-article decision)."""
    raw = segment(root)
    if not raw:
        empty = np.zeros(0)
        return raw, empty.astype(bool), empty, Evidence(0.0, 0.0, True)
    model = load_model()
    groups = container_groups(raw)
    X = build_matrix(raw, article_body_hint, groups)
    proba = model.predict_proba(X, groups)
    # Words in script-aware units (features.py): a Japanese paragraph counts as prose too.
    units = np.expm1(X[:, WORDS_COLUMN].astype(np.float64))
    vetoed = _vetoed(raw, article_body_hint)
    threshold = model.threshold_keep + threshold_shift
    keep = (proba >= threshold) & ~vetoed
    keep = _drop_furniture_beside_prose(raw, X, keep, units)
    keep = drop_link_clouds(X, keep, units)
    keep = drop_masthead_lines(raw, X, keep, units)
    keep = _fill_gaps(raw, X, keep, proba >= _GAP_SHARE * threshold, vetoed)
    keep = drop_ad_labels(raw, keep)
    keep = drop_stamps(raw, keep)
    keep = drop_rights_lines(raw, keep)
    keep = drop_notices(raw, keep)
    keep = drop_slideshows(raw, keep)
    keep = drop_captions(raw, X, keep, units)
    keep = drop_embedded_posts(raw, X, keep, units)
    keep = drop_outside_tail(raw, X, keep, units)
    keep = drop_unended_tail(raw, X, keep, units)
    keep = drop_labelled_boxes(raw, X, keep, units)
    keep = _drop_orphan_headings(raw, keep,
                                 prose_blocks(X, units) & (units >= _HEADING_PROSE_UNITS))
    keep = _drop_link_labels(raw, X, keep, units)
    fallback = bool(units[keep].sum() < _MIN_ARTICLE_WORDS)
    if fallback:
        keep = _fallback_region(raw, proba, vetoed, units)
    return raw, keep, proba, _evidence(raw, keep, proba, units, X, fallback)


def _bare_page(raw: list[RawBlock], keep: np.ndarray) -> bool:
    """Whether the selection is the page's whole text, and that text is bare: no link, no
    container named or tagged as furniture, no copyright notice, not only headings.

    The gate weighs how much an article the selection reads like, and a page whose only text
    is a line or two (a test page, a stub, a post of one sentence, in any language or none)
    reads like little; but with nothing else on the page, no menu, link or footer, that text
    can only be the page's content, and a page of furniture always holds some of them."""
    if not keep.all() or all(b.in_heading for b in raw):
        return False
    return not any(b.link_chars or COPYRIGHT_SIGN in b.text or _is_furniture(b.container)
                   for b in raw)


def _from_lead(raw: list[RawBlock], keep: np.ndarray, description: str,
               hint: str | None) -> np.ndarray | None:
    """The article around the block the page's description opens (lead.py), in place of a
    selection of less than a paragraph that misses that block; None to keep the selection.

    A short selection that holds the lead is the model's own find (a brief of two sentences);
    replacing it cost a heldout brief its F1 of 1.0. Where the selection is empty or other
    text (a caption, a tag line, a menu's word), the lead is the better guess."""
    # Imported here: embedded.py imports this package's Located.
    from .embedded import units
    led = lead_region(raw, description, _vetoed(raw, hint), units)
    if led is None or (led & keep).any():
        return None
    return led


def _evidence(raw: list[RawBlock], keep: np.ndarray, proba: np.ndarray, units: np.ndarray,
              X: np.ndarray, fallback: bool) -> Evidence:
    # The compiled one reads the model's float32 scores and matrix (a stand-in model, as
    # bench.locator_oof's, may give float64 scores: the twin reads any).
    if _compiled_evidence is not None and _compiled_types(X, units, proba):
        return _compiled_evidence(raw, keep, proba, units, X, fallback)
    return _python_evidence(raw, keep, proba, units, X, fallback)


def _compiled_types(X: np.ndarray, units: np.ndarray, proba: np.ndarray | None = None) -> bool:
    """Whether the arrays have the types the compiled passes (_select.pyx) read."""
    return (X.dtype == np.float32 and units.dtype == np.float64 and units.flags.c_contiguous
            and (proba is None or proba.dtype == np.float32))


def _python_evidence(raw: list[RawBlock], keep: np.ndarray, proba: np.ndarray,
                     units: np.ndarray, X: np.ndarray, fallback: bool) -> Evidence:
    """The gate's evidence of the kept blocks: the reference of the compiled one
    (_select.pyx), which makes it in one loop, with numpy's pairwise sums, bit for bit."""
    kept = np.flatnonzero(keep)
    if not len(kept):
        return Evidence(0.0, 0.0, fallback, page_best=float(proba.max()))
    words = float(units[kept].sum())
    ends = X[:, ENDS_COLUMN] > 0
    # The per-word columns are shares of max(units, 1): weighted back by the same.
    per_word = np.maximum(units[kept], 1.0)
    chars = sum(len(raw[i].text) for i in kept)
    links = sum(raw[i].link_chars for i in kept)
    return Evidence(
        words=words,
        best=float(proba[kept].max()),
        fallback=fallback,
        mean=float((proba[kept] * units[kept]).sum() / max(words, 1e-9)),
        page_best=float(proba.max()),
        longest=float(units[kept].max()),
        share=words / max(float(units.sum()), 1e-9),
        link_density=links / max(chars, 1),
        blocks=len(kept),
        # Articles are sentences; the furniture a page keeps without one (teasers, menus,
        # captions, bylines) mostly is not.
        prose=float(units[kept][ends[kept]].sum() / max(words, 1e-9)),
        furniture=float(sum(units[i] for i in kept if _is_furniture(raw[i].container))
                        / max(words, 1e-9)),
        # Sentences inside the blocks, not only at their ends: a short article of a few
        # sentences whose last block ends on a colon or a link still reads as prose.
        stops=float((X[kept, STOPS_COLUMN] * per_word).sum() / max(words, 1e-9)),
        # The page's own most frequent words (its function words or particles, in any
        # language and script): prose is made of them, menus and teasers' headlines less.
        frequent=float((X[kept, FREQUENT_COLUMN] * per_word).sum() / max(words, 1e-9)),
    )


def _is_furniture(c: Container) -> bool:
    near = c.own_bits | (c.parent.own_bits if c.parent is not None else 0)
    if near & _FURNITURE_NAME_BITS:
        return True
    return _in_furniture_tag(c)


def _in_furniture_tag(c: Container) -> bool:
    if not c.bits & _FURNITURE_TAG_BITS:
        return False
    # The nearest sectioning element decides: an <article> or <main> inside a <nav> or an
    # <aside> (a menu or a sidebar left unclosed, so that the parser nests the rest of the
    # page in it) holds the article, not furniture.
    node: Container | None = c
    while node is not None:
        if node.tag in _FURNITURE_TAGS:
            return True
        if node.tag in _CONTENT_TAGS:
            return False
        node = node.parent
    return False


def _opening(raw: list[RawBlock], keep: np.ndarray) -> list[str]:
    kept = np.flatnonzero(keep)
    first = int(kept[0]) if len(kept) else len(raw)
    start = max(0, first - _OPENING_BLOCKS)
    return [b.text for b in raw[start:first + _OPENING_BLOCKS]
            if len(b.text) <= _OPENING_MAX_CHARS]


def _fallback_region(raw: list[RawBlock], proba: np.ndarray, vetoed: np.ndarray,
                     units: np.ndarray) -> np.ndarray:
    """When almost nothing clears the threshold, the container the model likes best.

    Short posts and odd layouts leave every block below the threshold; an empty answer
    loses the whole page, while the best-scoring container, with the blocks in it that
    score near its best, is most often the article. Each container scores the sum over
    its blocks of (score - cut) x words: likely blocks add, unlikely ones subtract, so the
    page root (all blocks) loses to the tight container around the article.
    """
    cut = _FALLBACK_SHARE_OF_BEST * float(proba.max())
    totals: dict[int, float] = {}
    containers: dict[int, object] = {}
    for b, p, v, u in zip(raw, proba, vetoed, units, strict=True):
        if v:
            continue
        gain = (float(p) - cut) * max(float(u), 1.0)
        c = b.container
        while c is not None:
            key = id(c)
            totals[key] = totals.get(key, 0.0) + gain
            containers[key] = c
            c = c.parent
    if not totals:
        return np.zeros(len(raw), dtype=bool)
    best = containers[max(totals, key=totals.__getitem__)]
    keep = np.zeros(len(raw), dtype=bool)
    for i, b in enumerate(raw):
        if vetoed[i] or proba[i] < cut / 2:
            continue
        if b.link_chars / max(len(b.text), 1) >= _LINKS_REASON_DENSITY:
            continue
        keep[i] = inside(b.container, best)
    return keep


def _vetoed(raw: list[RawBlock], hint: str | None) -> np.ndarray:
    out = np.zeros(len(raw), dtype=bool)
    for i, b in enumerate(raw):
        if b.container.own_bits & _VETO_BITS:
            out[i] = True
    if hint:
        # The page's own JSON-LD body overrules names: it lists what the article says.
        for i in np.flatnonzero(out):
            if raw[i].text[:80] in hint:
                out[i] = False
    return out


def _drop_furniture_beside_prose(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                                 units: np.ndarray) -> np.ndarray:
    """The kept blocks without those in furniture's containers, when the kept blocks
    outside them hold a paragraph of prose (see _AWAY_NAME_COLUMNS)."""
    if _compiled_furniture is not None and _compiled_types(X, units):
        return _compiled_furniture(raw, X, keep, units)
    return _python_drop_furniture_beside_prose(raw, X, keep, units)


def _python_drop_furniture_beside_prose(raw: list[RawBlock], X: np.ndarray,
                                        keep: np.ndarray, units: np.ndarray) -> np.ndarray:
    """_drop_furniture_beside_prose with numpy: the reference of the compiled one
    (_select.pyx)."""
    away = X[:, _AWAY_NAME_COLUMNS].any(axis=1)
    # Inside a <footer>, <aside> or <nav> only when no <article> or <main> is nearer (a
    # menu left unclosed nests the rest of the page in it).
    for i in np.flatnonzero(keep & ~away & X[:, _AWAY_TAG_COLUMNS].any(axis=1)):
        away[i] = _in_furniture_tag(raw[i].container)
    if not (keep & away).any():
        return keep
    if not (keep & ~away & prose_blocks(X, units)).any():
        return keep
    return keep & ~away


def _fill_gaps(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray, likely: np.ndarray,
               vetoed: np.ndarray) -> np.ndarray:
    """The kept blocks with the blocks between them: a block with few links, `likely`
    (see _GAP_SHARE), in a gap of at most _MAX_GAP blocks between two kept blocks and in
    the container of one of them, or a sibling of it (_together)."""
    kept = np.flatnonzero(keep)
    if len(kept) < 2:
        return keep
    # The candidates first: most pages have none, and then no gap is looked at.
    candidates = np.flatnonzero(likely & ~keep & ~vetoed
                                & (X[:, _LINK_COLUMN] < _LINKS_REASON_DENSITY))
    if not len(candidates):
        return keep
    # Each candidate's nearest kept blocks before and after it.
    at = np.searchsorted(kept, candidates)
    out = keep.copy()
    for i, k in zip(candidates.tolist(), at.tolist(), strict=True):
        if k == 0 or k == len(kept):
            continue
        before, after = int(kept[k - 1]), int(kept[k])
        if after - before - 1 > _MAX_GAP:
            continue
        out[i] = (_together(raw[i].container, raw[before].container)
                  or _together(raw[i].container, raw[after].container))
    return out


def _together(a: Container, b: Container) -> bool:
    """Whether two blocks' containers are one, or siblings (two <p> of one body)."""
    return a is b or (a.parent is not None and a.parent is b.parent)


def _drop_orphan_headings(raw: list[RawBlock], keep: np.ndarray,
                          prose: np.ndarray | None = None) -> np.ndarray:
    """A heading is kept only when article text follows it before the next heading of its
    rank or above: headings of related-story lists and sidebars are otherwise the most
    common noise. A heading followed by a lower-ranked one (a standfirst set as h2 above an
    h3 subhead) stays when article text follows that one. A block that `prose` marks (a
    paragraph set in a heading tag, _HEADING_PROSE_UNITS) is article text, not a heading."""
    keep = keep.copy()
    kept = np.flatnonzero(keep)
    # Walked from the end: text_after[r] says whether article text follows, before the
    # next kept heading of rank r or above (h1 is rank 1).
    text_after = [False] * 7
    for i in kept[::-1]:
        level = raw[i].in_heading
        if not level or (prose is not None and prose[i]):
            text_after = [True] * 7
            continue
        keep[i] = text_after[level]
        # For a heading above this one, of this rank or below, this one ends its section.
        for rank in range(level, 7):
            text_after[rank] = False
    return keep


def _drop_link_labels(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                      units: np.ndarray) -> np.ndarray:
    """The kept blocks without the labels of dropped lists of links (see _LABEL_UNITS); a
    heading is left to _drop_orphan_headings."""
    labels = np.flatnonzero(keep[:-1] & ~keep[1:] & (units[:-1] <= _LABEL_UNITS)
                            & (X[:-1, STOPS_COLUMN] == 0)
                            & (X[1:, _LINK_COLUMN] >= _LINKS_REASON_DENSITY))
    if not len(labels):
        return keep
    out = keep.copy()
    for i in labels.tolist():
        out[i] = bool(raw[i].in_heading)
    if not (out & (X[:, STOPS_COLUMN] > 0)).any():
        # No sentence is left beside them: the short blocks are the article (a brief, a
        # notice), not the labels of an article's lists.
        return keep
    return out


def _to_block(b: RawBlock, spans: tuple[Span, ...] = ()) -> Block:
    if b.in_pre:
        return Block(CODE, b.text)
    if b.in_heading:
        return Block(HEADING, b.text, level=b.in_heading, spans=spans)
    if b.in_quote:
        return Block(QUOTE, b.text, spans=spans)
    if b.in_list:
        return Block(LIST_ITEM, b.text, level=b.in_list, ordered=b.ordered, spans=spans)
    return Block(PARAGRAPH, b.text, spans=spans)


def _explain(raw: list[RawBlock], keep: np.ndarray, proba: np.ndarray,
             led: np.ndarray | None = None) -> list[Decision]:
    out = []
    kept_reason = "article" if led is None else "article (from the page's description)"
    for b, k, p in zip(raw, keep, proba, strict=True):
        reason = kept_reason if k else _drop_reason(b, float(p))
        out.append(Decision(text=b.text, kept=bool(k), reason=reason, tag=b.tag,
                            path=_path(b.element)))
    return out


def _drop_reason(b: RawBlock, p: float) -> str:
    bits = b.container.bits
    for bit, reason in _REASON_BITS:
        if bits & bit:
            return reason
    if b.link_chars / max(len(b.text), 1) >= _LINKS_REASON_DENSITY:
        return "links"
    if b.in_heading:
        return "heading without article text"
    return "boilerplate" if p < 0.2 else "low article score"


def _path(el: etree._Element) -> str:
    parts = []
    node: etree._Element | None = el
    while node is not None and isinstance(node.tag, str):
        ident = node.get("id")
        parts.append(f"{node.tag}#{ident}" if ident else node.tag)
        node = node.getparent()
    return "/".join(reversed(parts))


# The evidence and the furniture's drop compiled (locate/_select.pyx), when the extension
# was built at install; imported last, as it reads this module's constants.
try:
    from ._select import drop_furniture_beside_prose as _compiled_furniture
    from ._select import evidence as _compiled_evidence
except ImportError:  # installed without a C compiler: the twins give the same results
    _compiled_furniture = None
    _compiled_evidence = None
