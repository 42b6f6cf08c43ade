"""A writer's name set beside the dateline with no label, class or link (issue 13 item 4,
session 19), on pages written for these tests: read only where the row under the headline
holds nothing but the date, digits and names."""

from __future__ import annotations

from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

STORY = ("<p>The council met on Tuesday evening to vote on the budget for next year, after weeks "
         "of debate about the new tram line and its cost.</p>")
HEADLINE = "Council votes on the tram budget"


def _authors(body: str, url: str | None = None) -> list[str]:
    page = (f"<html><head><title>{HEADLINE} | Example Times</title></head>"
            f"<body><article><h1>{HEADLINE}</h1>{body}{STORY}</article></body></html>")
    return read_metadata(parse_html(page), url).authors


def test_name_in_the_row_of_a_time_element() -> None:
    row = ("<div><div><span>Jane Marie Doe</span></div><div><div><time datetime="
           "'2024-05-12T10:00:00Z'>12.05.2024, 12:00</time></div><div><svg><title>Clock"
           "</title></svg><span>8 Min</span></div></div></div>")
    assert _authors(row) == ["Jane Marie Doe"]


def test_name_after_the_date_in_one_text() -> None:
    assert _authors("<div><span>08.06.2023 - Petra Lindqvist</span></div>") == [
        "Petra Lindqvist"]
    assert _authors("<p><small>17.03.2023 | 09:45 Uhr | Tomas Brenner</small></p>") == [
        "Tomas Brenner"]


def test_a_row_with_other_words_is_no_byline() -> None:
    # A section's tags beside the date.
    assert _authors("<div><span>4. März 2022</span><ul><li>Press release</li>"
                    "<li>Health Care</li></ul></div>") == []
    # A sentence that holds a date and a place's name.
    assert _authors("<p>The next meeting is on 5 February 2020 at the <a>Cafe Aurora</a>"
                    " downtown.</p>") == []


def test_a_control_or_the_sites_name_is_no_byline() -> None:
    # A share link beside its icon, a follow button.
    assert _authors("<div><div>March 3rd 2021</div><div><a href='https://social.example"
                    "/share'><i class='icon'></i> Share This</a></div></div>") == []
    assert _authors("<div><span>Jane Doe</span><button>Follow Now</button>"
                    "<span>Jun 2, 2021</span></div>") == ["Jane Doe"]
    # The site the page's address names.
    assert _authors("<p>Tram Courier • 02.02.2022</p>",
                    "https://www.tram-courier.example/news/1") == []
    # Without the address, nothing tells it from a person's name.
    assert _authors("<p>Tram Courier • 02.02.2022</p>") == ["Tram Courier"]


def test_a_labelled_byline_comes_first() -> None:
    assert _authors("<p class='byline'>By John Smith</p><div><span>Jane Doe</span>"
                    "<time datetime='2024-05-12'>12 May 2024</time></div>") == ["John Smith"]


def test_a_tag_link_or_a_page_without_headline_gives_no_byline() -> None:
    # The category's link beside the date names a subject.
    assert _authors("<ul><li>October 9, 2021</li><li><a rel='category tag' href='/c/home'>"
                    "Garden Design</a></li></ul>") == []
    assert _authors("<ul><li>October 9, 2021</li><li><a href='/people/jane-doe'>Jane Doe</a>"
                    "</li></ul>") == ["Jane Doe"]
    # No h1: a page's first dated row may be a title block's ("Mountain Sickness / May 16,
    # 2003"), not the line under a headline; the same row under one is read.
    page = ("<html><body><p><font size='+2'>Jane Doe</font><br/><font>"
            f"May 16, 2003</font></p>{STORY}</body></html>")
    assert read_metadata(parse_html(page)).authors == []
    assert read_metadata(parse_html(page.replace("<p><font", f"<h1>{HEADLINE}</h1><p><font"))
                         ).authors == ["Jane Doe"]


def test_a_dateline_with_a_two_digit_year() -> None:
    # Day first with dots, and month first with slashes: either is the row's date.
    assert _authors("<div><span>Lena Vorberg</span><span>06.11.23</span></div>") == [
        "Lena Vorberg"]
    assert _authors("<p><small>11/26/23 | Owen Castellan</small></p>") == ["Owen Castellan"]
    # A version number or a score of three numbers is no date.
    assert _authors("<div><span>Lena Vorberg</span><span>1.2.34.5</span></div>") == []
    assert _authors("<div><span>Lena Vorberg</span><span>14.15.23</span></div>") == []
