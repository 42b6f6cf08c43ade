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
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

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
    # Not "col" nor "column": they name the cells of a layout grid ("col-md-8"), the main
    # column as much as the side one, and an opinion column is an article.
    "side": ("sidebar", "side", "aside", "rail", "widget", "widgets"),
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
NAV_BIT = _FLAG_BIT["nav"]
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")


def attribute_bits(cls: str | None, ident: str | None, role: str | None) -> int:
    """The flags said by an element's class, id and role (each None when absent)."""
    bits = 0
    for value in (cls, ident, role):
        if value:
            bits |= value_bits(value)
    if role == "navigation":
        bits |= NAV_BIT
    return bits


# Class names repeat all over a page and across pages of a site: memoising the tokenising
# pays for itself many times. Each value is read alone (the words of "a b" are those of "a"
# and "b"): an element's class recurs with other ids, where the three together would not.
# The cache is bounded and holds only pure results.
@lru_cache(maxsize=65536)
def value_bits(value: str) -> int:
    """The flags said by one class, id or role value."""
    if not value.islower():  # only a value with capitals can have camel-case pieces
        value = _CAMEL.sub(r"\1 \2", value)
    bits = 0
    for token in _TOKEN_SPLIT.split(value.lower()):
        if token:
            bits |= _WORD_BITS.get(token, 0)
    return bits


@dataclass(slots=True)
class Container:
    """A block-level element, with totals over its subtree filled when the walk leaves it.

    What a block needs to know about its place (heading level, list depth, inside a quote
    or pre) is inherited down the containers, so the walk keeps no stacks of its own.
    """

    tag: str
    depth: int
    bits: int  # flags of this element and all its ancestors
    parent: Container | None
    own_bits: int = 0  # flags of this element's own class, id and role
    heading: int = 0
    list_depth: int = 0
    in_quote: bool = False
    in_pre: bool = False
    ordered: bool = False
    chars: int = 0
    link_chars: int = 0
    blocks: int = 0
    p_blocks: int = 0


@dataclass(slots=True)
class RawBlock:
    text: str
    link_chars: int
    bold_chars: int
    container: Container
    element: etree._Element
    index: int = 0
    chars_before: int = 0

    @property
    def tag(self) -> str:
        return self.container.tag

    @property
    def in_heading(self) -> int:
        return self.container.heading

    @property
    def in_list(self) -> int:
        return self.container.list_depth

    @property
    def in_quote(self) -> bool:
        return self.container.in_quote

    @property
    def in_pre(self) -> bool:
        return self.container.in_pre

    @property
    def ordered(self) -> bool:
        return self.container.ordered


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD = frozenset(("b", "strong"))


def child_container(parent: Container, tag: str, own: int) -> Container:
    """The container opened by a block-level element whose class, id and role give `own`."""
    # Positional arguments: this runs for every block-level element of every page.
    return Container(
        tag,
        parent.depth + 1,
        parent.bits | own | _TAG_BIT.get(tag, 0),
        parent,
        own,
        _HEADINGS.get(tag, parent.heading),
        parent.list_depth + (tag == "li"),
        parent.in_quote or tag == "blockquote",
        parent.in_pre or tag == "pre",
        (tag == "ol") if tag in ("ol", "ul") else parent.ordered,
    )


def close_block(blocks: list[RawBlock], parts: list[str], link_chars: int, bold_chars: int,
                container: Container, owner: etree._Element) -> None:
    """End the pending block: its text parts (emptied here) become a RawBlock of
    `container`, unless they are only whitespace, and the container's totals count it."""
    text = " ".join("".join(parts).split())
    parts.clear()
    if not text:
        return
    n = len(text)
    link_chars = min(link_chars, n)
    blocks.append(RawBlock(text, link_chars, min(bold_chars, n), container, owner))
    container.chars += n
    container.link_chars += link_chars
    container.blocks += 1
    container.p_blocks += container.tag == "p"


def close_container(done: Container) -> None:
    """A container's subtree totals climb one level as it closes."""
    parent = done.parent
    if parent is not None:
        parent.chars += done.chars
        parent.link_chars += done.link_chars
        parent.blocks += done.blocks
        parent.p_blocks += done.p_blocks


def number_blocks(blocks: list[RawBlock]) -> list[RawBlock]:
    """Fill each block's index and the characters before it, once the walk is done."""
    chars = 0
    for i, block in enumerate(blocks):
        block.index = i
        block.chars_before = chars
        chars += len(block.text)
    return blocks


def segment(root: etree._Element) -> list[RawBlock]:
    """The text blocks of a cleaned tree, in document order."""
    if _compiled_walk is not None:
        return _compiled_walk(root)
    return walk(root)


def walk(root: etree._Element) -> list[RawBlock]:
    """segment() in Python over lxml's iterwalk: the reference the compiled walk
    (_walk.pyx) must agree with, and the walk where that extension was not built."""
    blocks: list[RawBlock] = []
    parts: list[str] = []
    # Characters of the pending parts that sit inside links / bold text.
    link_chars = bold_chars = 0
    link_depth = bold_depth = pending_br = 0
    top = Container(tag="root", depth=0, bits=0, parent=None)
    stack: list[tuple[Container, etree._Element]] = [(top, root)]

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        # The text this event adds to the pending block: the element's text on entering
        # it, its tail on leaving it (added below, in one place).
        breaks_kept = False
        if tag in BLOCK_TAGS:
            if parts:
                close_block(blocks, parts, link_chars, bold_chars, *stack[-1])
                link_chars = bold_chars = 0
            if event == "start":
                own = attribute_bits(el.get("class"), el.get("id"), el.get("role"))
                stack.append((child_container(stack[-1][0], tag, own), el))
                text = el.text
            else:
                close_container(stack.pop()[0])
                text = el.tail
        elif not isinstance(tag, str):
            continue
        elif tag == "br":
            if event != "start":
                continue
            pending_br += 1
            if pending_br >= 2:
                # Two line breaks in a row: the paragraph break of pre-CSS pages.
                if parts:
                    close_block(blocks, parts, link_chars, bold_chars, *stack[-1])
                    link_chars = bold_chars = 0
            elif parts:
                parts.append("\n")
            text = el.tail
            # Layout whitespace between two <br> does not part them.
            breaks_kept = bool(text) and text.isspace()
        elif event == "start":
            if tag == "a":
                link_depth += 1
            elif tag in _BOLD:
                bold_depth += 1
            text = el.text
        else:
            if tag == "a":
                link_depth -= 1
            elif tag in _BOLD:
                bold_depth -= 1
            text = el.tail
        if not text or (not parts and text.isspace()):
            continue  # nothing, or layout whitespace between blocks
        parts.append(text)
        if link_depth:
            link_chars += len(text)
        if bold_depth:
            bold_chars += len(text)
        if not breaks_kept:
            pending_br = 0
    if parts:
        close_block(blocks, parts, link_chars, bold_chars, top, root)
    return number_blocks(blocks)


def flag(name: str) -> int:
    """The bit of a class/id flag or a semantic-tag flag, for features and explain mode.
    Where a tag shares a class flag's name (nav, footer, header) this is the class flag's
    bit: tag_flag gives the tag's."""
    return _FLAG_BIT.get(name) or _TAG_BIT[name]


def tag_flag(name: str) -> int:
    """The bit of a semantic-tag flag (TAG_FLAGS): the block sits inside that element."""
    return _TAG_BIT[name]


def inside(c: Container | None, region: Container) -> bool:
    """Whether container `c` is `region` or lies within it."""
    while c is not None:
        if c is region:
            return True
        c = c.parent
    return False


# The records compiled (locate/_blocks.pyx), when the extension was built at install: the
# same fields, made and read in C by the compiled walk and feature builder. The dataclasses
# above stay as their twins (tests/test_walk.py compares the fields) and serve where no C
# compiler was found.
PyContainer, PyRawBlock = Container, RawBlock
with suppress(ImportError):  # installed without a C compiler: the dataclasses serve
    from ._blocks import Container, RawBlock  # noqa: F811

# The same walk compiled against libxml2's nodes (locate/_walk.pyx), when the extension was
# built at install: it reads the tree without making a Python object per element, which is
# most of the Python walk's cost. Imported last because it uses the helpers above.
try:
    from ._walk import segment as _compiled_walk
except ImportError:  # installed without a C compiler: the Python walk gives the same blocks
    _compiled_walk = None
