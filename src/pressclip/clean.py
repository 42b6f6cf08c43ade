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

_NEVER_TEXT_TAGS = frozenset(_NEVER_TEXT)

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
    noscripts, hidden = _noscripts_and_hidden(root)
    # A <noscript>'s text before the never-text elements in it go is at least its text
    # after: under the least kept, they go in the same strip, not a walk of their own.
    if noscripts and sum(len(_TEXT_OF(el)) for el in noscripts) < _NOSCRIPT_MIN_CHARS:
        etree.strip_elements(root, *_NEVER_TEXT, "noscript", with_tail=False)
    else:
        etree.strip_elements(root, *_NEVER_TEXT, with_tail=False)
        _drop_or_keep_noscript(root, noscripts)
    if not drop_hidden:
        return
    for el in hidden:
        # The root itself hidden is a page trick, not a hidden widget: keep it. A hidden
        # element that left the tree with its <noscript> is passed over likewise, or
        # dropped from that subtree, which no pass reads.
        if el.getparent() is None or el.tag in ("html", "body"):
            continue
        _drop_keep_tail(el)


def _noscripts_and_hidden(root: etree._Element
                          ) -> tuple[list[etree._Element], list[etree._Element]]:
    """The <noscript> elements and the elements the page hides (_is_hidden), each in
    document order, outside the never-text elements (what stays when those are stripped),
    found before anything is dropped: a <noscript> kept keeps the hidden elements in it,
    and one dropped takes them out of the tree. The compiled walk (locate/_walk.pyx's
    noscripts_and_hidden) finds both in one walk that passes over the never-text
    subtrees, reading the attributes from libxml2's nodes, an ASCII style value in C;
    _python_noscripts_and_hidden is its twin."""
    if _compiled_walk is not None:
        return _compiled_walk(root, _NEVER_TEXT_TAGS, _HIDDEN_STYLE)
    return _python_noscripts_and_hidden(root)


def _python_noscripts_and_hidden(root: etree._Element
                                 ) -> tuple[list[etree._Element], list[etree._Element]]:
    def stays(el: etree._Element | None) -> bool:
        while el is not None and el is not root:
            if el.tag in _NEVER_TEXT_TAGS:
                return False
            el = el.getparent()
        return True

    return ([el for el in root.iter("noscript") if stays(el)],
            [el for el in _python_hidden(root) if stays(el)])


def _python_hidden(root: etree._Element) -> list[etree._Element]:
    return [el for el in _maybe_hidden(root) if _is_hidden(el)]


def _maybe_hidden(root: etree._Element) -> list[etree._Element]:
    """Elements with a hidden, aria-hidden or style attribute, in document order."""
    if _with_attributes is not None:
        return _with_attributes(root, _HIDING_ATTRIBUTES)
    return _MAYBE_HIDDEN_XPATH(root)


def _drop_or_keep_noscript(root: etree._Element, noscripts: list[etree._Element]) -> None:
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
    from .locate._walk import noscripts_and_hidden as _compiled_walk
    from .locate._walk import with_attributes as _with_attributes
except ImportError:  # installed without a C compiler: the XPath lists the same elements
    _with_attributes = _compiled_walk = None
