"""The notices a page prints inside the article's container, dropped in one pass:
pitches (pitches.py), comment-policy notices (moderation.py), consent notices
(consent.py) and blog posts' filing lines (filing.py), each kind's words in its own module.

Most kept blocks are none of them, and each kind's patterns cost several searches a
block: one search for the stems every notice of the four holds (their STEMS), at the
start of a word of the block in lower case, leaves almost every block before any kind's
test runs. The stems are searched as a tree of their letters (alternation.prefix_tree: a
block's every word start tries a few first letters, not each stem), and past pitches' and
consent notices' length only where a comment rule may start.
"""

from __future__ import annotations

import re

import numpy as np

from ..alternation import prefix_tree
from . import consent, filing, moderation, pitches
from .blocks import RawBlock
from .lines import drop_lines

_GATE = re.compile(r"\b" + prefix_tree(frozenset((*pitches.STEMS, *moderation.STEMS,
                                                    *consent.STEMS, *filing.STEMS))))
# The longest block each reads: a longer one is only read by moderation.py, whose rule
# starts early in it (a stem's characters past RULE_WITHIN).
_WHOLE_CHARS = max(pitches.MAX_CHARS, consent.MAX_CHARS, filing.MAX_CHARS)
_HEAD_CHARS = moderation.RULE_WITHIN + max(map(len, moderation.STEMS))


def is_notice(text: str) -> bool:
    """Whether a block is a pitch, a comment-policy notice, a consent notice or a filing
    line."""
    text = text.strip()
    if not text or len(text) > moderation.MAX_CHARS:
        return False
    low = text.lower()
    if _GATE.search(low, 0, len(low) if len(low) <= _WHOLE_CHARS else _HEAD_CHARS) is None:
        return False
    return (pitches.lowered_pitch(low) or moderation.lowered_comment_policy(low)
            or consent.lowered_consent_notice(low) or filing.lowered_filing_line(low))


def drop_notices(raw: list[RawBlock], keep: np.ndarray) -> np.ndarray:
    """The kept blocks without the notices among them (lines.drop_lines: a table's cells
    stay, and so does a selection of notices alone)."""
    return drop_lines(raw, keep, is_notice)
