"""The headline inside an h1 that sets a kicker or a subtitle apart in an element of its own.

"<h1><span>Streik im Hafen</span> <span>Schiffe warten eine Woche</span></h1>",
"<h1><small>Rezept der Woche</small><br/>Linsensuppe mit Speck</h1>", "<h1><span>Headline
</span><small>A subtitle</small></h1>": the markup parts the h1's two lines, and the page's
other titles tell which one is the headline.
"""

from __future__ import annotations

from lxml import etree

from .text import element_text
from .titles import squash, strip_site, title_parts, word_count

# Marks left between the two parts of an h1 ("<span class=visually-hidden> - </span>").
_PART_EDGES = " |-–—:·•»/_"


def h1_parts(h1: etree._Element, limit: int) -> tuple[str, str] | None:
    """The text of the element the h1 opens with and the text after it, where the h1 holds
    both and no text stands before that element."""
    node = h1
    # A link or a wrapper that holds the whole h1: its children are the h1's parts.
    while len(node) == 1 and not (node.text or "").strip() and not (node[0].tail or "").strip():
        node = node[0]
    if len(node) == 0 or (node.text or "").strip() or not isinstance(node[0].tag, str):
        return None
    first = element_text(node[0], limit)
    whole = element_text(node, limit, joiner=" ")
    if not first or not whole.startswith(first):
        return None
    rest = whole[len(first):].strip(_PART_EDGES)
    return (first, rest) if rest else None


def cut_kicker(title: str, parts: tuple[str, str], candidates: list[str],
               keys: set[str]) -> str:
    """The headline where the chosen title is the h1's two parts together: the part that a
    title candidate (the site's parts cut) is, else the second part where a candidate sets
    the first apart with a separator and it is no longer than the second (a kicker, "Streik im
    Hafen - „Wir warten …“"), unless a colon joins them anywhere. Else the title as
    chosen."""
    first, rest = parts
    if squash(title) not in (squash(first + rest), squash(rest + first)):
        return title
    stripped = [strip_site(c, keys) for c in candidates]
    for part in parts:
        key = squash(part)
        match = next((s for s in stripped if squash(s) == key), None)
        if match:
            return match
    # A colon after the kicker makes it the headline's first words, as the site writes them
    # ("Streik im Hafen: Schiffe warten …"); a dash or a bar only sets it apart.
    if any(_colon_after(text, first.rstrip(":： ")) for text in (title, first, *candidates)):
        return title
    kicker = squash(first)
    if word_count(first) <= word_count(rest) and any(
            kicker in (squash(p) for p in title_parts(c)) for c in candidates):
        return rest
    return title


def _colon_after(text: str, words: str) -> bool:
    """A colon follows the words in the text, spaces and case aside ("What To Wear" in the
    h1, "What to Wear: …" in the <title>)."""
    text, words = text.lower(), words.lower()
    start = text.find(words)
    return start >= 0 and text[start + len(words):].lstrip()[:1] in (":", "：")
