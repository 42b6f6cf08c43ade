"""Pass 1 of the locator: drop what is never article text, whatever the page.

Only elements that cannot carry readable article prose go here. Everything that merely
tends to be boilerplate (nav, footer, aside, share bars) stays in the tree: the locator's
model weighs it with the rest of the evidence, and explain mode can show why it went.
"""

from __future__ import annotations

import re

from lxml import etree

from .parse.html import settable

# Code, media and form controls: their text is never part of an article.
_NEVER_TEXT = (
    "script",
    "style",
    "template",
    "svg",
    "math",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "input",
    "select",
    "textarea",
    "button",
    "option",
    "head",
)

# <noscript> mostly says "enable JavaScript", but pages that draw their article with
# JavaScript put the article itself there, for crawlers. Its text is kept when it is a large
# share of what the page shows; otherwise it goes like the rest of _NEVER_TEXT.
_NOSCRIPT_MIN_CHARS = 500
_NOSCRIPT_MIN_SHARE = 0.4
_TEXT_OF = etree.XPath("string()")

# Hidden by the page itself: screen-reader hints, closed dialogs, collapsed menus. The
# elements that carry one of these attributes are listed first (cheap); their values are read
# in Python. The compiled walk (locate/_walk.pyx) lists them reading libxml2's nodes, 0.45 ms
# a page cheaper than this XPath, which builds a node-set of every element first and stays
# the reference (tests/test_walk.py) and the way where that extension was not built.
_MAYBE_HIDDEN_XPATH = etree.XPath("//*[@hidden or @aria-hidden or @style]")
_HIDING_ATTRIBUTES = (b"hidden", b"aria-hidden", b"style")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def clean(root: etree._Element, drop_hidden: bool = True) -> None:
    """Remove non-text elements and (unless drop_hidden is false: locate/hidden.py)
    hidden elements from the tree, in place."""
    etree.strip_elements(root, *_NEVER_TEXT, with_tail=False)
    _drop_or_keep_noscript(root)
    if not drop_hidden:
        return
    for el in _hidden(root):
        # The root itself hidden is a page trick, not a hidden widget: keep it.
        if el.getparent() is None or el.tag in ("html", "body"):
            continue
        _drop_keep_tail(el)


def _hidden(root: etree._Element) -> list[etree._Element]:
    """The elements the page hides (_is_hidden), in document order. The compiled walk
    (locate/_walk.pyx's hidden_elements) reads their attributes from libxml2's nodes, an
    ASCII style value in C; _python_hidden is its twin."""
    if _hidden_elements is not None:
        return _hidden_elements(root, _HIDDEN_STYLE)
    return _python_hidden(root)


def _python_hidden(root: etree._Element) -> list[etree._Element]:
    return [el for el in _maybe_hidden(root) if _is_hidden(el)]


def _maybe_hidden(root: etree._Element) -> list[etree._Element]:
    """Elements with a hidden, aria-hidden or style attribute, in document order."""
    if _with_attributes is not None:
        return _with_attributes(root, _HIDING_ATTRIBUTES)
    return _MAYBE_HIDDEN_XPATH(root)


def _drop_or_keep_noscript(root: etree._Element) -> None:
    noscripts = list(root.iter("noscript"))
    if not noscripts:
        return
    inside = sum(len(_TEXT_OF(el)) for el in noscripts)
    if inside >= _NOSCRIPT_MIN_CHARS and inside >= _NOSCRIPT_MIN_SHARE * len(_TEXT_OF(root)):
        etree.strip_tags(root, "noscript")
    else:
        etree.strip_elements(root, "noscript", with_tail=False)


def _is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _drop_keep_tail(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        # The joined text is set anew: its control characters go (parse.html.settable).
        tail = settable(tail)
        prev = el.getprevious()
        if prev is not None:
            prev.tail = settable(prev.tail or "") + tail
        else:
            parent.text = settable(parent.text or "") + tail
    parent.remove(el)


try:
    from .locate._walk import hidden_elements as _hidden_elements
    from .locate._walk import with_attributes as _with_attributes
except ImportError:  # installed without a C compiler: the XPath lists the same elements
    _with_attributes = _hidden_elements = None
