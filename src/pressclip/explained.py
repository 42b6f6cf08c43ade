"""Explain mode's entries as callers show them: the `explain` list of the API and of
`pressclip extract --explain --format json`, and its one-line-a-block text form.

One function builds the list for the CLI and the service, so that both give the same
entries: every block of the page (every line in text mode), kept or dropped, in page order,
each with its `text`, `kept`, `reason`, `tag` and `path` (record.Decision).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .record import Article

KEPT_MARK = "+"
DROPPED_MARK = "-"
# The reason column is as wide as the page's longest reason, up to this (the longest of
# both extractors, "headline, byline or dateline (in the record)"), so that the block texts
# start in one column and still have room on an 80-column terminal.
_REASON_WIDTH = 45
_ELLIPSIS = "…"


def explain_entries(article: Article) -> list[dict[str, Any]]:
    """The article's decisions as JSON-ready dicts; [] when it was extracted without
    explain=True."""
    return [asdict(d) for d in article.explain or []]


def explain_lines(entries: list[dict[str, Any]], width: int = 100) -> list[str]:
    """One line a block: its mark (+ kept, - dropped), its reason, its text cut to fit
    `width` characters; then a count of kept and dropped blocks."""
    reason_width = min(_REASON_WIDTH, max((len(e["reason"]) for e in entries), default=0))
    lines = []
    for entry in entries:
        mark = KEPT_MARK if entry["kept"] else DROPPED_MARK
        head = f"{mark} {entry['reason']:<{reason_width}}  "
        lines.append(head + one_line(entry["text"], max(width - len(head), 10)))
    kept = sum(1 for e in entries if e["kept"])
    lines.append(f"{len(entries)} blocks: {kept} kept ({KEPT_MARK}), "
                 f"{len(entries) - kept} dropped ({DROPPED_MARK})")
    return lines


def one_line(text: str, width: int) -> str:
    """The text on one line (its white space runs as single spaces), cut to `width`
    characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1].rstrip() + _ELLIPSIS
