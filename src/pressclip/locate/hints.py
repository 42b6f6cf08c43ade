"""Evidence the page gives about its own article, read before the cleaner drops scripts."""

from __future__ import annotations

import json

from lxml import etree

_LD_SCRIPTS = etree.XPath("//script[contains(@type,'ld+json')]")
# articleBody shorter than this is a teaser, not the body: it would mislead the locator.
_MIN_BODY_CHARS = 200


def article_body_hint(root: etree._Element) -> str | None:
    """The longest JSON-LD articleBody/text of the page, if any."""
    best: str | None = None
    for script in _LD_SCRIPTS(root):
        raw = script.text
        if not raw or "articleBody" not in raw and '"text"' not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        # Iterative walk: JSON-LD graphs can nest arbitrarily deep.
        todo = [data]
        while todo:
            node = todo.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    if key in ("articleBody", "text") and isinstance(value, str):
                        if len(value) >= _MIN_BODY_CHARS and len(value) > len(best or ""):
                            best = value
                    elif isinstance(value, dict | list):
                        todo.append(value)
            elif isinstance(node, list):
                todo.extend(node)
    return best
