"""Figures: a picture's address, alt text, caption and credit, read from a <figure>.

The picture's address comes from the lazy-loading attributes first (where a page puts the
real address while `src` holds a placeholder), then the largest `srcset` candidate, then
`src`. A credit is the part of the figure that says who made the picture: an element named
so by its class or id in any of the usual words, or the <small> print of a caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from ..record import Image
from .blocks import attribute_bits, flag

# Where lazy loaders keep the real address; `src` then holds a placeholder.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url")
_LAZY_SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")
# One srcset candidate: an address, an optional width or density, then a comma or the end.
# The address is its first character and the run up to the next comma or space: a lazy
# `\S+?` stops at the same place (the first comma or space after which the rest matches, and
# none before it could) but tries the rest at every character, about five times slower on
# modern srcsets of a dozen long addresses; tests/test_structure.py holds the two alike.
_SRCSET_ITEM = re.compile(r"\s*(\S[^\s,]*)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")
_CREDIT_WORDS = frozenset(("credit", "credits", "copyright", "source", "photographer",
                           "attribution", "byline", "author", "rights", "courtesy"))
_TOKEN = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_CREDIT_TAGS = frozenset(("small",))
# Figures of something else than a picture: a quotation, a table, code.
_NOT_PICTURE = ("blockquote", "table", "pre")
_PICTURE_TAGS = ("img", "picture", "video")
# A figure inside one of these is a teaser, a menu entry or sidebar furniture.
_FURNITURE_TAGS = frozenset(("a", "nav", "aside", "footer", "form"))
_FURNITURE_BITS = 0
# Not "side" (it named grid cells when it held "col"; unmeasured since) nor "cookie" ("modal",
# "overlay" also name the zoom view of an article's photo).
for _name in ("nav", "footer", "comment", "share", "related", "ad", "newsletter"):
    _FURNITURE_BITS |= flag(_name)


def is_picture_figure(figure: etree._Element) -> bool:
    """A figure that shows a picture (or captions one): not a quotation, table or code
    figure, and not a gallery that holds figures of its own."""
    if any(True for _ in figure.iterdescendants("figure")):
        return False
    if any(True for _ in figure.iterdescendants(*_NOT_PICTURE)):
        return False
    return any(True for _ in figure.iterdescendants(*_PICTURE_TAGS, "figcaption"))


def is_furniture(figure: etree._Element, stop: etree._Element) -> bool:
    """Whether the figure sits, below `stop`, in a link, menu, sidebar, footer or form, or
    in a container whose class or id names furniture (related stories, ads, sharing)."""
    node = figure.getparent()
    while node is not None and node is not stop:
        if node.tag in _FURNITURE_TAGS:
            return True
        if attribute_bits(node.get("class"), node.get("id"), node.get("role")) \
                & _FURNITURE_BITS:
            return True
        node = node.getparent()
    return False


def figure_image(figure: etree._Element) -> Image | None:
    """The figure's picture with its caption and credit (the address not yet resolved);
    None when it has neither an address nor a caption."""
    url = _address(figure)
    img = next(figure.iterdescendants("img"), None)
    alt = _clean(img.get("alt")) if img is not None else None
    caption_el = next(figure.iterdescendants("figcaption"), None)
    # The caption element itself, or a wrapper of it, is no credit even when named one. Only
    # the figure's descendants are asked, so the wrappers above the figure are not listed.
    around = {caption_el, *_ancestors_below(caption_el, figure)} \
        if caption_el is not None else set()
    credits = [el for el in figure.iterdescendants() if el not in around and _is_credit(el)]
    credits = [el for el in credits if not any(a in credits for a in el.iterancestors())]
    skip = set(credits)
    caption = _clean(_text(caption_el, skip)) if caption_el is not None else None
    credit = _clean(" ".join(_text(el, set()) for el in credits)) if credits else None
    if url is None and caption is None and credit is None:
        return None
    return Image(url=url, alt=alt, caption=caption, credit=credit)


def _ancestors_below(el: etree._Element, top: etree._Element) -> list[etree._Element]:
    """The ancestors of `el` up to `top`, which is left out."""
    out = []
    for ancestor in el.iterancestors():
        if ancestor is top:
            break
        out.append(ancestor)
    return out


def _address(figure: etree._Element) -> str | None:
    for img in figure.iterdescendants("img", "source"):
        for name in _LAZY_SOURCES:
            value = (img.get(name) or "").strip()
            if value and not value.startswith("data:"):
                return value
        for name in _LAZY_SRCSETS:
            best = _largest(img.get(name))
            if best:
                return best
        value = (img.get("src") or "").strip()
        if value and not value.startswith("data:"):
            return value
    return None


def _largest(srcset: str | None) -> str | None:
    """The srcset candidate with the largest width or density descriptor."""
    if not srcset:
        return None
    best, size = None, -1.0
    for match in _SRCSET_ITEM.finditer(srcset):
        url = match.group(1)
        if not url or url.startswith("data:"):
            continue
        value = float(match.group(2)) if match.group(2) else 1.0
        if value > size:
            best, size = url, value
    return best


def _is_credit(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in _CREDIT_TAGS and any(a.tag == "figcaption" for a in el.iterancestors()):
        return True
    names = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    return bool(names) and _names_credit(names)


# A figure's class names recur in every figure of a page and of its site: the test is
# memoised per value (bounded, pure).
@lru_cache(maxsize=4096)
def _names_credit(names: str) -> bool:
    """Whether class and id names say credit (in any of _CREDIT_WORDS, camel case split)."""
    return any(t in _CREDIT_WORDS for t in _TOKEN.findall(_CAMEL.sub(r"\1 \2", names).lower()))


def _text(el: etree._Element, skip: set) -> str:
    """The element's text without the subtrees in `skip` (their tails kept); iterative,
    so a deep caption costs no stack."""
    if not skip:
        return "".join(el.itertext())
    parts: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if skipping or node in skip:
                skipping += 1
            elif node.text:
                parts.append(node.text)
            continue
        if skipping:
            skipping -= 1
        if node is not el and not skipping and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text or None
