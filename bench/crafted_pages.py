"""Crafted pages that made extraction superlinear (issue 18 item 7), by size.

Each builder returns a page of about `kb` kilobytes whose one hostile feature fills it:
thousands of attributes on one tag, a run of French incises, a run of quotations with
opening brackets, elements nested thousands deep, one line of text without markup. None
names a site or a phrase of a real page; the features are what any page may hold.
"""

from __future__ import annotations

from collections.abc import Callable


def _article(body: str) -> str:
    return f"<html><body><article><p>{body}</p></article></body></html>"


def _repeated(unit: str, kb: int) -> str:
    return unit * (kb * 1024 // len(unit.encode("utf-8")))


def attributes(kb: int) -> str:
    count = kb * 1024 // len(' data-a00000="x"')
    attrs = " ".join(f'data-a{i}="x"' for i in range(count))
    return (f"<html><body><article><p class=lead {attrs}>The council met on Monday and "
            "voted the budget.</p></article></body></html>")


def incises(kb: int) -> str:
    return _article(_repeated("« Oui, dit-il, ", kb))


def quote_runs(kb: int) -> str:
    return _article(_repeated("“yes” (", kb))


def deep_nesting(kb: int) -> str:
    levels = kb * 1024 // len("<div></div>")
    return ("<html><body>" + "<div>" * levels + "<p>The council met on Monday and voted "
            "the budget.</p>" + "</div>" * levels + "</body></html>")


def long_line(kb: int) -> str:
    return _article(_repeated("word ", kb))


CRAFTED: dict[str, Callable[[int], str]] = {
    "attributes on one tag": attributes,
    "incises « Oui, dit-il, »": incises,
    "quote runs “yes” (": quote_runs,
    "nesting (div in div)": deep_nesting,
    "one long line": long_line,
}
