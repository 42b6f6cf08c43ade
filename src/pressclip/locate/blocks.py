"""Pass 2 of the locator: cut the cleaned DOM into text blocks.

A block is the run of inline text owned by one block-level element (a paragraph, a cell, a
list item, the loose text of a div between two child blocks). Two consecutive <br> also end
a block, because pages from before CSS separate paragraphs that way.

The walk is one iterative pass over start/end events: no recursion (a page nested 10,000
deep costs time, never the stack), and every statistic a feature needs about a block's
containers is summed on the way out, so features never walk the tree again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree, html

# Elements that start a new block. Anything else is inline and joins the current block.
BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p
    pre section summary table tbody td tfoot th thead tr ul caption""".split()
)

# Class and id tokens, grouped by what they say about a container. A block inherits the
# flags of all its ancestors. Matched on word pieces (after splitting on -, _ and camel
# case) so "article-body", "articleBody" and "js-article__body" all count.
FLAG_WORDS: dict[str, tuple[str, ...]] = {
    "nav": ("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
            "pagination", "pager", "skip", "topbar", "masthead"),
    "footer": ("footer", "foot", "copyright", "legal", "colophon"),
    "header": ("header", "head", "banner", "branding", "logo"),
    "side": ("sidebar", "side", "aside", "rail", "widget", "widgets", "column", "col"),
    "comment": ("comment", "comments", "disqus", "reply", "replies", "respond",
                "discussion", "reactions"),
    "share": ("share", "sharing", "social", "facebook", "twitter", "whatsapp", "email",
              "print", "tools", "toolbar", "follow"),
    "related": ("related", "recommended", "recommend", "more", "read", "also", "popular",
                "trending", "most", "teaser", "teasers", "outbrain", "taboola", "next",
                "prev", "previous", "links", "list", "feed", "latest"),
    "ad": ("ad", "ads", "advert", "advertisement", "adv", "advertising", "sponsor",
           "sponsored", "promo", "promoted", "promotion", "commercial", "banner", "dfp",
           "gpt", "partner", "marketing", "affiliate", "pub", "publicite"),
    "newsletter": ("newsletter", "subscribe", "subscription", "signup", "register",
                   "paywall", "donate", "donation", "support", "membership", "cta"),
    "cookie": ("cookie", "cookies", "consent", "gdpr", "privacy", "modal", "popup",
               "overlay", "dialog"),
    "meta": ("byline", "author", "authors", "date", "time", "meta", "dateline", "info",
             "published", "timestamp", "tags", "tag", "category", "categories", "keywords",
             "topics", "label"),
    "caption": ("caption", "credit", "credits", "figure", "photo", "image", "img", "media",
                "gallery", "slideshow", "video", "thumb", "thumbnail"),
    "content": ("article", "content", "body", "story", "post", "entry", "text", "main",
                "blog", "news", "detail", "prose", "richtext", "paragraph", "copy"),
    "hidden": ("hidden", "hide", "invisible", "offscreen", "visually", "sr", "screen"),
}
FLAG_NAMES = tuple(FLAG_WORDS)
_FLAG_BIT = {name: 1 << i for i, name in enumerate(FLAG_NAMES)}
_WORD_BITS: dict[str, int] = {}
for _name, _words in FLAG_WORDS.items():
    for _word in _words:
        _WORD_BITS[_word] = _WORD_BITS.get(_word, 0) | _FLAG_BIT[_name]

# Semantic HTML containers, tracked as flags of their own.
TAG_FLAGS = ("article", "main", "nav", "footer", "aside", "header", "form", "table", "li",
             "figure", "blockquote")
_TAG_BIT = {name: 1 << (len(FLAG_NAMES) + i) for i, name in enumerate(TAG_FLAGS)}

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WS = re.compile(r"\s+")


def _attr_bits(el: html.HtmlElement) -> int:
    cls = el.get("class")
    ident = el.get("id")
    role = el.get("role")
    if not (cls or ident or role):
        return 0
    raw = " ".join(v for v in (cls, ident, role) if v)
    raw = _CAMEL.sub(r"\1 \2", raw).lower()
    bits = 0
    for token in _TOKEN_SPLIT.split(raw):
        if token:
            bits |= _WORD_BITS.get(token, 0)
    if role == "navigation":
        bits |= _FLAG_BIT["nav"]
    return bits


@dataclass(slots=True)
class Container:
    """A block-level element, with totals over its subtree filled when the walk leaves it."""

    tag: str
    depth: int
    bits: int
    parent: Container | None
    chars: int = 0
    link_chars: int = 0
    blocks: int = 0
    p_blocks: int = 0


@dataclass(slots=True)
class RawBlock:
    text: str
    link_chars: int
    tag: str
    container: Container
    element: html.HtmlElement
    index: int = 0
    chars_before: int = 0
    in_heading: int = 0
    in_list: int = 0
    in_quote: bool = False
    in_pre: bool = False
    ordered: bool = False
    bold_chars: int = 0
    extra: dict = field(default_factory=dict)


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD = frozenset(("b", "strong"))


class _Walker:
    """State of one segmentation walk; lives only for the duration of segment()."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.bold_chars = 0
        self.link_depth = 0
        self.bold_depth = 0
        self.pending_br = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        self.parts.append(text)
        if self.link_depth:
            self.link_chars += len(text)
        if self.bold_depth:
            self.bold_chars += len(text)
        if not text.isspace():
            self.pending_br = 0

    def flush(self, container: Container, element: html.HtmlElement) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        link_chars, bold_chars = self.link_chars, self.bold_chars
        self.link_chars = self.bold_chars = 0
        text = _WS.sub(" ", raw).strip()
        if not text:
            return
        block = RawBlock(
            text=text,
            link_chars=min(link_chars, len(text)),
            tag=container.tag,
            container=container,
            element=element,
            bold_chars=min(bold_chars, len(text)),
        )
        self.blocks.append(block)
        # Totals climb to every ancestor container now, so features need no second walk.
        n = len(text)
        lc = block.link_chars
        is_p = container.tag == "p"
        c: Container | None = container
        while c is not None:
            c.chars += n
            c.link_chars += lc
            c.blocks += 1
            c.p_blocks += is_p
            c = c.parent


def segment(root: html.HtmlElement) -> list[RawBlock]:
    """The text blocks of a cleaned tree, in document order."""
    walker = _Walker()
    top = Container(tag="root", depth=0, bits=0, parent=None)
    stack: list[tuple[Container, html.HtmlElement]] = [(top, root)]
    heading = 0
    list_depth = 0
    quote_depth = 0
    pre_depth = 0
    ordered_stack: list[bool] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        container, owner = stack[-1]
        if event == "start":
            if tag in BLOCK_TAGS:
                _flush_marked(walker, container, owner, heading, list_depth, quote_depth,
                              pre_depth, ordered_stack)
                bits = container.bits | _attr_bits(el) | _TAG_BIT.get(tag, 0)
                child = Container(tag=tag, depth=container.depth + 1, bits=bits,
                                  parent=container)
                stack.append((child, el))
                if tag in _HEADINGS:
                    heading = _HEADINGS[tag]
                elif tag in ("ul", "ol"):
                    ordered_stack.append(tag == "ol")
                elif tag == "li":
                    list_depth += 1
                elif tag == "blockquote":
                    quote_depth += 1
                elif tag == "pre":
                    pre_depth += 1
                walker.add(el.text)
            else:
                if tag == "br":
                    walker.pending_br += 1
                    if walker.pending_br >= 2:
                        _flush_marked(walker, container, owner, heading, list_depth,
                                      quote_depth, pre_depth, ordered_stack)
                    else:
                        walker.parts.append("\n")
                    walker.add(el.tail)
                    continue
                if tag == "a":
                    walker.link_depth += 1
                elif tag in _BOLD:
                    walker.bold_depth += 1
                walker.add(el.text)
        else:
            if tag in BLOCK_TAGS:
                _flush_marked(walker, container, owner, heading, list_depth, quote_depth,
                              pre_depth, ordered_stack)
                stack.pop()
                if tag in _HEADINGS:
                    heading = 0
                elif tag in ("ul", "ol"):
                    if ordered_stack:
                        ordered_stack.pop()
                elif tag == "li":
                    list_depth -= 1
                elif tag == "blockquote":
                    quote_depth -= 1
                elif tag == "pre":
                    pre_depth -= 1
                walker.add(el.tail)
            elif tag != "br":
                if tag == "a":
                    walker.link_depth -= 1
                elif tag in _BOLD:
                    walker.bold_depth -= 1
                walker.add(el.tail)
    _flush_marked(walker, top, root, 0, 0, 0, 0, [])
    chars = 0
    for i, block in enumerate(walker.blocks):
        block.index = i
        block.chars_before = chars
        chars += len(block.text)
    return walker.blocks


def _flush_marked(
    walker: _Walker,
    container: Container,
    owner: html.HtmlElement,
    heading: int,
    list_depth: int,
    quote_depth: int,
    pre_depth: int,
    ordered_stack: list[bool],
) -> None:
    before = len(walker.blocks)
    walker.flush(container, owner)
    if len(walker.blocks) > before:
        block = walker.blocks[-1]
        block.in_heading = heading
        block.in_list = list_depth
        block.in_quote = quote_depth > 0
        block.in_pre = pre_depth > 0
        block.ordered = bool(ordered_stack and ordered_stack[-1])


def flag(name: str) -> int:
    """The bit of a class/id flag or a semantic-tag flag, for features and explain mode."""
    return _FLAG_BIT.get(name) or _TAG_BIT[name]
