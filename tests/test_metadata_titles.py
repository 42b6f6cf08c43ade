"""How the title is chosen among the page's sources, on small pages written for these tests
(invented sites)."""

from __future__ import annotations

import pytest

from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

URL = "https://www.lakeside-courier.example/a/1"


def title_of(head: str, body: str, url: str = URL) -> str | None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_metadata(parse_html(page), url).title


@pytest.mark.parametrize("head", [
    # The <title> is the site's name, as its address or og:site_name gives it.
    "<title>Lakeside Courier</title>",
    "<title>lakeside-courier.example</title>",
    '<title>The Courier</title><meta property="og:site_name" content="The Courier">',
    # A structured title that names the site and nothing else.
    '<meta property="og:title" content="Lakeside Courier"><title>Lakeside Courier</title>',
])
def test_a_title_that_is_the_sites_name_gives_way_to_the_h1(head: str) -> None:
    body = "<div><h1>Ferry service resumes after the storm</h1><p>Boats sail again.</p></div>"
    assert title_of(head, body) == "Ferry service resumes after the storm"


def test_the_sites_name_stays_the_title_of_a_page_with_no_other() -> None:
    assert title_of("<title>Lakeside Courier</title>", "<p>Welcome.</p>") == "Lakeside Courier"


@pytest.mark.parametrize("title, headline", [
    ("23.01.2026 - Council approves the new harbour budget",
     "Council approves the new harbour budget"),
    ("Council approves the new harbour budget | 5 May 2026",
     "Council approves the new harbour budget"),
    ("2026-01-23 – Council approves the new harbour budget",
     "Council approves the new harbour budget"),
    # A headline too short to stand alone keeps its date; a year or a number is no date.
    ("Weekly report 14. - 20. January 2026", "Weekly report 14. - 20. January 2026"),
    ("1989 - The year the old harbour wall came down",
     "1989 - The year the old harbour wall came down"),
    ("Harbour history - Part 49 of the long series",
     "Harbour history - Part 49 of the long series"),
])
def test_a_date_alone_at_the_titles_edge_is_cut(title: str, headline: str) -> None:
    body = f"<article><h1>{title}</h1><p>The council met.</p></article>"
    assert title_of(f"<title>{title}</title>", body) == headline


@pytest.mark.parametrize("h1, title", [
    # A kicker before a colon is the headline's first words, as the site writes them.
    ("«Empty Quays»: Ferry service resumes after the long storm",
     "«Empty Quays»: Ferry service resumes after the long storm"),
    ("港の朝：Ferry service resumes after the long storm",
     "港の朝：Ferry service resumes after the long storm"),
    # Glued by markup, or set apart by no colon, it is a label: the structured title stands.
    ("Press release of the harbour office :Ferry service resumes after the long storm",
     "Ferry service resumes after the long storm"),
    ("Empty Quays Ferry service resumes after the long storm",
     "Ferry service resumes after the long storm"),
])
def test_a_kicker_glued_before_the_structured_title_stays_after_a_colon(h1: str,
                                                                        title: str) -> None:
    head = ('<meta property="og:title" content="Ferry service resumes after the long storm">'
            "<title>Ferry service resumes after the long storm | Lakeside Courier</title>")
    assert title_of(head, f"<div><h1>{h1}</h1><p>Boats sail again.</p></div>") == title


@pytest.mark.parametrize("title, h1, expected", [
    # The h1 is the title's part where no site's name stands: before a dash or a bar, or
    # after a colon.
    ("Tides and their keepers - A lighthouse family across four generations",
     "Tides and their keepers", "Tides and their keepers"),
    ("Mara Quill: Tides and their keepers", "Tides and their keepers",
     "Tides and their keepers"),
    # Before a colon it may be the blog's name; a word or two is a section's.
    ("Harbour Notes Weekly: Tides turn again tonight", "Harbour Notes Weekly",
     "Harbour Notes Weekly: Tides turn again tonight"),
    ("Local News - Tides turn again tonight and tomorrow", "Local News",
     "Local News - Tides turn again tonight and tomorrow"),
])
def test_an_h1_that_is_one_part_of_the_title(title: str, h1: str, expected: str) -> None:
    assert title_of(f"<title>{title}</title>", f"<div><h1>{h1}</h1><p>Text.</p></div>") == (
        expected)


def test_where_the_title_is_the_sites_name_a_section_h1_gives_way_to_the_headline() -> None:
    body = ("<h1>Lakeside Courier</h1><h1>Sport</h1><h1>Rowers win the cup on the lake</h1>"
            "<p>The crew won.</p>")
    assert title_of("<title>Lakeside Courier</title>", body) == "Rowers win the cup on the lake"


@pytest.mark.parametrize("title, headline", [
    ("Rowers win the cup on the lake - Lakeside Sports Weekly", "Rowers win the cup on the lake"),
    # One word, lower-case words, or a headline capitalised word by word: no name to cut.
    ("Rowers win the cup on the lake - Wonderful", "Rowers win the cup on the lake - Wonderful"),
    ("Rowers win the cup - and the town celebrates",
     "Rowers win the cup - and the town celebrates"),
    ("Rowers Win The Cup On The Lake - Lakeside Sports",
     "Rowers Win The Cup On The Lake - Lakeside Sports"),
])
def test_a_name_capitalised_word_by_word_after_the_last_dash_is_cut(title: str,
                                                                    headline: str) -> None:
    assert title_of(f"<title>{title}</title>", "<p>The crew won.</p>",
                    "https://news.example/a/1") == headline


@pytest.mark.parametrize("url", ["https://www.lakeside-courier.example/",
                                 "https://www.lakeside-courier.example/index.html"])
def test_the_sites_name_is_the_title_of_its_home_page(url: str) -> None:
    body = "<div><h1>Welcome to the harbour town news</h1><p>Latest stories.</p></div>"
    assert title_of("<title>Lakeside Courier</title>", body, url) == "Lakeside Courier"
    # A query names a story on the home page's address: no home page.
    assert title_of("<title>Lakeside Courier</title>", body, url + "?story=12") == (
        "Welcome to the harbour town news")


@pytest.mark.parametrize("title, heading, expected", [
    # The title's longest part, shown alone as a heading, is the headline: the other parts
    # name the site or its section, which no key names.
    ("Rowers Win The Cup On The Lake - Lakeside Sports", "Rowers Win The Cup On The Lake",
     "Rowers Win The Cup On The Lake"),
    ("Wire Desk | Harbour Shipping Co. | Harbour crane topples in the autumn storm",
     "Harbour crane topples in the autumn storm", "Harbour crane topples in the autumn storm"),
    # A colon joins a label to the headline as the site writes it.
    ("Storm: Harbour crane topples in the autumn storm",
     "Harbour crane topples in the autumn storm",
     "Storm: Harbour crane topples in the autumn storm"),
    # A shorter part shown is a name, the longer one its description.
    ("Ferries - Timetables and fares for the whole lake region", "Ferries",
     "Ferries - Timetables and fares for the whole lake region"),
])
def test_the_part_of_the_title_the_page_shows_as_a_heading(title: str, heading: str,
                                                           expected: str) -> None:
    body = f"<div><h2>{heading}</h2><p>The crew won.</p></div>"
    assert title_of(f"<title>{title}</title>", body, "https://news.example/a/1") == expected


@pytest.mark.parametrize("body, expected", [
    # An old page sets its headline in bold in a table cell, no heading: the part of the
    # title that an element holds whole is the headline, the rest the site's and section's.
    ("<table><tr><td><font size=4><b>Harbour crane topples in the autumn storm</b></font>"
     "</td></tr><tr><td>The crane fell at dawn.</td></tr></table>",
     "Harbour crane topples in the autumn storm"),
    # The words inside a longer paragraph are not shown apart: the title stays whole.
    ("<p>Harbour crane topples in the autumn storm, the port said on Monday.</p>",
     "Valley Herald - Harbour crane topples in the autumn storm"),
    # A part shown as a heading beside it is a name the page shows too: the title stays.
    ("<h3>Valley Herald</h3><div><b>Harbour crane topples in the autumn storm</b></div>",
     "Valley Herald - Harbour crane topples in the autumn storm"),
    # A page with an h1 (here its logo's) is not searched for the part: the search of the
    # body's text nodes is for old templates that set no h1.
    ("<h1><img src='/logo.png'></h1><div><b>Harbour crane topples in the autumn storm</b>"
     "</div>",
     "Valley Herald - Harbour crane topples in the autumn storm"),
])
def test_the_part_of_the_title_an_element_shows_whole(body: str, expected: str) -> None:
    title = "<title>Valley Herald - Harbour crane topples in the autumn storm</title>"
    assert title_of(title, body, "https://news.example/a/1") == expected


def test_an_h1_that_is_the_titles_part_naming_the_site_is_the_logo() -> None:
    # The logo's h1 holds the site's longer name, which the <title> sets after the headline.
    head = "<title>Ferry service resumes after the storm - Lakeside Courier Weekend Edition</title>"
    body = ("<div><h1>Lakeside Courier Weekend Edition</h1></div><div><h2>Ferry service resumes"
            " after the storm</h2><p>Boats sail again.</p></div>")
    assert title_of(head, body) == "Ferry service resumes after the storm"


@pytest.mark.parametrize(("title", "expected"), [
    ("Ferry service resumes (from The Lakeside Courier )", "Ferry service resumes"),
    ("Ferry service resumes [lakeside-courier.example]", "Ferry service resumes"),
    ("Ferry service resumes @ Lakeside Courier Media", "Ferry service resumes"),
    ("Ferry service resumes on LakesideCourier.com", "Ferry service resumes"),
    ("Ferry service resumes【Lakeside Courier】", "Ferry service resumes"),
    # The bracketed name may open the title too.
    ("[Lakeside Courier] Ferry service resumes", "Ferry service resumes"),
    ("【Lakeside Courier】Ferry service resumes", "Ferry service resumes"),
    # A bracket or a place that names no site is the headline's.
    ("Ferry service resumes (video)", "Ferry service resumes (video)"),
    ("[Video] Ferry service resumes", "[Video] Ferry service resumes"),
    ("【速報】Ferry service resumes", "【速報】Ferry service resumes"),
    ("Ferry service resumes on Lakeside", "Ferry service resumes on Lakeside"),
])
def test_the_sites_name_in_brackets_or_after_at_ends_no_headline(title: str,
                                                                 expected: str) -> None:
    assert title_of(f"<title>{title}</title>", "<p>Boats sail again.</p>") == expected


@pytest.mark.parametrize("title", [
    "Ferry service resumes after the storm › Lakeside Courier",
    "Lakeside Courier > Ferry service resumes after the storm",
    "Lakeside Courier › Local › Ferry service resumes after the storm",
    "Ferry service resumes after the storm ~ Lakeside Courier",
    "Ferry service resumes after the storm // Lakeside Courier",
    # "«" parts the site off where no "»" closes a quote with it.
    "Ferry service resumes after the storm « Lakeside Courier",
])
def test_breadcrumb_marks_set_the_sites_name_apart(title: str) -> None:
    assert title_of(f"<title>{title}</title>", "<p>Boats sail again.</p>") == (
        "Ferry service resumes after the storm")


def test_a_quote_in_guillemets_is_no_separator() -> None:
    title = "« Empty quays » as the ferry service stops for the winter"
    assert title_of(f"<title>{title}</title>", "<p>Boats sail again.</p>") == title


def test_a_path_of_sections_left_where_the_site_was_cut_gives_way_to_the_h1() -> None:
    body = "<div><h1>Ferry service resumes after the storm</h1><p>Boats sail again.</p></div>"
    assert title_of("<title>Lakeside Courier > Local > News</title>", body) == (
        "Ferry service resumes after the storm")


def test_a_short_part_after_a_bar_stays_in_the_json_ld_headline() -> None:
    # The headline field holds the headline alone: its own part after a bar is no section.
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"New ferry timetable starts on Monday | Winter Edition"}</script>'
            "<title>New ferry timetable starts on Monday | Winter Edition | Lakeside Courier"
            "</title>")
    assert title_of(head, "<p>Boats sail again.</p>") == (
        "New ferry timetable starts on Monday | Winter Edition")
    # The site's name goes from it as from any title.
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Ferry timetable | Lakeside Courier"}</script>')
    assert title_of(head, "<p>Boats sail again.</p>") == "Ferry timetable"
