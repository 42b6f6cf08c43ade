"""A list of other stories laid out as title + teaser, again and again, leaves the article;
an article's own list of the same shape, and its opening, stay."""

from __future__ import annotations

from pathlib import Path

from pressclip import extract_text
from pressclip.textmode.extract import _other_stories
from pressclip.textmode.lines import split_lines
from pressclip.textmode.teasers import teaser_runs

FIXTURE = Path(__file__).parent / "data" / "textmode_page_en.txt"
# Written for this test (no site's wording): two stories of other things.
OTHER_STORIES = [
    "Storm closes the ferry port for two days",
    "Passengers were told to stay home as winds reached gale force on Sunday.",
    "Bakery wins a national prize for its rye bread",
    "The family business has baked in the same oven since the war.",
]
# The same shape made by the article: questions about the mill, answered.
OWN_LIST = [
    "What will the tide mill cost the town",
    "The council said the mill would cost about 4 million euros over three years.",
    "Who will own the turbines of the mill",
    "The council said the town would own the turbines and sell the electricity.",
]


def _sizes(lines: list[str]) -> list[float]:
    return [float(len(line.split())) for line in lines]


def _page(box: list[str]) -> tuple[list[str], list[int], int]:
    """The fixture's article's paragraphs with `box` after the third, every line kept, and
    the index of its first paragraph of prose."""
    article = extract_text(FIXTURE.read_text(encoding="utf-8"))
    prose = article.text.split("\n\n")
    lines = [article.title or "", *prose[:3], *box, *prose[3:]]
    return lines, list(range(1, len(lines))), 1


def test_titles_and_teasers_in_turn_make_a_run_of_pairs() -> None:
    lines = ["Menu", *OTHER_STORIES, "Read more"]
    assert teaser_runs(lines, _sizes(lines), 0, len(lines) - 1) == [range(1, 5)]
    # One pair is a subheading and its paragraph; a title before a title is no teaser's.
    one = OTHER_STORIES[:2]
    assert teaser_runs(one, _sizes(one), 0, 1) == []
    titles = OTHER_STORIES[::2] + OTHER_STORIES[1::2]
    assert teaser_runs(titles, _sizes(titles), 0, 3) == []


def test_a_list_of_other_stories_inside_the_article_leaves_it() -> None:
    lines, body, start = _page(OTHER_STORIES)
    box = set(range(4, 4 + len(OTHER_STORIES)))
    assert _other_stories(lines, _sizes(lines), body, start) == box


def test_the_articles_own_list_and_its_opening_stay() -> None:
    lines, body, start = _page(OWN_LIST)
    assert _other_stories(lines, _sizes(lines), body, start) == set()
    # A byline, a date line and the lead alternate the same way: a run that opens where the
    # article's prose starts (or before) is its opening, and stays.
    lines, body, _ = _page(OTHER_STORIES)
    assert _other_stories(lines, _sizes(lines), body, 4) == set()
    assert _other_stories(lines, _sizes(lines), body, 3) == set(range(4, 8))


def test_extract_text_drops_the_list_between_paragraphs() -> None:
    page = FIXTURE.read_text(encoding="utf-8")
    lines = split_lines(page)
    fourth = [i for i, line in enumerate(lines) if len(line.split()) >= 30][3]
    with_box = "\n".join([*lines[:fourth], *OTHER_STORIES, *lines[fourth:]])
    text = extract_text(with_box).text
    assert not any(line in text for line in OTHER_STORIES)
    assert extract_text(page).text == text
