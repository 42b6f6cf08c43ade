"""An article a page hides in a tab until a script shows it is found; other hidden text is
not taken for one (locate/hidden.py)."""

import pytest

import pressclip
from bench import datasets
from bench.scoring import score_page

_REVIEW = "".join(
    f"<p>The hotel on the river has {n} rooms, each with a view of the old bridge, and the "
    "staff speak four languages. Breakfast is served in the garden until eleven, and the bar "
    "on the roof stays open late on weekends.</p>" for n in range(20, 26))
_TABS = ("<ul class='tabs'><li><a href='#facts'>Facts</a></li>"
         "<li><a href='#review'>Review</a></li></ul>")


def _page(review_style: str, lead: str) -> str:
    return ("<html><head><title>River Hotel review</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/hotels'>Hotels</a></nav>" + _TABS +
            f"<h1>River Hotel</h1><p>{lead}</p>"
            f"<div id='review' style='{review_style}'><h2>The review of the River Hotel</h2>"
            f"{_REVIEW}</div><footer>© 2024 Travel Guide</footer></body></html>")


# A standfirst the locator keeps: the article seems found, but too short.
_LEAD = ("A quiet hotel by the river, a short walk from the old town and its markets. Rooms "
         "are small but bright, and the prices are fair for the city, our reviewer found on a "
         "visit in May.")


def test_an_article_in_a_hidden_tab_is_found():
    art = pressclip.extract(_page("display: none", _LEAD))
    assert "the bar on the roof stays open late" in " ".join(art.text.split())


def test_the_same_page_with_the_tab_shown_gives_the_same_article():
    hidden = pressclip.extract(_page("display: none", _LEAD)).text
    shown = pressclip.extract(_page("", _LEAD)).text
    assert hidden == shown


def test_hidden_text_that_is_not_about_the_page_stays_hidden():
    # A visible short article and, hidden, long prose about something else (another story,
    # a notice): the title's terms are not in it, so it is not taken for the article.
    page = _page("display: none", _LEAD).replace("River Hotel review", "Ferry timetable")
    page = page.replace("<h1>River Hotel</h1>", "<h1>Ferry timetable</h1>")
    assert "bar on the roof" not in pressclip.extract(page).text


def test_a_page_of_furniture_with_hidden_prose_still_gives_none():
    # Nothing located (the gate's "no article") is never looked for behind hidden tabs: pages
    # of furniture hide comments and other stories too.
    page = ("<html><head><title>River Hotel review</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/hotels'>Hotels</a></nav>"
            f"<div style='display: none'>{_REVIEW}</div>"
            "<footer>© 2024 Travel Guide</footer></body></html>")
    assert pressclip.extract(page).blocks == []


@pytest.mark.skipif(not datasets.available(), reason="no shared data (../shared/data)")
def test_a_shared_page_with_its_review_in_a_hidden_tab():
    row = next(r for r in datasets.rows("cleaneval", split="train")
               if r["id"] == "cleaneval/final/760")
    assert score_page(row["body"], pressclip.extract(row["html"]).text).f1 > 0.8
