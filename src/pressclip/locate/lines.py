"""The drop that the passes reading a kept block's words alone share (stamps.py, rights.py,
notices.py): each says which text is furniture; this takes those blocks out of the
selection.

A table's cells are data, whatever their words say: they stay. A selection made only of such
blocks is left as it is: these passes thin a selection, they never empty it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .blocks import RawBlock, tag_flag

_TABLE_BIT = tag_flag("table")


def drop_lines(raw: list[RawBlock], keep: np.ndarray,
               is_furniture: Callable[[str], bool]) -> np.ndarray:
    """The kept blocks without those outside a table whose text `is_furniture`; unchanged
    when only such blocks are kept."""
    lines = [i for i in np.flatnonzero(keep).tolist()
             if not raw[i].container.bits & _TABLE_BIT and is_furniture(raw[i].text)]
    if not lines or len(lines) == int(keep.sum()):
        return keep
    out = keep.copy()
    out[lines] = False
    return out
