"""Flattened page text -> the lines that carry text, normalised so no flattener's habits show.

Flatteners differ in indentation, bullet glyphs, blank lines and odd spaces; their depth
says nothing of whether a line is article text, so it is removed here. Only the steps of
indentation from one line to the next are read again, from the raw text (layout.py).

Some flatteners number the items of ordered lists ("1. News", "2. World"), others do not:
the numbers are the flattener's, not the page's, so a run of lines numbered 1, 2, 3 ...
loses them. A lone "1." or a count that does not start at one is the page's own text.

Some flatteners part inline elements with a space, even before the comma or full stop that
follows a link or an emphasis ("the law , said"): that space is taken off again.

Flatteners that lay tables out as on screen put the cells of a row side by side, padded
with spaces: a navigation column beside the article's paragraphs, row after row. Read line
by line, the article comes cut into pieces between menu items. Such a table is read column
by column instead, each cell a line of its own, so the article's cells come as one run.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

# Zero-width characters that str.split() does not take for spaces.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DROP_ZERO_WIDTH = str.maketrans(dict.fromkeys(_ZERO_WIDTH))
# List-item glyphs flatteners put before items ("* ", "+ ", "o ", "- ", "• " ...).
_BULLET_GLYPHS = "*+-•·▪◦‣o>"
_BULLET = re.compile(rf"^(?:[{re.escape(_BULLET_GLYPHS)}] )+")
_BULLET_FIRST = frozenset(_BULLET_GLYPHS)
# A line with no letter and no digit (rules, lone separators) carries no text.
_HAS_WORD = re.compile(r"\w")
# Cells laid out on screen are parted by three spaces or more: prose has two at most
# (after a full stop, in text typed that way). A row of such a table has that gap between
# two cells, or is padded with spaces to the table's width. Flatteners that part cells
# with tabs do not align them, so their cells are simply lines, in the order they come.
CELL_GAP = "   "
# An ordered list's item as a flattener numbers it: "12. Text".
_NUMBERED = re.compile(r"^([0-9]{1,3})\. (?=\S)")
# A space between a word and the comma or full stop after it, the flattener's (inline
# elements parted by a space). Not before ";", ":", "!" or "?", which French spaces itself.
_SPACED_STOP = re.compile(r"(?<=\w) (?=[,.](?: |$))")
# Items of one list lie this close (lines) to each other: an item may wrap onto a second line.
LIST_ITEM_GAP = 3


def normalise_line(raw: str) -> str:
    # str.split() knows every Unicode space (no-break, thin, ideographic ...) and runs in C.
    return _tidy(" ".join(raw.split()))


def _tidy(text: str) -> str:
    """A line with its spaces already collapsed, without the flattener's spaces before stops
    and its list-item glyphs."""
    if " ," in text or " ." in text:
        text = _SPACED_STOP.sub("", text)
    return _BULLET.sub("", text) if text[:1] in _BULLET_FIRST else text


def _is_table_row(raw: str) -> bool:
    # Short of padding at its end, a row's gap lies after its first cell: lstrip will do.
    return "\t" not in raw and (raw.endswith(CELL_GAP) or CELL_GAP in raw.lstrip())


def _has_inner_tab(raw: str) -> bool:
    return "\t" in raw.strip()


def _cells(row: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a row. str.split does the scanning, in C: rows are
    indented and padded, often with hundreds of spaces."""
    body = row.lstrip(" ")
    offset = len(row) - len(body)
    cells = []
    for part in body.split(CELL_GAP):
        if part:
            text = part.lstrip(" ")
            if text:
                cells.append((offset + len(part) - len(text), text.rstrip()))
        offset += len(part) + len(CELL_GAP)
    return cells


def _columns(rows: list[str]) -> list[str]:
    """The cells of consecutive table rows, column after column, each column top-down.

    Columns start where a cell other than a row's first starts; a cell belongs to the last
    column starting at or before it, so indentation inside a column stays in it."""
    cells = [_cells(row.rstrip()) for row in rows]
    starts = sorted({start for row in cells for start, _ in row[1:]})
    if not starts:
        return rows
    by_column: list[list[str]] = [[] for _ in range(len(starts) + 1)]
    for row in cells:
        for start, cell in row:
            by_column[bisect_right(starts, start)].append(cell)
    return [cell for column in by_column for cell in column]


def _read_tables(raws: list[str], rows: list[int]) -> list[str]:
    """`raws` with each run of table rows (blank lines between them aside) read column by
    column, and lines with tabs inside cut at them."""
    out: list[str] = []
    done = 0
    table: list[str] = []
    for i in rows:
        if i > done:
            between = raws[done:i]
            if table and any(map(str.strip, between)):
                out += _columns(table)
                table = []
            if not table:
                out += between
        if _has_inner_tab(raws[i]):
            out += _columns(table) + raws[i].split("\t")
            table = []
        else:
            table.append(raws[i])
        done = i + 1
    return out + _columns(table) + raws[done:]


def split_lines(text: str) -> list[str]:
    """The lines of `text` that carry at least one letter or digit, normalised (the cells of
    laid-out tables column by column)."""
    if any(char in text for char in _ZERO_WIDTH):
        text = text.translate(_DROP_ZERO_WIDTH)
    raws = text.splitlines()
    # Most texts, and most lines, have no wide gap and no tab: one test in C settles them.
    if CELL_GAP in text or "\t" in text:
        rows = [i for i, raw in enumerate(raws) if (CELL_GAP in raw or "\t" in raw)
                and (_is_table_row(raw) or _has_inner_tab(raw))]
        if rows:
            raws = _read_tables(raws, rows)
    # normalise_line, line by line, done in C for most lines. It only takes characters away:
    # a raw line without a word character (a blank line, most often) gives none, and is not
    # normalised at all; of the others, only a list-item glyph taken off (_BULLET: "o" is
    # a word character) can leave a line without one.
    return _unnumbered(_tidy_lines(_spaced_lines(raws), _BULLET_GLYPHS, _tidy,
                                   _HAS_WORD.search))


def python_spaced_lines(raws: list[str]) -> list[str]:
    """Of `raws`, the lines with a word character, their spaces collapsed (normalise_line's
    first step). _text.spaced_lines is the compiled twin."""
    return [" ".join(raw.split()) for raw in raws if _HAS_WORD.search(raw)]


def python_tidy_lines(spaced: list[str], bullets: str, tidy: Callable[[str], str],
                      has_word: Callable[[str], object]) -> list[str]:
    """The spaced lines tidied where they need it (a space before a comma or full stop, a
    list glyph of `bullets` first), a tidied line kept if it still has a word character.
    _text.tidy_lines is the compiled twin."""
    lines = [tidy(line) if " ," in line or " ." in line or (line and line[0] in bullets)
             else line for line in spaced]
    return [line for line, before in zip(lines, spaced, strict=True)
            if line is before or (line and has_word(line))]


def _unnumbered(lines: list[str]) -> list[str]:
    """`lines` with the numbers of ordered lists (runs of items numbered 1, 2, 3 ... with at
    most LIST_ITEM_GAP lines from one to the next) taken off."""
    numbered = [(i, int(m[1]), m.end()) for i, line in enumerate(lines)
                if line[:1].isdigit() and (m := _NUMBERED.match(line))]
    if not numbered:
        return lines
    out = list(lines)
    run: list[tuple[int, int]] = []
    for i, number, end in numbered:
        if run and number == len(run) + 1 and i - run[-1][0] <= LIST_ITEM_GAP:
            run.append((i, end))
            continue
        _strip(out, run)
        run = [(i, end)] if number == 1 else []
    _strip(out, run)
    return out


def _strip(lines: list[str], run: list[tuple[int, int]]) -> None:
    if len(run) >= 2:
        for i, end in run:
            lines[i] = lines[i][end:]


try:
    from ._text import spaced_lines as _compiled_spaced_lines
    from ._text import tidy_lines as _compiled_tidy_lines
except ImportError:  # installed without a C compiler: the Python twins give the same lines
    _compiled_spaced_lines = _compiled_tidy_lines = None
_spaced_lines = _compiled_spaced_lines or python_spaced_lines
_tidy_lines = _compiled_tidy_lines or python_tidy_lines
