"""Markup nested deeper than the parser reads, made shallower so that nothing is lost.

libxml2's HTML parser stops the whole parse at 2,048 levels of nesting, with or without
huge_tree: the rest of the page, article included, is silently missing from the tree.
Browsers read such pages. Here the tags that open and close elements past MAX_DEPTH are
dropped, so their content joins the element at MAX_DEPTH: text, paragraphs, list items and
headings stay (their tags are kept: see _UNCOUNTED), only the wrapping below that depth goes.

One pass over the tags, linear in the page's size; run only when a parse hit the limit.
The depth is counted as the markup says, not as a parser repairs it: elements that HTML
closes by itself (p, li, td...) and void ones (br, img...) are neither counted nor dropped,
and script, style and comments are skipped whole, so their text cannot count as tags.
"""

from __future__ import annotations

import re

# Half of libxml2's limit: margin for the levels a parser adds itself (html, body, implied
# containers) and for misnested tags it reopens.
MAX_DEPTH = 1000
# Wrappers that wrap one another this many times and more are a deep page's padding, never
# a page's own layout (a few levels): they go first, all of them, so that what they wrap
# keeps the depth it would have in a shallow page.
LONG_CHAIN = 32

_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)"  # a comment, to its end or the page's
    r"|<(script|style|textarea|title)\b[^>]*>.*?(?:</\1\s*>|$)"  # raw text, whole
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(/?)>",  # a start or end tag
    re.DOTALL | re.IGNORECASE)
# Closed by the parser when a sibling opens, or never opened as containers: counting them
# would drift on pages that leave them open, which is valid HTML. Headings, which never
# nest, are kept so that a deep article keeps its title and sections.
_UNCOUNTED = frozenset(
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp "
    "h1 h2 h3 h4 h5 h6 "
    "area base br col embed hr img input link meta param source track wbr html head body"
    .split())


def flatten(html: str, max_depth: int = MAX_DEPTH) -> str:
    """`html` with start and end tags removed until no element is nested past `max_depth`.

    Wrappers go first: elements whose tags hold nothing but one other element, in the long
    chains of `<div><div><div>` that deep pages are made of, on paths that pass the limit.
    The page's own structure under such a chain is kept whole. Past the limit, any other
    element's tags go too.
    """
    tags = [m for m in _TOKEN.finditer(html) if _counted(m)]
    closing = [bool(m.group(2)) for m in tags]
    depth = [0] * len(tags)  # of each start tag
    deepest = [0] * len(tags)  # deepest start tag inside it, itself included
    end_of = [-1] * len(tags)  # the end tag that closes each start tag (-1: none)
    stack: list[int] = []

    def close(k: int) -> None:
        start = stack.pop()
        end_of[start] = k
        if stack:
            deepest[stack[-1]] = max(deepest[stack[-1]], deepest[start])

    for i, is_end in enumerate(closing):
        if is_end:
            if stack:  # a stray end tag closes nothing
                close(i)
        else:
            stack.append(i)
            depth[i] = deepest[i] = len(stack)
    while stack:
        close(-1)

    # Chains of wrappers: how many wrap one another down from each start tag, and up to it.
    wraps = [not is_end and _wraps(html, tags, closing, end_of, i)
             for i, is_end in enumerate(closing)]
    down = [0] * (len(tags) + 1)
    for i in range(len(tags) - 1, -1, -1):
        down[i] = 1 + down[i + 1] if wraps[i] else 0
    up = [0] * len(tags)
    for i in range(1, len(tags)):
        up[i] = 1 + up[i - 1] if wraps[i - 1] else 0

    drop = [False] * len(tags)
    kept_depth = 0
    open_tags: list[int] = []
    for i, is_end in enumerate(closing):
        if is_end:
            if open_tags and end_of[open_tags[-1]] == i:
                start = open_tags.pop()
                drop[i] = drop[start]
                kept_depth -= not drop[start]
            continue
        # A wrapper in a long chain on a path past the limit goes; then anything past it.
        drop[i] = kept_depth + 1 > max_depth or (
            wraps[i] and up[i] + down[i] > LONG_CHAIN and deepest[i] > max_depth)
        open_tags.append(i)
        kept_depth += not drop[i]

    out, last = [], 0
    for match, dropped in zip(tags, drop, strict=True):
        if dropped:
            out.append(html[last:match.start()])
            last = match.end()
    out.append(html[last:])
    return "".join(out)


def _counted(match: re.Match[str]) -> bool:
    name = match.group(3)
    return name is not None and name.lower() not in _UNCOUNTED and not match.group(4)


def _wraps(html: str, tags: list[re.Match[str]], closing: list[bool], end_of: list[int],
           i: int) -> bool:
    """Whether start tag `i` holds nothing but whitespace around the one element after it.

    An element never closed runs to the page's end: it is taken as a wrapper when another
    element opens right inside it (deep pages often leave their chains of wrappers open)."""
    j, end = i + 1, end_of[i]
    if j >= len(tags) or closing[j]:
        return False
    if end == -1:
        return not html[tags[i].end():tags[j].start()].strip()
    if end_of[j] == -1 or end != end_of[j] + 1:
        return False
    return (not html[tags[i].end():tags[j].start()].strip()
            and not html[tags[end_of[j]].end():tags[end].start()].strip())
