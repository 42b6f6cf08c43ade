"""Links and emphasis inside a located block, read back from the block's owner element.

The walk (blocks.py) keeps only a block's plain text, so that the hot pass stays lean; for
the blocks the locator keeps, this reads the owner element's inline content again with
its marks (link target, strong, emphasis), normalises its white space the way the walk does,
finds the block's text in it and returns the marks as spans over that text. A block whose
text cannot be found there (the walk split it off by two line breaks, say) simply gets no
spans: the text never depends on this pass.
"""

from __future__ import annotations

from bisect import bisect_left
from contextlib import suppress

from lxml import etree

from ..record import EMPHASIS, LINK, STRONG, Span
from .blocks import BLOCK_TAGS

_STRONG_TAGS = frozenset(("b", "strong"))
_EMPHASIS_TAGS = frozenset(("em", "i"))
# Without one of these inside, an owner's text carries no mark.
_MARK_TAGS = ("a", *_STRONG_TAGS, *_EMPHASIS_TAGS)
_STRONG_BIT = 1
_EMPHASIS_BIT = 2
# Stands between the runs of text that block-level children part: never inside a block's
# text (the parser allows no NUL in text), so a block is never found across two runs.
_RUN_BREAK = "\x00"

# (text, link target, emphasis bits) of one stretch of inline text.
_Piece = tuple[str, str | None, int]


class InlineMarks:
    """Spans of the blocks of one page. An owner element often holds several blocks (text
    parted by two line breaks, loose text between child blocks), in order: it is read once,
    and each of its blocks is looked for after the previous one, so a page costs time
    linear in its size however its blocks share owners."""

    def __init__(self) -> None:
        # owner -> (normalised text, its words with marks, word starts, where to look next);
        # None when the owner has no mark at all.
        self._owners: dict[etree._Element, list | None] = {}

    def spans(self, owner: etree._Element, text: str) -> tuple[Span, ...]:
        """The links (with their raw href) and emphasis over `text`, a block of `owner`."""
        if owner not in self._owners:
            marked = read_marks(owner)
            self._owners[owner] = (None if marked is None
                                   else [*marked, [t[0] for t in marked[1]], 0])
        read = self._owners[owner]
        if read is None:
            return ()
        flat, tokens, starts, cursor = read
        at = flat.find(text, cursor)
        if at < 0:
            return ()
        end = at + len(text)
        read[3] = end
        inside = []
        for i in range(max(bisect_left(starts, at) - 1, 0), len(tokens)):
            s, e, href, bits = tokens[i]
            if s >= end:
                break
            if e > at:
                inside.append((max(s, at) - at, min(e, end) - at, href, bits))
        spans = [*_runs(inside, lambda t: t[2], LINK),
                 *_runs(inside, lambda t: t[3] & _STRONG_BIT or None, STRONG),
                 *_runs(inside, lambda t: t[3] & _EMPHASIS_BIT or None, EMPHASIS)]
        return tuple(sorted(spans, key=lambda s: (s.start, -s.end)))


def read_marks(owner: etree._Element) -> tuple[str, list[tuple[int, int, str | None, int]]] | None:
    """None when the owner's own inline text carries no mark, else its normalised text and
    the place and marks of each of its pieces (_walk.marked_text is this compiled)."""
    # Most paragraphs hold no link and no emphasis: lxml's search for those tags, in C, says
    # so without the walk in Python.
    if next(owner.iter(*_MARK_TAGS), None) is None:
        return None
    pieces = _pieces(owner)
    if all(href is None and not bits for _, href, bits in pieces):
        return None
    return _normalise(pieces)


def _pieces(owner: etree._Element) -> list[_Piece]:
    """The owner's own inline text in document order with its marks; the content of
    block-level children (blocks of their own) is skipped, their tails kept. lxml's
    iterative walk: inline elements nested thousands deep cost no stack."""
    out: list[_Piece] = []
    if owner.text:
        out.append((owner.text, None, 0))
    marks: list[tuple[str | None, int]] = [(None, 0)]  # inside each open element
    walker = etree.iterwalk(owner, events=("start", "end"))
    next(walker)  # the owner's own start
    for event, el in walker:
        if el is owner:
            break
        tag = el.tag
        if event == "end":
            marks.pop()
            if el.tail and isinstance(tag, str):
                out.append((el.tail, *marks[-1]))
            continue
        href, bits = marks[-1]
        if not isinstance(tag, str) or tag in BLOCK_TAGS:
            if isinstance(tag, str):
                out.append((_RUN_BREAK, None, 0))
            walker.skip_subtree()
        elif tag == "br":
            out.append((" ", href, bits))
        elif tag == "a" and el.get("href"):
            href = el.get("href").strip()
        elif tag in _STRONG_TAGS:
            bits |= _STRONG_BIT
        elif tag in _EMPHASIS_TAGS:
            bits |= _EMPHASIS_BIT
        marks.append((href, bits))
        if el.text and isinstance(tag, str) and tag not in BLOCK_TAGS:
            out.append((el.text, href, bits))
    return out


def _normalise(pieces: list[_Piece]) -> tuple[str, list[tuple[int, int, str | None, int]]]:
    """The pieces' text with white space collapsed to single spaces (as the walk does),
    and each piece's place in it with its marks."""
    out: list[str] = []
    tokens: list[tuple[int, int, str | None, int]] = []
    length = 0
    space = False
    for text, href, bits in pieces:
        words = text.split()
        if not words:
            space = space or (bool(text) and length > 0)
            continue
        if space or (text[0].isspace() and length > 0):
            out.append(" ")
            length += 1
        joined = " ".join(words)
        out.append(joined)
        tokens.append((length, length + len(joined), href, bits))
        length += len(joined)
        space = text[-1].isspace()
    return "".join(out), tokens


def _runs(tokens: list[tuple[int, int, str | None, int]], key, kind: str) -> list[Span]:
    """Spans over consecutive pieces that share a mark (the same link target, or a bit);
    the single spaces between those pieces belong to the span."""
    spans: list[Span] = []
    start = end = -1
    current = None
    for token in tokens:
        s, e = token[0], token[1]
        mark = key(token)
        if mark is not None and mark == current and s <= end + 1:
            end = e
            continue
        if current is not None:
            spans.append(Span(start, end, kind, current if kind == LINK else None))
        current, start, end = mark, s, e
    if current is not None:
        spans.append(Span(start, end, kind, current if kind == LINK else None))
    return spans


# The same reads and cuts compiled (locate/_walk.pyx), when the extension was built at
# install: the owner's inline content is followed through libxml2's nodes instead of a
# Python object per element, and the spans are cut on C arrays. The class above stays as
# its twin (tests/test_spans_compiled.py) and serves where no C compiler was found.
PyInlineMarks = InlineMarks
with suppress(ImportError):  # installed without a C compiler: the Python class serves
    from ._walk import InlineMarks  # noqa: F811
