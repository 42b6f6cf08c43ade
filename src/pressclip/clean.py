"""Pass 1 of the locator: drop what is never article text, whatever the page.

Only elements that cannot carry readable article prose go here. Everything that merely
tends to be boilerplate (nav, footer, aside, share bars) stays in the tree: the locator's
model weighs it with the rest of the evidence, and explain mode can show why it went.
"""

from __future__ import annotations

from lxml import etree, html

# Code, media and form controls: their text is never part of an article.
_NEVER_TEXT = (
    "script",
    "style",
    "noscript",
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

# Hidden by the page itself: screen-reader hints, closed dialogs, collapsed menus.
_HIDDEN_XPATH = etree.XPath(
    "//*[@hidden or @aria-hidden='true' or "
    "contains(translate(@style,'DISPLAYNOE :','displaynoe'),'display:none') or "
    "contains(translate(@style,'VISBLTYHDN :','visbltyhdn'),'visibility:hidden')]"
)


def clean(root: html.HtmlElement) -> None:
    """Remove non-text elements and hidden elements from the tree, in place."""
    etree.strip_elements(root, *_NEVER_TEXT, with_tail=False)
    for el in _HIDDEN_XPATH(root):
        # The root itself hidden is a page trick, not a hidden widget: keep it.
        if el.getparent() is None or el.tag in ("html", "body"):
            continue
        _drop_keep_tail(el)


def _drop_keep_tail(el: html.HtmlElement) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
