"""What the flattener's indentation says about a line, relative to the lines around it.

lines.py drops indentation, since its depth is the flattener's (one indents by nesting
depth, another by two spaces a level or not at all). What holds for any flattener that
indents is the step: a picture's caption and its credit sit nested inside a figure, so a
flattener that writes them indents them deeper than the paragraphs above and below, which
share one depth. These columns read only steps, never a depth:
- indent_step_prev / indent_step_next: -1, 0 or 1 as the line is indented less, as much or
  more than the line before / after it;
- inset: indented deeper than both neighbours, which share one depth;
- off_main_indent: indented otherwise than most of the page's long lines (the paragraphs).
A text whose lines cannot be matched one to one with its raw lines (tables read column by
column, lines.py) gives the columns of a text without indentation: all 0.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

LAYOUT_NAMES = ("indent_step_prev", "indent_step_next", "inset", "off_main_indent")
# A raw line of this many characters or more is a paragraph for the page's main depth
# (features.LONG_TOKENS tokens of about six characters).
LONG_CHARS = 120
_HAS_WORD = re.compile(r"\w")


def columns(text: str | None, count: int) -> np.ndarray:
    """(count, len(LAYOUT_NAMES)) matrix of the layout columns of the lines of `text`."""
    cols = np.zeros((count, len(LAYOUT_NAMES)))
    if text is None or count == 0:
        return cols
    depth, length = _indents(text.splitlines())
    if len(depth) != count or not depth.any():
        return cols
    step_prev = np.sign(np.diff(depth, prepend=depth[0]))
    step_next = np.sign(depth - np.append(depth[1:], depth[-1]))
    cols[:, 0] = step_prev
    cols[:, 1] = step_next
    same_around = np.zeros(count, dtype=bool)
    same_around[1:-1] = depth[:-2] == depth[2:]
    cols[:, 2] = (step_prev > 0) & (step_next > 0) & same_around
    long = length >= LONG_CHARS
    if long.any():
        cols[:, 3] = depth != Counter(depth[long].tolist()).most_common(1)[0][0]
    return cols


def python_indents(raws: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Of `raws`, the lines holding a word character: each one's indentation (white space
    opening it) and its length stripped. _text.indents is the compiled twin."""
    worded = [raw for raw in raws if _HAS_WORD.search(raw)]
    stripped = [raw.lstrip() for raw in worded]
    return (np.array([len(r) - len(s) for r, s in zip(worded, stripped, strict=True)],
                     dtype=np.int64),
            np.array([len(s.rstrip()) for s in stripped], dtype=np.int64))


try:
    from ._text import indents as _compiled_indents
except ImportError:  # installed without a C compiler: the Python twin gives the same
    _compiled_indents = None
_indents = _compiled_indents or python_indents
