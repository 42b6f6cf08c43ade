"""Locate the article in a cleaned page: segment, describe, score, select.

The passes, in order (each in its own module):
  blocks.segment      cut the DOM into text blocks with their containers' totals
  features.build      describe each block by numbers (text, links, prose, containers, neighbours)
  model.load_model    score each block with the shipped tree ensembles (two stages)
  select (here)       keep the article's blocks, turn them into typed record blocks
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from lxml import etree

from ..record import CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Block, Decision
from .blocks import RawBlock, flag, segment
from .features import WORDS_COLUMN, build_matrix, container_groups
from .model import load_model

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
# Blocks around the article's first kept block that may hold its dateline.
_OPENING_BLOCKS = 15
_OPENING_MAX_CHARS = 120
# Below this many words the selection is taken for a miss and the fallback region decides.
_MIN_ARTICLE_WORDS = 25
# The fallback keeps blocks scoring at least this share of the page's best block.
_FALLBACK_SHARE_OF_BEST = 0.5
# No article: fewer word units than _NO_ARTICLE_WORDS kept, or, when nothing cleared the
# threshold, the fallback region's best block scoring under _NO_ARTICLE_FALLBACK_SCORE.
# Chosen on the train split's pages whole and with their article cut out
# (`python -m bench.no_article --split train --evidence --limit 400`: 1,370 article and 1,344
# no-article pages; a missed article weighs 20 false bodies, because it loses a whole page
# of body): 28 article pages given none and 296 no-article pages given a body, against 0 and
# 1,344 without the cuts. A cut on the best kept block's score helped nowhere on the grid.
_NO_ARTICLE_WORDS = 10.0
_NO_ARTICLE_SCORE = 0.0
_NO_ARTICLE_FALLBACK_SCORE = 0.6


@dataclass(frozen=True, slots=True)
class Located:
    blocks: list[Block]
    # Short texts the page shows before the article (datelines, "5 hours ago", kickers):
    # not article, but where relative publication dates are written.
    opening: list[str]
    decisions: list[Decision] | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """How much article the selection holds and how sure the model is of it."""

    words: float  # script-aware word units of the kept blocks
    best: float  # the highest score among them
    fallback: bool  # nothing cleared the threshold: the best region was taken instead

    def is_article(self) -> bool:
        """False for a page of furniture: menus, a notice, a list of links, teasers."""
        if self.words < _NO_ARTICLE_WORDS:
            return False
        return self.best >= (_NO_ARTICLE_FALLBACK_SCORE if self.fallback else _NO_ARTICLE_SCORE)


def locate_article(
    root: etree._Element, article_body_hint: str | None = None, explain: bool = False,
    threshold_shift: float = 0.0,
) -> Located:
    """The article's blocks from a cleaned tree, and with explain=True a decision per block.

    A page without an article (only menus, a footer, a consent notice, links, teasers)
    gives no blocks. `threshold_shift` moves the keep threshold (options.LOCATOR_SHIFTS)."""
    raw, keep, proba, evidence = select(root, article_body_hint, threshold_shift)
    if raw and not evidence.is_article():
        keep = np.zeros(len(raw), dtype=bool)
    blocks = [_to_block(b) for b, k in zip(raw, keep, strict=True) if k]
    decisions = _explain(raw, keep, proba) if explain else None
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
    X = build_matrix(raw, article_body_hint)
    proba = model.predict_proba(X, container_groups(raw))
    # Words in script-aware units (features.py): a Japanese paragraph counts as prose too.
    units = np.expm1(X[:, WORDS_COLUMN].astype(np.float64))
    vetoed = _vetoed(raw, article_body_hint)
    keep = (proba >= model.threshold_keep + threshold_shift) & ~vetoed
    keep = _drop_orphan_headings(raw, keep)
    fallback = bool(units[keep].sum() < _MIN_ARTICLE_WORDS)
    if fallback:
        keep = _fallback_region(raw, proba, vetoed, units)
    best = float(proba[keep].max()) if keep.any() else 0.0
    return raw, keep, proba, Evidence(float(units[keep].sum()), best, fallback)


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
        c = b.container
        while c is not None and c is not best:
            c = c.parent
        keep[i] = c is best
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


def _drop_orphan_headings(raw: list[RawBlock], keep: np.ndarray) -> np.ndarray:
    """A heading is kept only when article text follows it before the next heading:
    headings of related-story lists and sidebars are otherwise the most common noise."""
    keep = keep.copy()
    kept = np.flatnonzero(keep)
    for pos, i in enumerate(kept):
        if not raw[i].in_heading:
            continue
        nxt = kept[pos + 1] if pos + 1 < len(kept) else None
        if nxt is None or raw[nxt].in_heading:
            keep[i] = False
    return keep


def _to_block(b: RawBlock) -> Block:
    if b.in_pre:
        return Block(CODE, b.text)
    if b.in_heading:
        return Block(HEADING, b.text, level=b.in_heading)
    if b.in_quote:
        return Block(QUOTE, b.text)
    if b.in_list:
        return Block(LIST_ITEM, b.text, level=b.in_list, ordered=b.ordered)
    return Block(PARAGRAPH, b.text)


def _explain(raw: list[RawBlock], keep: np.ndarray, proba: np.ndarray) -> list[Decision]:
    out = []
    for b, k, p in zip(raw, keep, proba, strict=True):
        reason = "article" if k else _drop_reason(b, float(p))
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
