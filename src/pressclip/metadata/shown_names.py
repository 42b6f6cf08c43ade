"""Whether the page writes a name that its structured data gives as the author.

A meta tag's or JSON-LD's author that no text of the page shows is the account that posted
the page (a CMS user, the site's web agency), not its writer; read_metadata asks here before
it takes such a name.
"""

from __future__ import annotations

import re

from lxml import etree

# The body's texts, a script's included, joined in C: half the cost of a `contains` test
# on each text node, and one walk for all the names.
_BODY_TEXT = etree.XPath("string(/descendant::body[1])", smart_strings=False)
# A name's middle names that a byline may spell out between its first and last.
MAX_MIDDLE_WORDS = 2
# The headline's box: the byline most often stands in it.
_AROUND_HEADLINE = etree.XPath("string(ancestor::*[3])", smart_strings=False)
_WORD = re.compile(r"\w+")


def shown(tree: etree._Element, names: list[str]) -> bool:
    """One of the names stands in a text of the page's body (a script's too: a page that
    draws its byline from data holds the name there), in any case: a byline set in
    capitals ("By JANE DOE") writes the name the meta tag gives as "Jane Doe"."""
    text = _BODY_TEXT(tree)
    if any(name in text for name in names):
        return True
    folded = text.casefold()
    return any(name.casefold() in folded for name in names)


def shown_beside_data(tree: etree._Element, names: list[str], ld_texts: list[str | None],
                       headline: etree._Element | None) -> bool:
    """One of the names stands in the page's body more often than in the body's JSON-LD
    blocks (in a text or another script), in any case, its words parted by any marks
    ("Jane Doe" as "jane.doe") and a middle name or two between its first and last words
    ("Jane (Mary) Doe"). `ld_texts` are the page's JSON-LD blocks: those in the body are
    texts of the body's, whole."""
    # As the structured data writes it, near the headline, the common case: a byline there
    # spares the costlier readings of the whole body.
    around = _AROUND_HEADLINE(headline) if headline is not None else ""
    if any(name in around for name in names) and \
            _written(around, names, _data_in(around, ld_texts)):
        return True
    text = _BODY_TEXT(tree)
    data = _data_in(text, ld_texts)
    if _written(text, names, data):
        return True
    text, data = text.casefold(), data.casefold()
    for name in names:
        spelled = _spelled(name.casefold())
        if spelled is not None and len(spelled.findall(text)) > len(spelled.findall(data)):
            return True
    return False


def _data_in(text: str, ld_texts: list[str | None]) -> str:
    """The JSON-LD blocks that the text holds, joined: what of the text is data, not prose."""
    return "".join(block for block in ld_texts if block and block in text)


def _written(text: str, names: list[str], data: str) -> bool:
    """One of the names stands in the text more often than in the data it holds."""
    return any(text.count(name) > data.count(name) for name in names)


def _spelled(name: str) -> re.Pattern[str] | None:
    """The name's first and last words as a text may part them (the body's texts are joined
    with no space between elements, so a word's edge is none)."""
    words = _WORD.findall(name)
    if not words:
        return None
    between = rf"\W+(?:\w+\W+){{0,{MAX_MIDDLE_WORDS}}}" if len(words) > 1 else ""
    ends = re.escape(words[0]) + (between + re.escape(words[-1]) if between else "")
    return re.compile(ends)
