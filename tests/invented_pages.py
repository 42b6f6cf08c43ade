"""Invented pages the line-pass tests share: an article of plain prose with one block
set inside it, to check that a pass takes the block out and leaves the article whole."""

from __future__ import annotations

_PROSE = ("<p>The harbour board of Nordhafen voted on Tuesday to rebuild the old ferry pier, "
          "which storms damaged twice last winter, and to open it again next spring.</p>"
          "<p>Work starts in May. The board said the cost would be shared with the county "
          "and that the ferry would run from the north quay while the pier is closed.</p>"
          "<p>Fishermen who use the pier asked the board to keep one berth open for them, "
          "and the board agreed to study it before the work begins in the spring.</p>")


def article_around(block: str) -> str:
    """A page whose article holds `block` between two runs of its prose."""
    return (f"<html><body><article><h1>Ferry pier to be rebuilt</h1>{_PROSE}{block}"
            f"{_PROSE}</article></body></html>")
