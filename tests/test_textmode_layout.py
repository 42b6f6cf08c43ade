"""Text mode's layout columns: steps of the flattener's indentation, never its depth."""

from __future__ import annotations

import pytest

from bench import datasets
from pressclip.textmode import layout
from pressclip.textmode.lines import split_lines

PARAGRAPH = ("The council of Brindlemoor voted on Tuesday to keep the old ferry running through "
             "the winter, after a long debate about its cost and the town's budget.")
CAPTION = "The ferry at the Brindlemoor pier in March."
CREDIT = "Ada Quill/Northwind Photo"


def _columns(text: str) -> dict[str, list[float]]:
    cols = layout.columns(text, len(split_lines(text)))
    return {name: cols[:, j].tolist() for j, name in enumerate(layout.LAYOUT_NAMES)}


def test_a_caption_nested_between_paragraphs_is_an_inset_off_the_main_depth() -> None:
    text = "\n".join(["      " + PARAGRAPH, "", "          " + CAPTION, "          " + CREDIT,
                      "", "      " + PARAGRAPH, "      " + PARAGRAPH])
    cols = _columns(text)
    assert cols["indent_step_prev"] == [0, 1, 0, -1, 0]
    assert cols["indent_step_next"] == [-1, 0, 1, 0, 0]
    # The caption alone is deeper than two neighbours of one depth only with its credit gone.
    assert cols["inset"] == [0, 0, 0, 0, 0]
    assert cols["off_main_indent"] == [0, 1, 1, 0, 0]
    alone = _columns("\n".join(["  " + PARAGRAPH, "     " + CAPTION, "  " + PARAGRAPH]))
    assert alone["inset"] == [0, 1, 0]


def test_the_same_steps_at_any_depth() -> None:
    shallow = "\n".join(["" + PARAGRAPH, "  " + CAPTION, "" + PARAGRAPH])
    deep = "\n".join([" " * 20 + PARAGRAPH, " " * 30 + CAPTION, " " * 20 + PARAGRAPH])
    assert _columns(shallow) == _columns(deep)


def test_text_without_indentation_or_unmatched_lines_gives_zeros() -> None:
    flat = "\n".join([PARAGRAPH, CAPTION, PARAGRAPH])
    assert not layout.columns(flat, 3).any()
    # Lines that do not match the raw lines one to one (a table read column by column).
    assert not layout.columns("  " + PARAGRAPH + "\n    " + CAPTION, 5).any()
    assert not layout.columns(None, 2).any()
    assert layout.columns("", 0).shape == (0, len(layout.LAYOUT_NAMES))


# Lines made to hit the edges: no word character, white space of every kind at either end,
# an underscore as the only word character, spaceless and astral scripts.
EDGE_RAWS = ["", "   ", "\t\tindented", "  trailing  ", "\u00a0\u3000wide\u2009", "---", " _ ",
             "* * *", "\u0301", "\U0001d400 x", "  東京都は４日。", "a\x1fb", "\x1c\x1d x \x1e",
             "   • bullet", "word"]


@pytest.mark.skipif(layout._compiled_indents is None,
                    reason="the C extension pressclip.textmode._text was not built")
def test_the_compiled_indents_give_what_the_python_twin_gives() -> None:
    def same(raws: list[str]) -> None:
        compiled, python = layout._compiled_indents(raws), layout.python_indents(raws)
        assert compiled[0].tolist() == python[0].tolist()
        assert compiled[1].tolist() == python[1].tolist()

    same(EDGE_RAWS)
    for raw in EDGE_RAWS:
        same([raw])
    if datasets.available():
        for name in ("textmode", "textmode_fundus_dev"):
            for row in datasets.rows(name, limit=30):
                same(row["text"].splitlines())
