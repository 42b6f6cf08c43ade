"""The article's structure, after location: data tables, figures, links and emphasis.

A cheap pass over the blocks the locator kept, which reads each one's owner element back
in the tree (the hot walk is left alone):
  tables    a data table (tables.py) between two kept blocks of the article, or one the
            locator kept half of, becomes one TABLE block, its cells read from the tree (the
            model, which scores blocks one by one, drops short cells); a layout table stays
            as the locator cut it
  figures   a picture figure (figures.py) inside the article, or holding a kept block,
            becomes a FIGURE block; its caption and credit leave the text
  spans     links and emphasis of each kept block (spans.py)

After the passes that trim the body (edges, credits), `finish` resolves links and picture
addresses against the page's URL, and lists the record's `images` (the lead image first)
and `links`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import numpy as np
from lxml import etree

from ..record import FIGURE, LINK, PARAGRAPH, Block, Decision, Image, Link, Span
from .blocks import RawBlock, flag
from .figures import figure_image, is_furniture, is_picture_figure
from .spans import InlineMarks
from .tables import is_data_table, table_block

_TABLE_BIT = flag("table")
_FIGURE_BIT = flag("figure")
_SHAPED_BITS = _TABLE_BIT | _FIGURE_BIT
# The article's element: the deepest one that holds this share of the kept text. Above one
# half, the elements that qualify are nested in one another, so the deepest is unique.
_ARTICLE_SHARE = 0.6
# A data table is taken whole when the locator kept at least this share of its text.
_TABLE_KEPT_SHARE = 0.5
_CAPTION_REASON = "figure caption (in images)"
_FIGURE_REASON = "figure (picture, caption and credit in images)"
_WEB_SCHEMES = ("http", "https")
_ABSOLUTE_WEB = re.compile(r"https?://[^\s/?#@\\]+(?:[/?#][^\s]*)?\Z", re.IGNORECASE)


@dataclass(slots=True)
class Shape:
    """What the pass changes, by the index of the page's raw blocks."""

    # Raw index of a table's first block -> the blocks standing for the whole table.
    tables: dict[int, list[Block]] = field(default_factory=dict)
    # Raw index -> why it left the body (a caption), or None when a table holds it.
    absorbed: dict[int, str | None] = field(default_factory=dict)
    # (raw index the figure stands before, the FIGURE block), in reading order.
    figures: list[tuple[int, Block]] = field(default_factory=list)

    def blocks(self, raw: list[RawBlock], keep: np.ndarray,
               to_block: Callable[[RawBlock, tuple[Span, ...]], Block]) -> list[Block]:
        """The located blocks: tables whole, figures in place, captions out, and the links
        and emphasis of each (code keeps its text as it is). `to_block` makes a block
        with its spans."""
        figures = self._figures_at()
        marks = InlineMarks()
        out: list[Block] = []
        kept = set(np.flatnonzero(keep).tolist())
        # Only the raw blocks where something stands are visited, in order: a page's
        # kept blocks are a small part of its blocks.
        for i in sorted(kept.union(self.tables, figures)):
            if figures:
                out.extend(figures.get(i, ()))
            if i in self.tables:
                out.extend(self.tables[i])
            elif i in kept and i not in self.absorbed:
                b = raw[i]
                out.append(to_block(b, () if b.in_pre else marks.spans(b.element, b.text)))
        return out

    def _figures_at(self) -> dict[int, list[Block]]:
        at: dict[int, list[Block]] = {}
        for i, block in self.figures:
            at.setdefault(i, []).append(block)
        return at

    def explain(self, decisions: list[Decision]) -> list[Decision]:
        """The locator's decisions (one a raw block) made to follow the shaped blocks: a
        table is one kept decision, a figure one more, its caption dropped into `images`."""
        figures = self._figures_at()
        out: list[Decision] = []
        for i, decision in enumerate(decisions):
            out.extend(Decision(text="", kept=True, reason=_FIGURE_REASON, tag="figure",
                                path=decision.path) for _ in figures.get(i, ()))
            if i in self.tables:
                out.extend(Decision(text=b.text, kept=True, reason="article",
                                    tag="table" if b.rows else "caption", path=decision.path)
                           for b in self.tables[i])
            elif i in self.absorbed:
                reason = self.absorbed[i]
                if reason is not None:
                    out.append(replace(decision, kept=False, reason=reason))
            else:
                out.append(decision)
        return out


def shape(raw: list[RawBlock], keep: np.ndarray) -> Shape:
    """Tables and figures of the article, from the blocks the locator keeps."""
    result = Shape()
    kept = np.flatnonzero(keep).tolist()
    if not kept:
        return result
    # The blocks in a table or a figure, found once for both passes.
    marked = [i for i, b in enumerate(raw) if b.container.bits & _SHAPED_BITS]
    # A figure without a caption leaves no block: the tree is asked, in one C-level scan.
    if not any(raw[i].container.bits & _TABLE_BIT for i in marked) and \
            next(raw[0].element.getroottree().iter("figure"), None) is None:
        return result  # no table, no figure: nothing to shape
    article = _article_element(raw, kept)
    _tables(raw, marked, kept, article, result)
    _figures(raw, marked, kept, article, result)
    return result


def _tables(raw: list[RawBlock], marked: list[int], kept: list[int],
            article: etree._Element | None, result: Shape) -> None:
    """Data tables the locator kept at least half of, and those it dropped between two of
    its blocks inside the article (short cells score low, alone)."""
    inside = _blocks_by(raw, marked, _TABLE_BIT, "table")
    if not inside:
        return
    kept_set = set(kept)
    chosen = []
    for table, indexes in inside.items():
        if (article is not None and kept[0] < indexes[0] and indexes[-1] < kept[-1]
                and _inside(table, article) and not is_furniture(table, article)):
            chosen.append(table)
            continue
        # Elsewhere, a few cells kept out of a widget (a calendar, a weather box) do not
        # bring the whole of it.
        kept_chars = sum(len(raw[j].text) for j in indexes if j in kept_set)
        if kept_chars and \
                kept_chars >= _TABLE_KEPT_SHARE * sum(len(raw[j].text) for j in indexes):
            chosen.append(table)
    for table in chosen:
        if not is_data_table(table):
            continue
        indexes = inside[table]
        blocks: list[Block] = []
        caption = next((c for c in table if c.tag == "caption"), None)
        if caption is not None:
            text = " ".join("".join(caption.itertext()).split())
            if text:
                blocks.append(Block(PARAGRAPH, text))
        block = table_block(table)
        if block is not None:
            blocks.append(block)
        for j in range(indexes[0], indexes[-1] + 1):
            result.absorbed[j] = None
        if blocks:
            result.tables[indexes[0]] = blocks
            del result.absorbed[indexes[0]]


def _blocks_by(raw: list[RawBlock], marked: list[int], bit: int, tag: str
               ) -> dict[etree._Element, list[int]]:
    """Raw blocks inside a `tag` element (their container has its flag), by the nearest
    such element, in order; `marked` holds every block inside a table or a figure."""
    out: dict[etree._Element, list[int]] = {}
    memo: dict[etree._Element, etree._Element | None] = {}
    for i in marked:
        b = raw[i]
        if b.container.bits & bit:
            element = _nearest(b.element, tag, memo)
            if element is not None:
                out.setdefault(element, []).append(i)
    return out


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _figures(raw: list[RawBlock], marked: list[int], kept: list[int],
             article: etree._Element | None, result: Shape) -> None:
    # Raw blocks inside figures (captions, mostly), by their figure.
    inside = _blocks_by(raw, marked, _FIGURE_BIT, "figure")
    kept_set = set(kept)
    chosen: dict[etree._Element, int] = {}  # figure -> raw index it stands before
    for figure, indexes in inside.items():
        if any(i in kept_set and i not in result.absorbed for i in indexes):
            chosen[figure] = indexes[0]
    if article is not None:
        order: dict[etree._Element, int] | None = None
        for figure in article.iter("figure"):
            if figure in chosen or is_furniture(figure, article):
                continue
            if figure in inside:
                at = inside[figure][0]
            else:
                if order is None:
                    order = {el: n for n, el in enumerate(article.iter())}
                at = _anchor(raw, kept, order, order[figure])
            # Figures after the article's last block are teasers of other stories.
            if at is not None and at <= kept[-1]:
                chosen[figure] = at
    for figure, at in sorted(chosen.items(), key=lambda item: item[1]):
        if not is_picture_figure(figure):
            continue
        indexes = inside.get(figure, [])
        if any(result.absorbed.get(i, "") is None for i in indexes):
            continue  # the figure sits in a table taken whole
        image = figure_image(figure)
        if image is None:
            continue
        for i in indexes:
            result.absorbed[i] = _CAPTION_REASON
        result.figures.append((at, Block(FIGURE, "", image=image)))


def _anchor(raw: list[RawBlock], kept: list[int], order: dict[etree._Element, int],
            position: int) -> int | None:
    """The raw index of the first kept block after the element at `position` (in the
    article element's document order); None when no kept block follows it there."""
    for i in kept:
        at = order.get(raw[i].element)
        if at is not None and at > position:
            return i
    return None


def _article_element(raw: list[RawBlock], kept: list[int]) -> etree._Element | None:
    """The element around the article: above the deepest one that holds most of the kept
    text."""
    elements = [raw[i].element for i in kept]
    sizes = [len(raw[i].text) for i in kept]
    if _compiled_deepest is not None:
        deepest = _compiled_deepest(elements, sizes, _ARTICLE_SHARE)
    else:
        deepest = _python_deepest(elements, sizes, _ARTICLE_SHARE)
    if deepest is None:
        return None
    # The lead picture sits beside the text's container, under the article's header: the
    # page's <article> element around the text holds both, else the container's parent.
    enclosing = _nearest(deepest, "article", {})
    if enclosing is not None:
        return enclosing
    parent = deepest.getparent()
    return parent if parent is not None and parent.tag not in ("body", "html") else deepest


def _python_deepest(elements: list[etree._Element], sizes: list[int], share: float
                    ) -> etree._Element | None:
    """The deepest element that holds (itself or below) at least `share` of the sizes,
    `sizes[i]` standing at `elements[i]`: the compiled walk's twin (_walk.deepest_holding,
    which reads libxml2's parent pointers instead of making an element object for every
    ancestor; tests/test_structure.py holds the two to the same answer)."""
    parent: dict[etree._Element, etree._Element | None] = {}
    depth: dict[etree._Element, int] = {}
    chars: dict[etree._Element, int] = {}
    total = 0
    for el, size in zip(elements, sizes, strict=True):
        _climb(el, parent, depth)
        chars[el] = chars.get(el, 0) + size
        total += size
    if not total:
        return None
    # Each element's kept text is its own plus its children's: summed from the deepest up,
    # so a page costs the size of the paths, not blocks times depth.
    for el in sorted(depth, key=depth.__getitem__, reverse=True):
        up = parent[el]
        if up is not None:
            chars[up] = chars.get(up, 0) + chars.get(el, 0)
    qualified = [el for el, n in chars.items() if n >= share * total]
    return max(qualified, key=depth.__getitem__) if qualified else None


def _climb(el: etree._Element, parent: dict[etree._Element, etree._Element | None],
           depth: dict[etree._Element, int]) -> None:
    """Parents and depths of `el` and its ancestors, stopping at the first one known."""
    path = []
    node: etree._Element | None = el
    while node is not None and node not in depth:
        path.append(node)
        node = node.getparent()
    level = -1 if node is None else depth[node]
    for child in reversed(path):
        level += 1
        parent[child] = node
        depth[child] = level
        node = child


def _nearest(el: etree._Element, tag: str, memo: dict[etree._Element, etree._Element | None]
             ) -> etree._Element | None:
    """The nearest `tag` element at or above `el`; `memo` keeps the answers on the way, so
    that many blocks under one container climb its ancestors once."""
    path = []
    node: etree._Element | None = el
    found = None
    while node is not None:
        if node in memo:
            found = memo[node]
            break
        if node.tag == tag:
            found = memo[node] = node
            break
        path.append(node)
        node = node.getparent()
    for passed in path:
        memo[passed] = found
    return found


# ---------------------------------------------------------------- after the body's passes


@dataclass(frozen=True, slots=True)
class Finished:
    blocks: list[Block]
    images: list[Image]
    links: list[Link]


def finish(blocks: list[Block], base: str | None, lead_image: str | None) -> Finished:
    """The body with every address absolute (links that are not http(s) lose their link),
    and the record's `images` (the lead image first) and `links`."""
    out = [_resolved(b, base) for b in blocks]
    return Finished(out, _images(out, lead_image), _links(out))


def _absolute(url: str | None, base: str | None) -> str | None:
    """An absolute http(s) address, or None (javascript:, data:, mailto: and the like)."""
    if not url:
        return None
    if _ABSOLUTE_WEB.match(url):
        return url  # already absolute (most links): no parse needed
    try:
        url = urljoin(base, url.strip()) if base else url.strip()
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not parts.netloc:
        return None
    return url


def _resolved(block: Block, base: str | None) -> Block:
    """The block with its addresses absolute; the block itself (frozen, so the same value)
    when none changes, which is most linked blocks of a modern page: dataclasses.replace
    reads the class's fields again on every call."""
    if block.image is not None:
        url = _absolute(block.image.url, base)
        if url == block.image.url:
            return block
        return replace(block, image=replace(block.image, url=url))
    if not any(s.kind == LINK for s in block.spans):
        return block
    spans = []
    changed = False
    for span in block.spans:
        if span.kind == LINK:
            url = _absolute(span.url, base)
            if url is None:
                changed = True
                continue
            if url != span.url:
                # Built, not copied with dataclasses.replace (a modern page has a dozen
                # links or more).
                span = Span(span.start, span.end, span.kind, url)
                changed = True
        spans.append(span)
    return replace(block, spans=tuple(spans)) if changed else block


def _images(blocks: list[Block], lead_image: str | None) -> list[Image]:
    """The lead image first, then each figure's picture once; a figure showing the lead
    image gives it its alt text, caption and credit."""
    figures = [b.image for b in blocks if b.image is not None]
    out: list[Image] = []
    if lead_image:
        same = next((f for f in figures if f.url and _same_picture(f.url, lead_image)), None)
        out.append(replace(same, url=lead_image) if same else Image(url=lead_image))
        if same is not None:
            figures = [f for f in figures if f is not same]
    seen = {i.url for i in out}
    for image in figures:
        if image.url is None or image.url not in seen:
            out.append(image)
            seen.add(image.url)
    return out


def _same_picture(a: str, b: str) -> bool:
    """The same address, but for the query (sizes and crops of one picture)."""
    return a.split("?", 1)[0] == b.split("?", 1)[0]


def _links(blocks: list[Block]) -> list[Link]:
    out = []
    for block in blocks:
        for span in block.spans:
            if span.kind == LINK and span.url:
                text = block.text[span.start:span.end]
                out.append(Link(url=span.url, text=text))
    return out


# The climb compiled (locate/_walk.pyx), when the extension was built at install.
try:
    from ._walk import deepest_holding as _compiled_deepest
except ImportError:  # installed without a C compiler: the twin gives the same element
    _compiled_deepest = None
