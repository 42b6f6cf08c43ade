"""Pass after locating: trim the article's edges of what the record holds elsewhere.

The locator keeps the whole run of article blocks, and that run often opens with the
headline, the byline and the dateline. The record gives those as `title`, `authors` and
`date`; repeated in `text` they would count twice for a reader and for every benchmark.
Only the first blocks, before the first real paragraph, are looked at: a name or a date
further down is part of the story.
"""

from __future__ import annotations

import re

from .record import HEADING, Block

# How far into the article the opening furniture may reach.
_MAX_LEADING_BLOCKS = 8
# A block this long is prose: the opening ends at it.
_PROSE_WORDS = 25
# Bylines and datelines are short.
_MAX_FURNITURE_WORDS = 16
_WORD = re.compile(r"\w+", re.UNICODE)
_DATE_LIKE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|"
    r"(?:19|20)\d{2})\b"
)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def trim_edges(blocks: list[Block], title: str | None, authors: list[str]) -> list[Block]:
    """Drop the headline, and short byline or dateline blocks, from the article's opening."""
    if not blocks:
        return blocks
    title_n = _norm(title) if title else ""
    author_ns = [_norm(a) for a in authors if a]
    out: list[Block] = []
    opening = True
    for i, block in enumerate(blocks):
        if opening and (i >= _MAX_LEADING_BLOCKS or _is_prose(block)):
            opening = False
        if opening and _is_furniture(block, title_n, author_ns):
            continue
        out.append(block)
    return out


def _is_prose(block: Block) -> bool:
    return block.kind != HEADING and len(_WORD.findall(block.text)) >= _PROSE_WORDS


def _is_furniture(block: Block, title_n: str, author_ns: list[str]) -> bool:
    text_n = _norm(block.text)
    if not text_n:
        return True
    if title_n and (text_n == title_n or (block.kind == HEADING and text_n in title_n)):
        return True
    if len(text_n.split()) > _MAX_FURNITURE_WORDS:
        return False
    if any(a and a in text_n for a in author_ns):
        return True
    # A short line that is mostly a date: "Published 4 July 2025, 10:32".
    return bool(_DATE_LIKE.search(block.text)) and len(text_n.split()) <= 8
