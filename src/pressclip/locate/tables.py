"""Data tables: tell one from a layout table, and read its rows and cells.

A data table is a grid of short cells; a layout table (the page of the early web, a form)
holds paragraphs, other tables or a single column. Only the shape of the table decides,
never its site or its words, so the rule holds in any language and script.
"""

from __future__ import annotations

from lxml import etree

from ..record import TABLE, Block

# A cell holding more than this many block-level elements, or line breaks, or characters,
# is a page region, not a value. A few lines are common in data cells (an address, a
# list of names); length is what tells the story cell of a layout table.
_MAX_CELL_BLOCKS = 6
_MAX_CELL_BREAKS = 8
_MAX_CELL_CHARS = 400
_CELL_BLOCK_TAGS = frozenset(
    "p div ul ol h1 h2 h3 h4 h5 h6 blockquote pre form section article header footer nav "
    "aside iframe".split())
_CELL_TAGS = ("td", "th")
_LAYOUT_ROLES = frozenset(("presentation", "none"))


def rows_of(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (thead, tbody, tfoot or bare), in order."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if r.tag == "tr")
    return rows


def is_data_table(table: etree._Element) -> bool:
    """A grid of short values: two rows or more, two columns somewhere, no nested table and
    no cell that holds paragraphs, many line breaks or long text."""
    if (table.get("role") or "").strip().lower() in _LAYOUT_ROLES:
        return False
    if any(True for _ in table.iterdescendants("table")):
        return False
    rows = rows_of(table)
    if len(rows) < 2:
        return False
    widest = 0
    for row in rows:
        cells = [c for c in row if c.tag in _CELL_TAGS]
        widest = max(widest, len(cells))
        for cell in cells:
            blocks = breaks = 0
            for el in cell.iterdescendants():
                if el.tag in _CELL_BLOCK_TAGS:
                    blocks += 1
                elif el.tag == "br":
                    breaks += 1
            if blocks > _MAX_CELL_BLOCKS or breaks > _MAX_CELL_BREAKS:
                return False
            if len(_cell_text(cell)) > _MAX_CELL_CHARS:
                return False
    return widest >= 2


def table_block(table: etree._Element) -> Block | None:
    """The table as one block: its rows of cell texts (short rows padded to the widest),
    the first row marked as header when it is made of <th> cells or sits in <thead>.
    None when every cell is empty."""
    rows: list[list[str]] = []
    header = False
    for row in rows_of(table):
        cells = [c for c in row if c.tag in _CELL_TAGS]
        texts = [_cell_text(c) for c in cells]
        if not any(texts):
            continue
        if not rows:
            header = row.getparent().tag == "thead" or all(c.tag == "th" for c in cells)
        rows.append(texts)
    if not rows:
        return None
    width = max(len(r) for r in rows)
    grid = tuple(tuple(r + [""] * (width - len(r))) for r in rows)
    text = "\n".join("\t".join(r).rstrip("\t") for r in grid)
    return Block(TABLE, text, rows=grid, header=header)


def _cell_text(cell: etree._Element) -> str:
    return " ".join("".join(cell.itertext()).split())
