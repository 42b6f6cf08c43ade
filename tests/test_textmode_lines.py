"""How flattened text becomes lines: layout removed, laid-out tables read column by column."""

from __future__ import annotations

from pathlib import Path

from pressclip import extract_text
from pressclip.textmode.lines import split_lines

FIXTURE = Path(__file__).parent / "data" / "textmode_page_en.txt"
MENU = ["Home", "World", "Business", "Science", "Sport", "Weather", "Podcasts", "Archive"]


def side_by_side(left: list[str], right: list[str], width: int = 16) -> str:
    """Two columns as a flattener that lays tables out on screen writes them: padded cells."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return "\n".join(f"{a:<{width}}{b:<200}" for a, b in zip(left, right, strict=True))


def test_layout_is_not_text() -> None:
    text = "   Indented title\n\n  * First item\n\t- Second item\nA line.  Two spaces after it."
    assert split_lines(text) == ["Indented title", "First item", "Second item",
                                 "A line. Two spaces after it."]


def test_a_space_a_flattener_puts_before_a_comma_or_full_stop_is_dropped() -> None:
    # Inline elements (a link, an emphasis) parted by a space; French spaces its own ":"
    # and "?", and a web address or an ellipsis keeps its dots.
    text = "The law , passed on Monday , takes effect today .\nLe vote : oui ?\nSee .com or ..."
    assert split_lines(text) == ["The law, passed on Monday, takes effect today.",
                                 "Le vote : oui ?", "See .com or ..."]


def test_a_laid_out_table_is_read_column_by_column() -> None:
    article = ["The council met on Tuesday.", "It voted for the plan.", "Work starts soon."]
    text = "Masthead\n" + side_by_side(MENU[:4], article) + "\nFooter line"
    assert split_lines(text) == ["Masthead", *MENU[:4], *article, "Footer line"]


def test_indentation_inside_a_column_keeps_the_cell_in_it() -> None:
    text = ("* News           First paragraph of the story.                  \n"
            "  * Local        Second paragraph of the story.                 \n"
            "* Sport                                                         \n")
    assert split_lines(text) == ["News", "Local", "Sport", "First paragraph of the story.",
                                 "Second paragraph of the story."]


def test_tab_separated_cells_are_lines_in_their_order() -> None:
    assert split_lines("Acura\t\tFord\t\tLotus\nBMW\t\tKia\n\tIndented") == [
        "Acura", "Ford", "Lotus", "BMW", "Kia", "Indented"]


def test_article_beside_a_menu_column_comes_out_whole() -> None:
    page = [" ".join(line.split()) for line in FIXTURE.read_text("utf-8").splitlines()
            if line.strip()]
    alone = extract_text("\n".join(page))
    laid_out = extract_text(side_by_side(MENU, page))
    assert laid_out.text == alone.text
    assert laid_out.title == alone.title
    assert not any(item in laid_out.text.split("\n\n") for item in MENU)


def test_the_numbers_of_an_ordered_list_are_the_flatteners() -> None:
    numbered = "Menu\n1. Home\n2. World\n3. Sport\nThe council met on Tuesday."
    plain = "Menu\nHome\nWorld\nSport\nThe council met on Tuesday."
    assert split_lines(numbered) == split_lines(plain)
    # A number the page wrote stays: alone, or in a count that does not start at one.
    assert split_lines("1. Alone\nText") == ["1. Alone", "Text"]
    assert split_lines("5. Fifth\n6. Sixth") == ["5. Fifth", "6. Sixth"]
