"""A page given no body keeps its one paragraph of prose about its headline (locate/lone.py)."""

import pytest

import pressclip
from pressclip.locate import Located
from pressclip.locate.lone import lone_paragraph
from pressclip.parse.html import parse_html

HEADLINE = "Harbour ferry fares to rise in spring"
BRIEF = ("Ferry fares across the harbour will rise by ten percent in the spring, the transport "
         "board said on Monday, blaming the cost of fuel and the repairs to the northern pier "
         "that closed the route for two weeks last winter.")
NOTHING = Located([], [], None)
MENU = "".join(f"<a href='/section/{i}'>Section {i}</a> " for i in range(8))


def _teasers(start: int, count: int) -> str:
    return "".join(
        f"<div class='card'><h3><a href='/story/{i}'>Story number {i} of the day in the town"
        f"</a></h3><p>A short summary of story {i} and what it says about the town</p>"
        f"<span>{i} hours ago</span></div>" for i in range(start, start + count))


def _page() -> str:
    """A brief set in a card like the teasers around it."""
    return (f"<html><head><title>{HEADLINE}</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>" + _teasers(0, 20)
            + f"<div class='card'><h1>{HEADLINE}</h1><p>{BRIEF}</p></div>" + _teasers(20, 20)
            + "<footer><a href='/privacy'>Privacy</a></footer></body></html>")


def test_a_brief_among_many_teasers_keeps_its_paragraph():
    # The locator scores the brief like the teasers around it and keeps nothing.
    art = pressclip.extract(_page(), explain=True)
    assert art.text == BRIEF
    kept = [d for d in art.explain if d.kept]
    assert [d.reason for d in kept] == ["article (a lone paragraph about the headline)"]


def _lone(body: str, title: str | None = HEADLINE) -> str:
    root = parse_html(f"<html><body>{body}</body></html>")
    return "\n".join(b.text for b in lone_paragraph(NOTHING, root, title).blocks)


def test_the_paragraph_about_the_headline_is_taken():
    other = ("Our readers can write to the editor about any story, and letters are chosen "
             "for the printed edition every week by the staff of the letters desk.")
    assert _lone(f"<p>{other}</p><p>{BRIEF}</p>") == BRIEF


@pytest.mark.parametrize("body", [
    f"<footer><p>{BRIEF}</p></footer>",
    f"<div class='sidebar'><p>{BRIEF}</p></div>",
    f"<div class='comments'><p>{BRIEF}</p></div>",
    f"<div>{MENU}</div><form><p>{BRIEF}</p><input name='q'></form><div>{MENU * 3}</div>",
    f"<ul><li>{BRIEF}</li></ul>",
    f"<h2>{BRIEF}</h2>",
    f"<p>\u00a9 2024 {BRIEF}</p>",
    f"<p>{BRIEF[:-1]}</p>",  # no sentence end: a teaser cut short
    "<p>Ferry fares across the harbour will rise, the board said.</p>",  # too short
    f"<p>{BRIEF} Fares for children will</p>",  # a teaser cut short after a sentence
    f"<p><a href='/a'>{BRIEF}</a></p>",  # a link
])
def test_furniture_notices_teasers_and_links_are_not_an_article(body: str):
    assert _lone(body) == ""


def test_a_paragraph_about_something_else_is_not_the_article():
    assert _lone(f"<p>{BRIEF}</p>", title="Local elections: counting goes on overnight") == ""


def test_without_a_headline_the_pages_only_paragraph_of_prose_is_taken():
    page = ("<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            f"<div class='story'><p>{BRIEF}</p></div><div><a href='/about'>About us</a></div>")
    assert _lone(page, title=None) == BRIEF


NOTE = ("Letters to the editor are chosen for the printed edition every week by the staff of "
        "the letters desk, and may be shortened for reasons of space.")


@pytest.mark.parametrize("other", [
    f"<p>{NOTE}</p>",  # another paragraph: which is the article is unknown
    f"<footer><p>{NOTE}</p></footer>",  # prose in furniture counts too
])
def test_without_a_headline_a_paragraph_among_other_prose_is_not_taken(other: str):
    assert _lone(f"<p>{BRIEF}</p>{other}", title=None) == ""


def test_a_located_article_is_left_alone():
    located = pressclip.extract(_page())
    root = parse_html(f"<html><body><p>{BRIEF}</p></body></html>")
    found = Located(list(located.blocks), [], None)
    assert lone_paragraph(found, root, HEADLINE) is found


def test_the_headlines_function_words_say_nothing_of_a_paragraph():
    # "the" and "of" are in the brief; no word of the headline's own is.
    assert _lone(f"<p>{BRIEF}</p>", title="The view from the top of the town") == ""


def test_a_paragraph_ending_on_another_scripts_full_stop_is_taken():
    # Invented Armenian: the headline's words, and sentences ending on the Armenian full stop.
    brief = ("Քաղաքի լաստանավի գները կբարձրանան գարնանը, հայտարարել է տրանսպորտի "
             "խորհուրդը երկուշաբթի օրը։ Խորհուրդը նշել է վառելիքի թանկացումը և "
             "հյուսիսային նավամատույցի նորոգումը, որը փակել էր երթուղին անցյալ ձմռանը։")
    assert _lone(f"<p>{brief}</p>", title="Լաստանավի գները կբարձրանան գարնանը") == brief


def test_a_form_wrapping_the_whole_page_is_no_furniture():
    # A framework's page is one <form> posted back (ASP.NET's web forms): the brief in it is
    # the page's, not a sign-in or comment form's.
    page = (f"<form action='/story.aspx' method='post'><div>{MENU}</div>"
            f"<div class='story'><p>{BRIEF}</p></div></form>")
    assert _lone(page) == BRIEF


@pytest.mark.parametrize("credit", ["- via The Harbour Post", "(Coastal News Agency)",
                                    "\u2014 Tidewater Wire"])
def test_a_paragraph_closing_on_its_sources_credit_is_taken(credit: str):
    # A post closing on its source after the last sentence still ends like prose.
    text = f"{BRIEF} {credit}"
    assert _lone(f"<p>{text}</p>") == text
